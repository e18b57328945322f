import type PngRenderer from '../png/index.ts'
import { PNG_RENDERER } from '../png/version.ts'
import { color, PALETTES, type Palette } from '../../widgets/frame/theme.ts'
import { strongEtag } from './http-cache.ts'
import { ProblemException } from './problem.ts'

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
 * PNG bytes of `svg`, rendered by the PNG Worker (src/png) through the `PNG` service binding, so
 * that resvg's WASM and the font never load in this Worker.
 * @throws ProblemException 503 when the binding is missing (a deploy without the PNG Worker, a
 *   `wrangler dev` without its config) or the render fails; the SVG routes keep working.
 */
export async function renderPng(env: Env, svg: string, options: RenderPngOptions): Promise<Uint8Array> {
  // `wrangler types` sees only this Worker's config and types the binding as a plain Fetcher;
  // the RPC surface is the PNG Worker's entrypoint class (a type-only import, nothing bundled).
  const png = (env as { PNG?: unknown }).PNG as Service<PngRenderer> | undefined
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
  return strongEtag(`${PNG_RENDERER}\n${options.width}\n${options.background}\n${svg}`)
}

function unavailable(detail: string): ProblemException {
  return new ProblemException(503, {
    title: 'Image renderer unavailable',
    detail: `${detail} The same chart is available as SVG.`,
    headers: { 'Retry-After': '60' },
  })
}

/**
 * The chart's SVG with the theme's colours written in: resvg does not read CSS custom properties,
 * so every `var(--…)` of the palette becomes its value. A PNG cannot follow the reader's colour
 * scheme, so `auto` is light. Returns the SVG and the theme's page colour for the background.
 */
export function flattenTheme(svg: string, theme: 'auto' | 'light' | 'dark'): { svg: string; background: string } {
  const palette = PALETTES[theme === 'dark' ? 'dark' : 'light']
  let flat = svg
  for (const key of Object.keys(palette) as (keyof Palette)[]) flat = flat.replaceAll(color(key), palette[key])
  return { svg: flat, background: palette.bg }
}

/** Width and height of an SVG's root element, from its `width`/`height` or else its `viewBox`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0]
  if (root === undefined) throw new Error('not an SVG: no <svg> element')
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1]
  const width = Number.parseFloat(attr('width') ?? '')
  const height = Number.parseFloat(attr('height') ?? '')
  if (width > 0 && height > 0) return { width, height }
  const box = (attr('viewBox') ?? '').trim().split(/[\s,]+/).map(Number)
  if (box.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! }
  throw new Error('SVG without a size: no width/height or viewBox on the root')
}

/** Margin around the chart on a social card, in card pixels. */
const CARD_MARGIN = 40

/**
 * The chart centred on a {@link CARD}-sized canvas in the page colour, scaled to fit inside the
 * margin (up or down). The chart keeps its own SVG, nested, so it looks as it does in the embed.
 */
export function socialCard(svg: string, background: string): string {
  const { width, height } = svgSize(svg)
  const scale = Math.min((CARD.width - 2 * CARD_MARGIN) / width, (CARD.height - 2 * CARD_MARGIN) / height)
  const w = round(width * scale)
  const h = round(height * scale)
  const x = round((CARD.width - w) / 2)
  const y = round((CARD.height - h) / 2)
  const chart = svg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/<svg\b[^>]*>/, (root) => {
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
