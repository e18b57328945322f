import { initWasm, Resvg } from '@resvg/resvg-wasm'
import wasm from '@resvg/resvg-wasm/index_bg.wasm'
import { FONT_FAMILY, fontBuffers } from './fonts.ts'

/** How the main Worker asks for a PNG (the `PNG` service binding's `render()`). */
export interface PngOptions {
  /**
   * Width of the image in pixels; the height follows the SVG's aspect ratio.
   * @default the SVG's own width
   */
  width?: number
  /**
   * Colour painted under the SVG, as `#rgb`, `#rrggbb` or `#rrggbbaa`. PNG readers (mail clients,
   * social cards) show transparency as black or white at random, so callers pass the theme's page
   * colour.
   * @default transparent
   */
  background?: string
}

/** Widest image the renderer makes: 4x a 1000 px desktop chart; bounds memory per request. */
export const MAX_WIDTH = 4096
/** Largest SVG accepted; the charts are a few KB. */
export const MAX_SVG_BYTES = 1_000_000

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i

/** Instantiated on the first render, not at startup, so that a cold start stays quick. */
let ready: Promise<void> | undefined

/**
 * Renders `svg` to PNG bytes with the bundled fonts only: no system fonts, no external images
 * (resvg-wasm never fetches), so the output depends on the input alone.
 * @throws RangeError for a bad width, colour or an oversized SVG.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  if (svg.length > MAX_SVG_BYTES) throw new RangeError(`svg is larger than ${MAX_SVG_BYTES} bytes`)
  const { width, background } = options
  if (width !== undefined && !(Number.isInteger(width) && width >= 1 && width <= MAX_WIDTH))
    throw new RangeError(`invalid width: ${width}`)
  if (background !== undefined && !COLOR.test(background))
    throw new RangeError('invalid background: expected #rgb, #rrggbb or #rrggbbaa')
  ready ??= initWasm(wasm)
  await ready
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers: fontBuffers as Uint8Array[],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
      cursiveFamily: FONT_FAMILY,
      fantasyFamily: FONT_FAMILY,
    },
    fitTo: width === undefined ? { mode: 'original' } : { mode: 'width', value: width },
    ...(background === undefined ? {} : { background }),
  })
  try {
    const image = resvg.render()
    try {
      return image.asPng()
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
