import { FRAME_TYPE } from '../frame/css.ts'
import { type FlowBlock, frameHeight, frameWidth, linesHeight, pageLines, pageTextWidth } from '../frame/height.ts'
import { KEY, NOTE, WIDE_FROM, WIDER_FROM, WIDEST_FROM } from './css.ts'
import type { Drawing } from './drawing-kit.ts'
import type { KeyItem, TimelineScene } from './render.ts'

const KEY_TYPE = { size: KEY.fontSize, line: FRAME_TYPE.page.line }

/**
 * The timeline page's height at an iframe width, for embed codes (see `RenderedWidget.heightAt`):
 * the key, wrapped at that width, over the arrangement the container query picks: below
 * {@link WIDE_FROM} px of frame the list, its lines wrapped at that width; from it the horizontal
 * drawing, laid out again for desktops from {@link WIDER_FROM} and {@link WIDEST_FROM}, each drawn at its design width
 * with a fixed height. All are the page's own (`scene`), built once whichever asks first.
 * @example timelineHeight(scene)(320) // the page's height in a 320 px iframe
 */
export function timelineHeight(scene: TimelineScene): (width: number) => number {
  const { options, frame } = scene.input
  return (width) => {
    const inner = frameWidth(width)
    const chart: FlowBlock[] = [
      // A flex container: an empty key still keeps its bottom margin.
      { height: keyHeight(scene.key, inner), marginBottom: KEY.marginBottom, context: true },
      { height: (inner >= WIDE_FROM && drawingAt(scene, inner)?.height) || scene.narrow.height(inner) },
      ...(scene.note
        ? [{ height: pageLines(scene.note, inner, NOTE.fontSize) * NOTE.line, marginTop: NOTE.marginTop }]
        : []),
    ]
    return frameHeight(frame, options.header, width, chart)
  }
}

/**
 * The drawing the page's container queries show in a frame `inner` px wide, from {@link WIDE_FROM}:
 * null where that width class has none and the list stays.
 */
export const drawingAt = (scene: TimelineScene, inner: number): Drawing | null =>
  inner >= WIDEST_FROM ? scene.widest : inner >= WIDER_FROM ? scene.wider : scene.wide

/**
 * Height of the key (a wrapping flex list) `width` px wide: items side by side while they fit,
 * rows as tall as their tallest item; an item wider than the list shrinks to it, its words
 * wrapping beside the swatch.
 */
export function keyHeight(key: readonly KeyItem[], width: number): number {
  const beside = KEY.swatch.width + KEY.swatchGap
  const rows: number[] = []
  let used = 0
  for (const item of key) {
    const itemWidth = beside + pageTextWidth(item.text, KEY.fontSize)
    const lines = itemWidth > width ? pageLines(item.text, width - beside, KEY.fontSize) : 1
    const height = Math.max(KEY.swatch.height, linesHeight(lines, KEY_TYPE))
    if (rows.length && used + KEY.columnGap + itemWidth <= width) {
      used += KEY.columnGap + itemWidth
      rows[rows.length - 1] = Math.max(rows.at(-1)!, height)
    } else {
      rows.push(height)
      used = Math.min(itemWidth, width)
    }
  }
  return rows.length ? rows.reduce((sum, h) => sum + h, 0) + (rows.length - 1) * KEY.rowGap : 0
}
