import { area, curveStepAfter, line, scaleLinear } from 'd3'
import { type Markup, svg } from '../shared/markup.ts'
import { percent, round } from '../shared/round.ts'
import { textWidth } from '../shared/text-width.ts'
import type { CumulativePoint as Point } from './cumulative.ts'
import {
  axisStrip,
  BREAK_GAP,
  contextBlock,
  type Drawing,
  eventGroup,
  flag,
  flagClashes,
  flags,
  hangBelow,
  labelLines,
  MARGIN,
  STRIP,
  totalPaths,
} from './drawing-kit.ts'
import { lineBox, type TextBox } from './geometry.ts'
import { labelBlock } from './label-block.ts'
import { dodge } from './label-placement.ts'
import { stepPoints, type TimelineModel, totalAt } from './model.ts'
import { segmentedScale } from './time-segments.ts'

// Layout constants of the horizontal step chart, in px at the design width.
/** Room for the total's tick labels, left of the plot. */
const PLOT_LEFT = 50
const PLOT_RIGHT = 8
const PLOT_HEIGHT = 210
const LABEL_MAX = 170
/** Text starts this far from its riser. */
const LABEL_PAD = 6
const GAP = 6
/** From a label's top to the middle of its first line, where its leader arrives. */
const FIRST_LINE = 8

/**
 * The cumulative view at desktop widths: the running total as one step line (d3 `line` with
 * `curveStepAfter`: each total holds until the next date). A range-dated item steps where its
 * range's last unit begins (`countedAt`: Nagorno-Karabakh by 1992), and the chart's note says so.
 * Only the steps are labelled, left of their riser in the empty space above the staircase, the
 * last with its date; labels that share a column are dodged upwards and keep date order.
 * Context events are dashed rules under the line, with their labels hanging below the axis.
 */
export function stepsLayout(
  model: TimelineModel,
  options: { width: number; context: boolean; prefix: string },
): Drawing {
  const { width: W, prefix } = options
  const context = options.context ? model.context : []
  const segments = model.segments(options.context)
  const x = segmentedScale(segments, PLOT_LEFT, W - PLOT_RIGHT, BREAK_GAP)
  const value = scaleLinear()
    .domain([0, model.total || 1])
    .nice(4)
    .range([PLOT_HEIGHT, 0])
  const first = segments[0]!.start
  const last = segments[segments.length - 1]!.end

  // Labels only where the line steps: an area within one already counted (Shusha) adds nothing.
  // A range-dated item shows its range, and the last step its date: the end value with its date.
  const stepping = model.items.filter((e) => (e.added ?? 0) > 0)
  const labels = stepping.map((e, i) => {
    const total = e.total ?? 0
    const base = total - (e.added ?? 0)
    const block = labelBlock(
      [
        { text: e.event.label, type: 'name' },
        ...(e.span || i === stepping.length - 1 ? [{ text: e.date, type: 'small' as const }] : []),
        { text: e.running ?? '', type: 'small' },
      ],
      LABEL_MAX,
    )
    const riser = x(e.countedAt)
    const end = riser - LABEL_PAD - block.width >= PLOT_LEFT
    const x0 = end ? riser - LABEL_PAD - block.width : riser + LABEL_PAD
    const x1 = x0 + block.width
    // The staircase only rises, so over [x0, x1] it is highest at x1.
    const floor = end ? base : Math.max(total, totalAt(model.steps, x.invert(x1)).total)
    return {
      entry: e,
      block,
      riser,
      align: end ? ('end' as const) : ('start' as const),
      x0,
      x1,
      mid: value(base + (e.added ?? 0) / 2),
      floor: value(floor),
    }
  })
  // Dodge in columns: labels whose extents overlap share a column; upward is negative y.
  // A label's start in that upward order is minus its bottom. Upward is date order, whatever the
  // targets say: the last step's label has a line more (its date), so its bottom can want to sit
  // below an earlier label's (Zangilan's below Gubadli's at 552 and 880 px).
  const labelTops = new Array<number>(labels.length)
  for (const column of columns(labels)) {
    const placed = dodge(
      column.map((i) => {
        const l = labels[i]!
        return { target: -(l.mid - FIRST_LINE + l.block.height), size: l.block.height, min: -(l.floor - 4) }
      }),
      { gap: GAP, order: 'input' },
    )
    for (const [k, i] of column.entries()) labelTops[i] = -placed[k]! - labels[i]!.block.height
  }
  const plotTop = MARGIN + Math.max(0, -Math.min(0, ...labelTops)) + 8
  const axisY = plotTop + PLOT_HEIGHT
  const below = flags(context, x, W, contextBlock)
  const height = hangBelow(below, axisY)
  const boxes: TextBox[] = []
  const gridlines = grid(model, value, W, plotTop, boxes)
  const rules = context.map((e) => {
    const x1 = percent(x(e.start) / W)
    return svg`<line class="rule" x1="${x1}" x2="${x1}" y1="${round(axisY)}" y2="${round(plotTop + value(totalAt(model.steps, e.start).total))}"></line>`
  })
  const steps = staircase(model, x, value, first, last, W, plotTop)
  const axis = axisStrip(segments, x, W, axisY, boxes)
  const items = labels.map((l, i) => {
    const top = plotTop + labelTops[i]!
    const sign = l.align === 'start' ? 1 : -1
    const lines = labelLines(l.block.lines, sign * LABEL_PAD, top, l.align, boxes, l.riser)
    return eventGroup(
      l.entry,
      svg`<svg x="${percent(l.riser / W)}" overflow="visible"><path class="ld" d="M0 ${round(plotTop + l.mid)}L${sign * 3} ${round(top + FIRST_LINE)}"></path><circle class="dot" r="3" cy="${round(plotTop + l.mid)}"></circle>${lines}</svg>`,
    )
  })
  const hung = below.map((f) => flag(f, W, axisY + STRIP, 'below', prefix, boxes))
  return {
    width: W,
    height,
    body: svg`${gridlines}${rules}${steps}${axis}${items}${hung}`,
    boxes,
    clashes: flagClashes(below),
  }
}

