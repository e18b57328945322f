import type { Context } from 'hono'
import { Hono } from 'hono'
import { ENHANCE_SCRIPT, findWidget } from '../../widgets/registry.ts'
import type { AppEnv } from '../env.ts'
import { type Asset, createAssetCache, versionedScript } from '../lib/asset.ts'
import { descriptionIn } from '../lib/dataset-text.ts'
import { CACHE_PINNED, CACHE_REVALIDATE, createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { notFound } from '../lib/problem.ts'
import { csvUrl, embedUrl, enhanceScriptPath, ID_PATTERN } from './embed-url.ts'
import { CARD, readPngSize, sendPng, socialCard } from './png.ts'
import { RENDERER_VERSION } from './renderer-version.ts'
import { readWidgetOptions } from './widget-options.ts'

const HTML = 'text/html; charset=utf-8'
const SVG = 'image/svg+xml; charset=utf-8'
/** Name of the service in social cards. */
export const SITE_NAME = 'factbox'

const assets = createAssetCache()
const bodies = createBodyCache(500, RENDERER_VERSION)

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
  // A pin names exactly one version, served as it is for as long as R2 holds it (forever): never
  // another version's bytes, and never a redirect to the latest.
  const dataset = await c.var.catalog.get(id, version)
  if (!dataset) throw notFound(version ? 'This dataset has no such version.' : 'There is no dataset with this id.')
  const widget = ID_PATTERN.test(name) ? findWidget(name) : undefined
  const view = widget && Object.hasOwn(dataset.views, name) ? dataset.views[name] : undefined
  if (!widget || !view)
    throw notFound(`This dataset has no such widget (it has: ${Object.keys(dataset.views).join(', ')}).`)
  const { given, options } = readWidgetOptions(new URL(c.req.url).searchParams, widget, dataset, view, {
    image: format !== 'page',
  })
  const origin = publicOrigin(c)
  // Output depends on the URL and the renderer alone, so renders are memoized per isolate, keyed by
  // the renderer version (the body cache's salt, also in the ETag) and what the URL says (origin,
  // dataset version, pin, widget, format, the widget's own parameters); the key is
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
      // A pinned chart's data is the pinned version's, not the latest; in the language asked for.
      dataUrl: csvUrl(origin, dataset.id, view.resource, version, given.lang),
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
  // A pinned URL names the exact data; a new renderer may still redraw it, so it is not immutable.
  const cacheControl = version ? CACHE_PINNED : CACHE_REVALIDATE
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
