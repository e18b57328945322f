import { Hono } from 'hono'
import type { Context } from 'hono'
import { ENHANCE_SCRIPT } from '../../widgets/frame/enhance-script.ts'
import { findWidget } from '../../widgets/registry.ts'
import type { AppEnv } from '../env.ts'
import { createAssetCache, type Asset } from '../lib/asset.ts'
import { csvUrl, enhanceScriptPath, ID_PATTERN } from '../lib/embed-urls.ts'
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { sendPng } from '../lib/png.ts'
import { notFound } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'

const HTML = 'text/html; charset=utf-8'
const SVG = 'image/svg+xml; charset=utf-8'
const JS = 'text/javascript; charset=utf-8'

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
export const embed = new Hono<AppEnv>()

embed.get('/assets/:file{enhance\\.[0-9a-f]{10}\\.js}', async (c) => {
  const asset = await enhanceScript()
  if (c.req.param('file') !== `enhance.${asset.hash}.js`) throw notFound('This version of the script does not exist.')
  return sendCached(c, asset, { type: JS, kind: 'script', cacheControl: CACHE_IMMUTABLE })
})

embed.get('/:dataset/:file', async (c) => {
  const id = c.req.param('dataset')
  const match = /^(.+?)(?:\.(svg|png))?$/.exec(c.req.param('file'))!
  const name = match[1]!
  const format = (match[2] ?? 'page') as 'page' | 'svg' | 'png'
  if (!ID_PATTERN.test(id)) throw notFound('There is no dataset with this id.')
  const dataset = await c.var.catalog.get(id)
  if (!dataset) throw notFound('There is no dataset with this id.')
  const widget = ID_PATTERN.test(name) ? findWidget(name) : undefined
  const view = widget && Object.hasOwn(dataset.views, name) ? dataset.views[name] : undefined
  if (!widget || !view) throw notFound(`This dataset has no such widget (it has: ${Object.keys(dataset.views).join(', ')}).`)
  const options = widget.options(readParams(c.req.url, widget.params), dataset, view)
  const script = format === 'page' ? await enhanceScript() : undefined
  const origin = publicOrigin(c)
  const context = {
    dataUrl: csvUrl(origin, dataset.id, view.resource),
    ...(script ? { scriptUrl: enhanceScriptPath(script.hash) } : {}),
  }
  // Output depends on the URL alone: the dataset version, the normalized options and what the
  // context adds identify the bytes, so renders are memoized per isolate.
  // A PNG is drawn from the SVG (src/lib/png.ts), so it shares the SVG's memoized body.
  const key = JSON.stringify([dataset.id, dataset.version, name, format === 'png' ? 'svg' : format, options, context])
  const body = await bodies(key, () => {
    const rendered = widget.render(dataset, view, options, context)
    return format === 'page' ? rendered.page() : rendered.svg()
  })
  if (format === 'png')
    return sendPng(c, body.body as string, { filename: `${dataset.id}-${name}`, cacheControl: CACHE_REVALIDATE })
  return send(c, body, format)
})

function send(c: Context<AppEnv>, body: { body: string | Uint8Array<ArrayBuffer>; etag: string }, format: 'page' | 'svg') {
  return format === 'page'
    ? sendCached(c, body, { type: HTML, kind: 'widget', cacheControl: CACHE_REVALIDATE })
    : sendCached(c, body, { type: SVG, kind: 'image', cacheControl: CACHE_REVALIDATE })
}
