import type { Context } from 'hono'
import { Hono } from 'hono'
import type { Dataset } from '../../data/types.ts'
import type { Lang } from '../../data/vocabulary/index.ts'
import { ENHANCE_SCRIPT, findWidget } from '../../widgets/registry.ts'
import type { AppEnv } from '../env.ts'
import { type Asset, createAssetCache, versionedScript } from '../lib/asset.ts'
import { policyHeaders } from '../lib/headers.ts'
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { notFound } from '../lib/problem.ts'
import { csvUrl, embedUrl, enhanceScriptPath, ID_PATTERN } from './embed-url.ts'
import { CARD, PNG_SIZES, readPngSize, sendPng, socialCard } from './png.ts'
import { readWidgetOptions } from './widget-options.ts'

const HTML = 'text/html; charset=utf-8'
const SVG = 'image/svg+xml; charset=utf-8'
/** A stale pin's redirect: short, since a redeploy may serve that version again. */
const CACHE_REDIRECT = 'public, max-age=300'
/** Name of the service in social cards. */
const SITE_NAME = 'factbox'

const assets = createAssetCache()
const bodies = createBodyCache()

/** The enhancement script with its content hash, hashed once per isolate. */
export function enhanceScript(): Promise<Asset> {
  return assets('enhance', () => ENHANCE_SCRIPT)
}

/**
 * The embeddable widgets, mounted at `/embed`: `/:dataset/:widget` is the page for an iframe,
 * `/:dataset/:widget.svg` the standalone image. Generic over the registry (widgets/registry.ts)
 * and the catalog: a new widget or dataset needs no change here.
 */
export const widgetRoutes = new Hono<AppEnv>()

widgetRoutes.get(
  '/assets/:file{enhance\\.[0-9a-f]{10}\\.js}',
  versionedScript({ name: 'enhance', asset: enhanceScript }),
)

widgetRoutes.get('/:dataset/:file', async (c) => {
  const pin = /^([^@]+)(?:@([0-9a-f]{12}))?$/.exec(c.req.param('dataset'))
  const id = pin?.[1] ?? ''
  const version = pin?.[2]
  // The segment is percent-decoded and may hold anything, line breaks included.
  const match = /^([\s\S]+?)(?:\.(svg|png))?$/.exec(c.req.param('file'))
  const name = match?.[1] ?? ''
  const format = (match?.[2] ?? 'page') as 'page' | 'svg' | 'png'
  if (!ID_PATTERN.test(id)) throw notFound('There is no dataset with this id.')
  const dataset = await c.var.catalog.get(id)
  if (!dataset) throw notFound('There is no dataset with this id.')
  const widget = ID_PATTERN.test(name) ? findWidget(name) : undefined
  const view = widget && Object.hasOwn(dataset.views, name) ? dataset.views[name] : undefined
  if (!widget || !view)
    throw notFound(`This dataset has no such widget (it has: ${Object.keys(dataset.views).join(', ')}).`)
  const { given, options } = readWidgetOptions(new URL(c.req.url).searchParams, widget, dataset, view, {
    image: format !== 'page',
  })
  const origin = publicOrigin(c)
  if (version && version !== dataset.version) {
    // A pin to data this deployment no longer has: the embed keeps working with the current data
    // rather than break in a published article. The redirect itself is not cached for long, and
    // carries the headers of what it stands for.
    const latest = embedUrl(origin, { dataset: id, widget: name, format, params: { ...given, ...pngParams(c) } })
    return new Response(null, {
      status: 302,
      headers: {
        ...policyHeaders(format === 'page' ? 'widget' : 'image', c.env?.FRAME_ANCESTORS ?? ''),
        'Cache-Control': CACHE_REDIRECT,
        Location: latest,
      },
    })
  }
  // Output depends on the URL alone, so renders are memoized per isolate, keyed by what the URL
  // says (origin, dataset version, pin, widget, format, the widget's own parameters); the key is
  // built before anything else so a memoized request does no other work.
  // A PNG is drawn from the SVG or the card (src/embed/png.ts), so it shares that memoized body.
  const size = format === 'png' ? readPngSize(c.req.url) : undefined
  const output = size === 'card' ? 'card' : format === 'png' ? 'svg' : format
  // The card has one size: the image width does not change it, nor its URL.
  const drawnWith = output === 'card' ? withoutImageWidth(given) : given
  const key = JSON.stringify([origin, dataset.id, dataset.version, version ?? '', name, output, drawnWith])
  const script = output === 'page' ? await enhanceScript() : undefined
  const body = await bodies(key, () => {
    const at = (f: 'page' | 'png', extra: Record<string, string> = {}) =>
      embedUrl(origin, {
        dataset: id,
        ...(version ? { version } : {}),
        widget: name,
        format: f,
        params: { ...given, ...extra },
      })
    const context = {
      dataUrl: csvUrl(origin, dataset.id, view.resource),
      ...(script ? { scriptUrl: enhanceScriptPath(script.hash) } : {}),
      ...(output === 'page'
        ? {
            head: {
              canonical: at('page'),
              oembed: `${origin}/oembed?${new URLSearchParams({ url: at('page'), format: 'json' })}`,
              image: { url: at('png', { size: 'card' }), ...CARD },
              description: descriptionIn(dataset, options.lang),
              siteName: SITE_NAME,
            },
          }
        : {}),
    }
    const rendered = widget.render(dataset, view, options, context)
    if (output === 'card') return rendered.card?.() ?? socialCard(rendered.svg())
    return output === 'page' ? rendered.page() : rendered.svg()
  })
  // A pinned URL names the exact data, so its bytes never change: cache it for good.
  const cacheControl = version ? CACHE_IMMUTABLE : CACHE_REVALIDATE
  if (format === 'png')
    return sendPng(c, svgText(body.body), {
      size: size!,
      filename: `${dataset.id}-${name}`,
      cacheControl,
      canonicalUrl: embedUrl(origin, {
        dataset: id,
        ...(version ? { version } : {}),
        widget: name,
        format: 'png',
        params: { ...drawnWith, ...(size === 'card' ? { size } : {}) },
      }),
    })
  return send(c, body, format, cacheControl)
})

/** The parameters without `width`, which the social card does not read. */
function withoutImageWidth({ width: _, ...rest }: Record<string, string>): Record<string, string> {
  return rest
}

/** The `.png` size parameter, carried over when a stale pin redirects. */
function pngParams(c: Context<AppEnv>): Record<string, string> {
  const size = new URL(c.req.url).searchParams.get('size')
  return size && (PNG_SIZES as readonly string[]).includes(size) ? { size } : {}
}

function send(
  c: Context<AppEnv>,
  body: { body: string | Uint8Array<ArrayBuffer>; etag: string },
  format: 'page' | 'svg',
  cacheControl: string,
) {
  return format === 'page'
    ? sendCached(c, body, { type: HTML, kind: 'widget', cacheControl })
    : sendCached(c, body, { type: SVG, kind: 'image', cacheControl })
}

/** The memoized SVG as text, for the PNG renderer (bodies are kept encoded). */
function svgText(body: string | Uint8Array<ArrayBuffer>): string {
  return typeof body === 'string' ? body : new TextDecoder().decode(body)
}

/**
 * The dataset's description in the widget's validated language (never the raw query, which may
 * be absent: the default is the dataset's first language), else in the first of its languages
 * that has one.
 */
function descriptionIn(dataset: Dataset, lang: Lang): string {
  for (const each of [lang, ...dataset.languages]) {
    const text = dataset.description[each]
    if (text !== undefined) return text
  }
  return dataset.description.en
}
