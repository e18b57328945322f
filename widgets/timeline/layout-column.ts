import { area, curveStepBefore, line, scaleLinear } from 'd3'
import { formatNumber } from '../../data/vocabulary/index.ts'
import { type Markup, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth } from '../shared/text-width.ts'
import type { CumulativePoint as Point } from './cumulative.ts'
import {
  BAR_MAX,
  BAR_ROW,
  barWidth,
  DOT,
  type Drawing,
  eventGroup,
  labelLines,
  totalPaths,
  valueBar,
} from './drawing-kit.ts'
import { lineBox, type TextBox, yearCells } from './geometry.ts'
import { type LabelBlock, labelBlock, TYPE } from './label-block.ts'
import { dodge } from './label-placement.ts'
import { type Entry, stepPoints, type TimelineModel, totalAt } from './model.ts'
import { segmentedScale } from './time-segments.ts'

// Layout constants of the vertical timeline, in px.
/** The time axis; year labels sit left of it. */
const AXIS_X = 40
const TOP = 8
const BREAK_GAP = 28
const GAP = 8
/** Cumulative view: width of the strip between the axis and the labels where the total grows. */
const STRIP = 56
/** Labels start this far right of the axis (or of the strip). */
const LABEL_GAP = 36
/** From a label's top to the middle of its first line, where its leader arrives. */
const FIRST_LINE = 8

/**
 * The vertical timeline for narrow widths: time runs down an axis on the left, every entry is a
 * label in one column, dodged (`dodge`) so labels of close dates never collide, each tied to its
 * date by a leader. The cumulative view adds a strip between axis and labels where the running
 * total grows as a step chart (x: total, y: time). Everything is in px from the left edge, so
 * the drawing stays right at any width from its design width up.
 */
export function columnLayout(
  model: TimelineModel,
  options: { width: number; context: boolean; cumulative: boolean; prefix: string },
): Drawing {
  const { width: W, cumulative, prefix } = options
  const strip = cumulative ? STRIP : 0
  // The running total's leaders are short (they start at the strip's edge): less room for the fan.
  const labelX = AXIS_X + strip + (cumulative ? LABEL_GAP / 2 : LABEL_GAP)
  const maxWidth = W - labelX - 2
  const entries = model.chronology(options.context)
  const blocks = entries.map((e) => block(e, maxWidth, cumulative))
  const top = cumulative ? TOP + 18 : TOP
  const length = Math.max(
    160,
    blocks.reduce((s, b) => s + b.height + GAP, 0),
  )
  const segments = model.segments(options.context)
  const y = segmentedScale(segments, top, top + length, BREAK_GAP)
  const tops = dodge(
    blocks.map((b, i) => ({ target: y(entries[i]!.start) - FIRST_LINE, size: b.height })),
    { gap: GAP, min: 2 },
  )
  const axisEnd = y(segments[segments.length - 1]!.end)
  const height = Math.ceil(Math.max(axisEnd + TOP, ...tops.map((t, i) => t + blocks[i]!.height + 4)))
  const boxes: TextBox[] = []
  const x = scaleLinear()
    .domain([0, model.total || 1])
    .nice(3)
    .range([AXIS_X, AXIS_X + STRIP])
  const levelAt = (time: number) => x(totalAt(model.steps, time).total)
  const cells = yearCells(segments, y, 16)
  const axes = segments.map(
    (s) =>
      svg`<line class="axl" x1="${AXIS_X}" x2="${AXIS_X}" y1="${round(y(s.start))}" y2="${round(y(s.end))}"></line>`,
  )
  const years = cells.map((c) => {
    const sep = svg`<line class="sep" x1="${AXIS_X - 5}" x2="${AXIS_X}" y1="${round(c.x0)}" y2="${round(c.x0)}"></line>`
    if (!c.label) return sep
    const mid = (c.x0 + c.x1) / 2 + 4
    boxes.push(lineBox(c.label, AXIS_X - 7, mid, textWidth(c.label, TYPE.small.size), TYPE.small.size, 'end'))
    return svg`${sep}<text class="yr" x="${AXIS_X - 7}" y="${round(mid)}" text-anchor="end">${c.label}</text>`
  })
  const breaks = segments.slice(1).map((s, i) => {
    const g = (y(segments[i]!.end) + y(s.start)) / 2
    return svg`<path class="brk" d="M${AXIS_X - 8} ${round(g - 1)}l16 -6m-16 12l16 -6"></path>`
  })
  const axis = svg`<g class="ax" aria-hidden="true">${axes}${years}${breaks}</g>`
  const total = cumulative && runningTotal(model, x, y, segments, boxes)
  const marks = entries.map((e, i) => {
    const b = blocks[i]!
    const t = y(e.start)
    const labelTop = tops[i]!
    const from = cumulative ? (e.event.kind === 'item' ? levelAt(e.countedAt) : AXIS_X) : AXIS_X
    const leader = `M${round(from)} ${round(t)}H${AXIS_X + strip + 6}L${labelX - 8} ${round(labelTop + FIRST_LINE)}H${labelX - 3}`
    const lines = labelLines(b.lines, labelX, labelTop, 'start', boxes)
    const barY = labelTop + b.height - BAR_ROW + 3
    const bar =
      !cumulative && e.event.kind === 'item' && valueBar(e.value, barWidth(e, model), labelX, barY, 'start', boxes)
    const rule =
      cumulative &&
      e.event.kind === 'context' &&
      svg`<line class="rule" x1="${AXIS_X}" x2="${round(levelAt(e.start))}" y1="${round(t)}" y2="${round(t)}"></line>`
    const mark = e.span
      ? svg`<rect class="sp" x="${AXIS_X - 3}" y="${round(t)}" width="6" height="${round(Math.max(2, y(e.end) - t))}" fill="url(#${prefix}-hatch)"></rect>`
      : e.event.kind === 'item'
        ? svg`<circle class="dot" cx="${AXIS_X}" cy="${round(t)}" r="${DOT}"></circle>`
        : svg`<circle class="ring" cx="${AXIS_X}" cy="${round(t)}" r="${DOT - 0.5}"></circle>`
    return eventGroup(e, svg`<path class="ld" d="${leader}"></path>${rule}${mark}${lines}${bar}`)
  })
  return { width: W, height, body: svg`${axis}${total}${marks}`, boxes }
}

