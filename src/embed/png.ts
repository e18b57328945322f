import type { Context } from 'hono'
import { keyword } from '../../data/vocabulary/index.ts'
import type { AppEnv } from '../env.ts'
import { createBodyCache, etagMatches, sendCached, strongEtag } from '../lib/http-cache.ts'
import { ProblemException } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'
import { PNG_RENDERER } from '../png-worker/version.ts'
import { RENDERER_VERSION } from './renderer-version.ts'

/** What a `.png` route asks of the PNG Worker. */
export interface RenderPngOptions {
  /** Width of the image in pixels (the height follows the SVG's aspect ratio). */
  width: number
  /** Colour painted under the chart (`#rrggbb`), so no mail client shows transparency as black. */
  background: string
}

/** The 1200x630 social card (og:image, twitter:card summary_large_image). */
export const CARD = { width: 1200, height: 630 } as const

/**
 * `size` of a `.png`: `chart` is the standalone SVG at twice its size (sharp on high-density
 * screens and in newsletters shown at the SVG's width); `card` is the {@link CARD}.
 */
export const PNG_SIZES = ['chart', 'card'] as const
export type PngSize = (typeof PNG_SIZES)[number]
/** Pixels per SVG unit of `size=chart`. */
export const CHART_SCALE = 2

/**
 * The `size` of a `.png` request, validated.
 * @throws OptionError naming `size` and its values.
 */
export function readPngSize(url: string): PngSize {
  return keyword('size', readParams(url, ['size']).size, PNG_SIZES, 'chart')
}

/** Options of {@link sendPng}. */
export interface SendPngOptions {
  /** What `svg` is: the standalone SVG (`chart`, drawn at {@link CHART_SCALE}) or the 1200x630 card. */
  size: PngSize
  /** The download name, without `.png` (`-card` is added for the card). */
  filename: string
  /** The SVG's Cache-Control (immutable for a pinned URL). */
  cacheControl: string
  /** The canonical URL of this PNG: its key in the edge cache. */
  canonicalUrl: string
}

/**
 * The `.png` variant of a widget's standalone SVG or of its social card (the route picks the SVG
 * by `size`: {@link readPngSize}): renders it through the PNG Worker, with the image header
 * policy, a strong ETag derived from the input (a revalidation is a 304 without any rendering),
 * and the caching the SVG gets. A render costs ~100 ms of CPU in the PNG Worker, so it is bounded: a PNG already rendered comes from this isolate or the edge
 * cache (Cache API, keyed by its canonical URL) and costs nothing; a new render counts against
 * the client's budget (the `PNG_RENDERS` rate limit, wrangler.toml), past which it is a 429.
 * @throws ProblemException 429 past the budget, 503 when the renderer is unavailable.
 */
export async function sendPng(
  c: Context<AppEnv>,
  svg: string,
  { size, filename, cacheControl, canonicalUrl }: SendPngOptions,
): Promise<Response> {
  const background = pageColour(svg)
  const options = { width: size === 'card' ? CARD.width : Math.round(svgSize(svg).width * CHART_SCALE), background }
  const etag = await pngEtag(svg, options)
  const headers = { 'Content-Disposition': `inline; filename="${filename}${size === 'card' ? '-card' : ''}.png"` }
  const send = (body: Uint8Array<ArrayBuffer>) =>
    sendCached(c, { body, etag }, { type: 'image/png', kind: 'image', cacheControl, headers })
  if (etagMatches(c.req.header('If-None-Match'), etag)) return send(new Uint8Array())
  const edge = edgeCache()
  const key = canonicalUrl
  if (!pngs.has(etag)) {
    const hit = await edge?.match(key)
    // The edge copy is this very PNG only if its ETag says so (a redeploy may change the bytes).
    if (hit?.headers.get('ETag') === etag) return send(new Uint8Array(await hit.arrayBuffer()))
    await hit?.body?.cancel()
    await allowRender(c)
  }
  const { body } = await pngs(etag, async () => new Uint8Array(await renderPng(c.env, svg, options)))
  const response = send(body as Uint8Array<ArrayBuffer>)
  if (edge && response.status === 200) afterResponse(c, edge.put(key, response.clone()))
  return response
}

/** Rendered PNGs per isolate, by ETag; few, since a PNG weighs 50-200 KB and the edge caches. */
const pngs = createBodyCache(16)

/** How long a client waits when its render budget is spent, in seconds: the limit's period. */
const RENDER_RETRY_AFTER = '10'

/**
 * Spends one render of the client's budget (`PNG_RENDERS`, keyed by CF-Connecting-IP, which
 * Cloudflare sets and a client cannot forge) or throws a 429.
 */