/** Groups labels whose horizontal extents overlap (with a gap), each group in the labels' (date) order. */
function columns(labels: readonly { x0: number; x1: number }[]): number[][] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x0 - labels[b]!.x0 || a - b)
  const groups: number[][] = []
  let end = -Infinity
  for (const i of order) {
    if (labels[i]!.x0 > end + GAP || groups.length === 0) groups.push([])
    groups[groups.length - 1]!.push(i)
    end = Math.max(end, labels[i]!.x1)
  }
  return groups.map((group) => group.sort((a, b) => a - b))
}

/** Gridlines of the total with their values left of the plot, and the unit above them. */
function grid(
  model: TimelineModel,
  value: ReturnType<typeof scaleLinear<number, number>>,
  W: number,
  top: number,
  boxes: TextBox[],
): Markup {
  const ticks = value.ticks(4)
  const left = percent(PLOT_LEFT / W)
  const right = percent(1 - PLOT_RIGHT / W)
  const lines = ticks.map((t) => {
    const y = top + value(t)
    const label = model.values.tick(t, ticks.at(-1) ?? 0)
    boxes.push(lineBox(label, PLOT_LEFT - 6, y + 4, textWidth(label, 12), 12, 'end'))
    return svg`<line class="${t === 0 ? 'axl' : 'grid'}" x1="${left}" x2="${right}" y1="${round(y)}" y2="${round(y)}"></line><text class="yr" x="${left}" dx="-6" y="${round(y + 4)}" text-anchor="end">${label}</text>`
  })
  const unit =
    model.unit &&
    svg`<text class="yr" x="${left}" dx="-6" y="${round(top + value(ticks.at(-1)!) - 12)}" text-anchor="end">${model.unit}</text>`
  return svg`<g class="ax" aria-hidden="true">${lines}${unit}</g>`
}

/**
 * The step chart itself, drawn in a nested SVG whose viewBox is 100 units wide and stretched to
 * the chart's width (`preserveAspectRatio="none"`), so the path follows the percentages of
 * everything else; strokes keep their width with `vector-effect: non-scaling-stroke`.
 */
function staircase(
  model: TimelineModel,
  x: (time: number) => number,
  value: (v: number) => number,
  first: number,
  last: number,
  W: number,
  top: number,
): Markup {
  const points = stepPoints(model, first, last)
  const tx = (d: Point) => (x(d.time) / W) * 100
  const shapes = {
    line: line<Point>()
      .x(tx)
      .y((d) => value(d.total))
      .curve(curveStepAfter)
      .digits(2),
    filled: area<Point>()
      .x(tx)
      .y0(value(0))
      .y1((d) => value(d.total))
      .curve(curveStepAfter)
      .digits(2),
  }
  return svg`<svg class="run" y="${round(top)}" width="100%" height="${PLOT_HEIGHT}" viewBox="0 0 100 ${PLOT_HEIGHT}" preserveAspectRatio="none" overflow="visible" aria-hidden="true">${totalPaths(points, shapes)}</svg>`
}