/**
 * The label of an entry in the column: its name and date, with the bar row under an item (whose
 * bar at full length must fit), or its running total in the cumulative view.
 */
function block(e: Entry, maxWidth: number, cumulative: boolean): LabelBlock {
  if (e.event.kind === 'context')
    return labelBlock(
      [
        { text: e.event.shortLabel ?? e.event.label, type: 'title' },
        { text: e.date, type: 'small' },
      ],
      maxWidth,
    )
  if (cumulative)
    return labelBlock(
      [
        { text: e.event.label, type: 'name' },
        { text: e.date, type: 'small' },
        { text: e.running ?? '', type: 'small' },
      ],
      maxWidth,
    )
  const b = labelBlock(
    [
      { text: e.event.label, type: 'name' },
      { text: e.date, type: 'small' },
    ],
    maxWidth,
    BAR_ROW,
  )
  return { ...b, width: Math.max(b.width, BAR_MAX + 4 + (e.value ? textWidth(e.value, TYPE.small.size) : 0)) }
}

/**
 * The running total as a step chart turned on its side: d3's `curveStepBefore` holds each total
 * down the time axis until the next date, then steps right (with x and y swapped, "before" is
 * what `curveStepAfter` is in the usual orientation).
 */
function runningTotal(
  model: TimelineModel,
  x: ReturnType<typeof scaleLinear<number, number>>,
  y: (time: number) => number,
  segments: readonly { start: number; end: number }[],
  boxes: TextBox[],
): Markup {
  const first = segments[0]!.start
  const last = segments[segments.length - 1]!.end
  const points = stepPoints(model, first, last)
  const ty = (d: { time: number }) => y(d.time)
  const shapes = {
    line: line<Point>()
      .x((d) => x(d.total))
      .y(ty)
      .curve(curveStepBefore)
      .digits(1),
    filled: area<Point>()
      .x0(AXIS_X)
      .x1((d) => x(d.total))
      .y(ty)
      .curve(curveStepBefore)
      .digits(1),
  }
  const [d0, d1] = x.domain() as [number, number]
  const zero = formatNumber(d0, model.lang)
  const max = formatNumber(d1, model.lang)
  // Zero goes when both ends do not fit over the strip; the strip evidently starts at nothing.
  const showZero = textWidth(zero, 12) + 6 + textWidth(max, 12) <= STRIP
  if (showZero) boxes.push(lineBox(zero, AXIS_X, 14, textWidth(zero, 12), 12, 'start'))
  boxes.push(lineBox(max, AXIS_X + STRIP, 14, textWidth(max, 12), 12, 'end'))
  const [y0, y1] = [round(y(first)), round(y(last))]
  const gridlines = x
    .ticks(3)
    .map((v) => svg`<line class="grid" x1="${round(x(v))}" x2="${round(x(v))}" y1="${y0}" y2="${y1}"></line>`)
  return svg`<g class="run" aria-hidden="true">${gridlines}${showZero && svg`<text class="yr" x="${AXIS_X}" y="14">${zero}</text>`}<text class="yr" x="${AXIS_X + STRIP}" y="14" text-anchor="end">${max}</text>${totalPaths(points, shapes)}</g>`
}
