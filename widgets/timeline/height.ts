import { FRAME_TYPE } from '../frame/frame-css.ts'
import { frameHeight, frameWidth, linesHeight, pageLines, pageTextWidth, type FlowBlock } from '../frame/frame-height.ts'
import type { TimelineModel } from './model.ts'
import type { TimelineOptions } from './options.ts'
import { KEY, WIDE_FROM } from './css.ts'
import { keyItems, NARROW_WIDTH, prepareTimeline, timelineDrawing, type TimelineInput } from './render.ts'
import type { TimelineData } from './types.ts'

const KEY_TYPE = { size: KEY.fontSize, line: FRAME_TYPE.page.line }

/**
 * The timeline page's height at an iframe width, for embed codes (see `RenderedWidget.heightAt`):
 * the key, wrapped at that width, over the drawing the container query picks (vertical below
 * {@link WIDE_FROM} px of frame, horizontal from it), each drawn at its design width with a fixed
 * height. The model and the drawings are built once, on the first call.
 * @example timelineHeight(data, input)(320) // the page's height in a 320 px iframe
 */
export function timelineHeight(data: TimelineData, input: TimelineInput): (width: number) => number {
  const { options, frame } = input
  let model: TimelineModel | undefined
  let drawings: { narrow: number; wide: number } | undefined
  return (width) => {
    model ??= prepareTimeline(data, options)
    drawings ??= {
      narrow: timelineDrawing(model, options, NARROW_WIDTH, 'n').height,
      wide: timelineDrawing(model, options, WIDE_FROM, 'w').height,
    }
    const inner = frameWidth(width)
    const chart: FlowBlock[] = [
      // A flex container: an empty key still keeps its bottom margin.
      { height: keyHeight(model, options, inner), marginBottom: KEY.marginBottom, context: true },
      { height: inner >= WIDE_FROM ? drawings.wide : drawings.narrow },
    ]
    return frameHeight(frame, options.header, width, chart)
  }
}

/**
 * Height of the key (a wrapping flex list) `width` px wide: items side by side while they fit,
 * rows as tall as their tallest item; an item wider than the list shrinks to it, its words
 * wrapping beside the swatch.
 */
export function keyHeight(model: TimelineModel, options: TimelineOptions, width: number): number {
  const beside = KEY.swatch.width + KEY.swatchGap
  const rows: number[] = []
  let used = 0
  for (const item of keyItems(model, options)) {
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