async function allowRender(c: Context<AppEnv>): Promise<void> {
  // Absent only when this Worker runs without its wrangler.toml (a test app built without bindings).
  const limiter = c.env?.PNG_RENDERS as RateLimit | undefined
  if (limiter === undefined) return
  const { success } = await limiter.limit({ key: c.req.header('CF-Connecting-IP') ?? 'unknown' })
  if (!success)
    throw new ProblemException(429, {
      title: 'Too many images',
      detail: `Too many new images from this client; try again in ${RENDER_RETRY_AFTER} seconds. Images already made and the SVG are not limited.`,
      headers: { 'Retry-After': RENDER_RETRY_AFTER },
    })
}

/** The edge cache of this data centre; `undefined` where there is none (plain Node). */
function edgeCache(): Cache | undefined {
  return typeof caches === 'undefined' ? undefined : (caches as CacheStorage & { default?: Cache }).default
}

/** Runs `work` after the response is sent when the runtime allows it; errors are logged, not thrown. */
function afterResponse(c: Context<AppEnv>, work: Promise<unknown>): void {
  const logged = work.catch((error) => console.error('factbox: edge cache put failed:', error))
  try {
    c.executionCtx.waitUntil(logged)
  } catch {
    // No execution context (an app called directly, as in tests): the put finishes on its own.
  }
}

/** The fill of the SVG's background rect (`class="bg"`), else white: the PNG's page colour. */
export function pageColour(svg: string): string {
  const rect = /<rect\b[^>]*\sclass="bg"[^>]*>/.exec(svg)?.[0]
  return /\sfill="(#[0-9a-fA-F]{3,8})"/.exec(rect ?? '')?.[1] ?? '#ffffff'
}

/**
 * PNG bytes of `svg`, rendered by the PNG Worker (src/png-worker) through the `PNG` service binding, so
 * that resvg's WASM and the font never load in this Worker.
 * @throws ProblemException 503 when the binding is missing (a deploy without the PNG Worker, a
 *   `wrangler dev` without its config) or the render fails; the SVG routes keep working.
 */
export async function renderPng(env: Env, svg: string, options: RenderPngOptions): Promise<Uint8Array> {
  // Typed from the PNG Worker's entrypoint by `npm run types` (both configs); absent when this
  // Worker runs without it (a single-config `wrangler dev`, a test app built without bindings).
  const png = env.PNG as Env['PNG'] | undefined
  if (png === undefined || typeof png.render !== 'function')
    throw unavailable('The image renderer is not configured on this server.')
  try {
    return new Uint8Array(await png.render(svg, options))
  } catch (error) {
    console.error('factbox-png: render failed:', error)
    throw unavailable('The image renderer failed or is not running.')
  }
}

/**
 * The PNG's strong ETag, from what its bytes depend on (the SVG, the options, the renderer and
 * font versions), so that a revalidation is answered 304 without rendering anything.
 */
export function pngEtag(svg: string, options: RenderPngOptions): Promise<string> {
  return strongEtag(`${PNG_RENDERER}\n${RENDERER_VERSION}\n${options.width}\n${options.background}\n${svg}`)
}

function unavailable(detail: string): ProblemException {
  return new ProblemException(503, {
    title: 'Image renderer unavailable',
    detail: `${detail} The same chart is available as SVG.`,
    headers: { 'Retry-After': '60' },
  })
}

/** Width and height of an SVG's root element, from its `width`/`height` or else its `viewBox`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0]
  if (root === undefined) throw new Error('not an SVG: no <svg> element')
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1]
  const width = Number.parseFloat(attr('width') ?? '')
  const height = Number.parseFloat(attr('height') ?? '')
  if (width > 0 && height > 0) return { width, height }
  const box = (attr('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number)
  if (box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! }
  throw new Error('SVG without a size: no width/height or viewBox on the root')
}

/** Margin around the chart on a social card, in card pixels. */
const CARD_MARGIN = 40

/**
 * The chart centred on a {@link CARD}-sized canvas in the page colour, scaled to fit inside the
 * margin (up or down). The chart keeps its own SVG, nested, so it looks as it does in the embed.
 * The card of a widget that does not compose its own (`RenderedWidget.card`).
 */
export function socialCard(svg: string, background = pageColour(svg)): string {
  const { width, height } = svgSize(svg)
  const scale = Math.min((CARD.width - 2 * CARD_MARGIN) / width, (CARD.height - 2 * CARD_MARGIN) / height)
  const w = round(width * scale)
  const h = round(height * scale)
  const x = round((CARD.width - w) / 2)
  const y = round((CARD.height - h) / 2)
  const chart = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/<svg\b[^>]*>/, (root) => {
    const kept = root
      .replace(/\s(?:x|y|width|height)="[^"]*"/g, '')
      .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${w}" height="${h}"`)
    return /\sviewBox="/.test(kept) ? kept : kept.replace(/^<svg/, `<svg viewBox="0 0 ${width} ${height}"`)
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" ` +
    `viewBox="0 0 ${CARD.width} ${CARD.height}">` +
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${background}"/>${chart}</svg>`
  )
}

const round = (n: number) => Math.round(n * 100) / 100
