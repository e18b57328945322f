import { area, curveStepAfter, line } from 'd3'
import { html, type Markup, svg } from '../shared/markup.ts'
import type { CumulativePoint as Point } from './cumulative.ts'
import { axisStrip, BREAK_GAP, STRIP } from './drawing-kit.ts'
import type { TextBox } from './geometry.ts'
import { stepPoints, type TimelineModel } from './model.ts'
import { segmentedScale } from './time-segments.ts'

/**
 * Layout constants of the phone step chart, in px: its design width (a 280 px iframe less the
 * page's padding, where the axis decides which year labels fit) and the heights of its parts.
 */
export const LIST_STEPS = {
  width: 256,
  /** The line of words over the chart. */
  line: 16,
  /** Between the words and the chart, and under the chart. */
  gap: 6,
  plot: 96,
  strip: STRIP,
} as const

/** Fixed height of the phone step chart: the words' line when it fits (see {@link listSteps}), the plot, the axis. */
export const listStepsHeight = (lines: number): number =>
  lines * LIST_STEPS.line + LIST_STEPS.gap + LIST_STEPS.plot + LIST_STEPS.strip + LIST_STEPS.gap

/**
 * The running total for phones, above the list: one step line across the full width (time along
 * a year strip, the total upwards from zero to its end value), its end value and date in words
 * over it. The steps themselves are labelled by the list below, whose every item carries the
 * total after it. Stretched to any width: the paths in a 100-unit viewBox, everything else in
 * percent of the design width. Given a `width` (a standalone image, whose user units are its px),
 * it is drawn in px at that width instead, with no viewBox.
 */
export function listSteps(
  model: TimelineModel,
  options: { context: boolean; width?: number },
): { words: string; chart: Markup; body: Markup } | null {
  const steps = model.items.filter((e) => (e.added ?? 0) > 0).sort((a, b) => a.countedAt - b.countedAt)
  const end = steps.at(-1)
  if (!end) return null
  const W = options.width ?? LIST_STEPS.width
  const segments = model.segments(options.context)
  const x = segmentedScale(segments, 0, W, BREAK_GAP)
  const first = segments[0]!.start
  const last = segments[segments.length - 1]!.end
  const top = LIST_STEPS.plot
  const y = (total: number) => top - (total / (model.total || 1)) * top
  const tx = options.width ? (d: Point) => x(d.time) : (d: Point) => (x(d.time) / W) * 100
  const points = stepPoints(model, first, last)
  const stepLine = line<Point>()
    .x(tx)
    .y((d) => y(d.total))
    .curve(curveStepAfter)
    .digits(2)
  const filled = area<Point>()
    .x(tx)
    .y0(top)
    .y1((d) => y(d.total))
    .curve(curveStepAfter)
    .digits(2)
  const words = model.messages.timeline.runningTotal(model.format(model.total), end.date)
  const boxes: TextBox[] = []
  const height = LIST_STEPS.plot + LIST_STEPS.strip
  const chart = svg`<svg class="tl-s" width="100%" height="${height}" aria-hidden="true"><line class="grid" x1="0" x2="100%" y1="0" y2="0"></line><svg class="run" width="100%" height="${top}"${options.width ? null : svg` viewBox="0 0 100 ${top}" preserveAspectRatio="none"`} overflow="visible">${svg`<path class="area" d="${filled(points) ?? ''}"></path><path class="step" d="${stepLine(points) ?? ''}"></path>`}</svg>${axisStrip(segments, x, W, top, boxes, undefined, !!options.width)}</svg>`
  return { words, chart, body: html`<p class="tl-end">${words}</p>${chart}` }
}
