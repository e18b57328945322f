/**
 * The timeline's drawing kit: what more than one layout draws (the group of an event, label
 * lines, the bar of a value, the axis strip and the flags hung from it, the running total's
 * paths) and the constants they share. A layout decides where things go; the kit writes them.
 */
import type { Area, Line } from 'd3'
import { type Markup, svg } from '../shared/markup.ts'
import { percent, round } from '../shared/round.ts'
import { textWidth } from '../shared/text-width.ts'
import type { CumulativePoint } from './cumulative.ts'
import { lineBox, monthCells, type TextBox, yearCells } from './geometry.ts'
import { type LabelBlock, type LabelLine, labelBlock, TYPE } from './label-block.ts'
import { leaderClashes, stackRows } from './label-placement.ts'
import type { Entry, TimelineModel } from './model.ts'
import { type TimeScale, type TimeSegment, yearsOf } from './time-segments.ts'

/** What a layout hands the renderer: an SVG body at a design width, and its text boxes. */
export interface Drawing {
  /** The design width in px: the narrowest width this drawing is shown at. */
  width: number
  height: number
  /** The drawing's SVG content. */
  body: Markup
  /** Every text the drawing places, at the design width (tests check they neither overlap nor leave). */
  boxes: TextBox[]
  /**
   * Leaders that run through a label at the design width (`leaderClashes`), where the layout has
   * leaders; wider, the same markup only spreads out and the count can only fall. A drawing with
   * any is not shown: the page and the image show the list instead (render.ts).
   */
  clashes?: number
}

// Layout constants of the horizontal layouts (flags and steps), in px.
/** Around the drawing. */
export const MARGIN = 6
/** Where the axis is broken, between two segments. */
export const BREAK_GAP = 24
/** Height of the axis strip of year cells. */
export const STRIP = 20
/** Between the axis strip and the nearest row of labels. */
export const STEM = 10
/** Between two rows of labels. */
export const ROW_GAP = 8
/** Text starts this far from its leader. */
const FLAG_PAD = 5
/** Widest label of a context event at the narrowest horizontal drawing. */
const CONTEXT_MAX = 150
/**
 * Widths a label may wrap at on a horizontal axis `W` px wide, widest first: a quarter of the
 * width, so a title that fits on one line there is not wrapped, and {@link CONTEXT_MAX}.
 */
export const flagMaxWidths = (W: number): number[] => [
  ...new Set([Math.max(CONTEXT_MAX, Math.round(W / 4)), CONTEXT_MAX]),
]
/** Narrowest mark of a range: a range of a few days (2–5 April 2016) stays a readable hatched box. */
export const RANGE_MIN = 8

// Constants of every layout, in px.
/** Width of the bar of the largest value. */
export const BAR_MAX = 64
/** Height of a value bar. */
export const BAR_HEIGHT = 6
/** The bar row under an item's text: bar and value. */
export const BAR_ROW = 14
/** Radius of an item's dot. */
export const DOT = 4

/** ` text-anchor="end"`, for text that runs left of its anchor. */
const END = svg` text-anchor="end"`

/** The label of a context event: its title and date, wrapped at `maxWidth`. */
export const contextBlock = (e: Entry, maxWidth: number = CONTEXT_MAX): LabelBlock =>
  labelBlock(
    [
      { text: e.event.shortLabel ?? e.event.label, type: 'title' },
      { text: e.date, type: 'small' },
    ],
    maxWidth,
  )

/** Width of the bar of an entry's value, px: the largest value gets {@link BAR_MAX}. */
export const barWidth = (e: Entry, model: TimelineModel): number =>
  model.maxValue > 0 ? ((e.event.value ?? 0) / model.maxValue) * BAR_MAX : 0

/** The class of an entry's group: item or context (with its category), and muted. */
export function eventClass(entry: Entry): string {
  const kind = entry.event.kind === 'item' ? 'it' : `cx ${entry.event.category ?? ''}`
  return `ev ${kind}${entry.muted ? ' mu' : ''}`
}

/**
 * The group of one entry: focusable (Tab and the arrow keys walk the entries), an image to
 * assistive technology, named by the entry's description.
 */
export function eventGroup(entry: Entry, content: Markup): Markup {
  return svg`<g class="${eventClass(entry)}" tabindex="0" role="img"><title>${entry.description}</title>${content}</g>`
}

/**
 * The lines of a label, their first baseline `top` + the line's offset, each written at `x` and
 * recorded in `boxes` at `origin + x` (`origin`: where the nested SVG that holds them starts).
 * `end` runs them left of `x`.
 */
export function labelLines(
  lines: readonly LabelLine[],
  x: number,
  top: number,
  align: 'start' | 'end',
  boxes: TextBox[],
  origin = 0,
): Markup[] {
  const anchor = align === 'end' && END
  return lines.map((line) => {
    boxes.push(
      lineBox(
        line.text,
        origin + x,
        top + line.y,
        line.width,
        line.cls === 'n' ? TYPE.name.size : TYPE.small.size,
        align,
      ),
    )
    return svg`<text class="${line.cls}" x="${x}" y="${round(top + line.y)}"${anchor}>${line.text}</text>`
  })
}

/**
 * The bar of an item's value, starting at `x` (running right, or left when `end`) with the value
 * after it, recorded in `boxes` at `origin +` its x.
 */
export function valueBar(
  value: string | undefined,
  width: number,
  x: number,
  y: number,
  align: 'start' | 'end',
  boxes: TextBox[],
  origin = 0,
): Markup {
  const sign = align === 'start' ? 1 : -1
  const valueX = x + sign * (width + 4)
  if (value)
    boxes.push(lineBox(value, origin + valueX, y + 9, textWidth(value, TYPE.small.size), TYPE.small.size, align))
  return svg`<rect class="bar" x="${round(align === 'start' ? x : x - width)}" y="${round(y)}" width="${round(width)}" height="${BAR_HEIGHT}"></rect>${
    value && svg`<text class="s" x="${round(valueX)}" y="${round(y + 9)}"${align === 'end' && END}>${value}</text>`
  }`
}

/** Where a label sits: its entry, its measured text and its place in the rows. */
export interface Flag {
  entry: Entry
  block: LabelBlock
  anchor: number
  /** Where a span ends (px); equal to `anchor` for a point in time. */
  anchorEnd: number
  barWidth: number
  /** The bars of a block of several items of one date ({@link Measured}), drawn instead of one. */
  bars?: Measured['bars']
  align: 'start' | 'end'
  row: number
  /** The label's top, px: set by the layout once the rows' heights are known. */
  top: number
}

/**
 * Flags for `entries` (in date order) on a horizontal axis `W` px wide, hung on `side` of it:
 * each label measured (`measure`) and given a row and a side of its leader by `stackRows`; `top`
 * is left to the layout.
 */
export function flags(
  entries: readonly Entry[],
  scale: TimeScale,
  W: number,
  measure: (e: Entry) => Measured,
  side: 'above' | 'below' = 'below',
): Flag[] {
  return placed(
    entries,
    entries.map((e) => measure(e)),
    scale,
    W,
    side,
  )
}

/** How many leaders of `flags` (one side of the axis) run through one of their labels. */
export const flagClashes = (flags: readonly Flag[]): number =>
  leaderClashes(
    flags.map((f) => ({ anchor: f.anchor, width: f.block.width + FLAG_PAD })),
    flags,
  )

/**
 * A label block, with the bar of an item's value; a block of several entries of one date (see
 * layout-flags.ts) has one bar per item instead, each at its offset `y` below the label's top.
 */
export type Measured = LabelBlock & {
  barWidth?: number
  bars?: { y: number; width: number; value: string | undefined }[]
}

/** {@link flags} for labels already measured (`blocks[i]` is `entries[i]`'s). */
function placed(
  entries: readonly Entry[],
  blocks: readonly Measured[],
  scale: TimeScale,
  W: number,
  side: 'above' | 'below',
): Flag[] {
  const anchors = entries.map((e) => scale(e.start))
  const ends = entries.map((e) => scale(e.end))
  const rows = stackRows(
    blocks.map((b, i) => ({ anchor: anchors[i]!, width: b.width + FLAG_PAD })),
    { left: 0, right: W, gap: 10, side },
  )
  return entries.map((entry, i) => ({
    entry,
    block: blocks[i]!,
    anchor: anchors[i]!,
    anchorEnd: ends[i]!,
    barWidth: blocks[i]!.barWidth ?? 0,
    ...(blocks[i]!.bars ? { bars: blocks[i]!.bars } : {}),
    align: rows[i]!.align,
    row: rows[i]!.row,
    top: 0,
  }))
}

/**
 * Narrower widths a label may wrap at, tried only where every width of `flagMaxWidths` leaves a
 * leader through a label: a narrower label covers fewer leaders, so fewer labels conflict.
 */
const FALLBACK_MAX_WIDTHS = [120, 96]

/**
 * The {@link flags} of `entries` whose rows take the least height, over the widths a label may
 * wrap at (`flagMaxWidths`): wider labels have fewer lines but may stack in more rows. Ties go
 * to the wider labels. Rows with a leader through a label ({@link flagClashes}) lose to any
 * without; where every width leaves one, the narrower {@link FALLBACK_MAX_WIDTHS} are tried
 * too, and what still has one is returned as it is (the layout then reports it). Where every
 * label comes out the same size as at the width tried before (no label wraps at either), its
 * rows would be the same and the tie is already decided: they are not stacked again.
 */
export function shortestFlags(
  entries: readonly Entry[],
  scale: TimeScale,
  W: number,
  measure: (e: Entry, maxWidth: number) => Measured,
  side: 'above' | 'below',
): Flag[] {
  let best: Flag[] = []
  let bestCost = [Infinity, Infinity]
  let before: Measured[] | undefined
  const tryWidths = (widths: readonly number[]) => {
    for (const maxWidth of widths) {
      const blocks = entries.map((e) => measure(e, maxWidth))
      const same = before?.every((b, i) => b.width === blocks[i]!.width && b.height === blocks[i]!.height)
      before = blocks
      if (same) continue
      const candidate = placed(entries, blocks, scale, W, side)
      const cost = [flagClashes(candidate), rowHeights(candidate).reduce((sum, h) => sum + h + ROW_GAP, 0)]
      if (cost[0]! < bestCost[0]! || (cost[0] === bestCost[0] && cost[1]! < bestCost[1]!))
        [best, bestCost] = [candidate, cost]
    }
  }
  tryWidths(flagMaxWidths(W))
  if (bestCost[0]! > 0) tryWidths(FALLBACK_MAX_WIDTHS)
  return best
}

/** Height of each row of flags: its tallest label. */
export function rowHeights(flags: readonly Flag[]): number[] {
  const heights: number[] = []
  for (const f of flags) heights[f.row] = Math.max(heights[f.row] ?? 0, f.block.height)
  return Array.from(heights, (h) => h ?? 0)
}

/**
 * Hangs `below` in rows under the axis strip at `axisY` (sets each flag's `top`) and returns the
 * drawing's height: the last row's bottom, or the strip's when there are no flags below.
 */
export function hangBelow(below: readonly Flag[], axisY: number): number {
  const heights = rowHeights(below)
  let y = axisY + STRIP + STEM
  heights.forEach((h, r) => {
    for (const f of below) if (f.row === r) f.top = y
    y += h + ROW_GAP
  })
  return Math.ceil(heights.length ? y - ROW_GAP + MARGIN : axisY + STRIP + MARGIN)
}

/** One flag: leader, mark on the axis, label lines and (items) the bar of its value. */
export function flag(
  f: Flag,
  W: number,
  edge: number,
  side: 'above' | 'below',
  prefix: string,
  boxes: TextBox[],
): Markup {
  const { entry, block, align, top } = f
  const tx = (align === 'start' ? 1 : -1) * FLAG_PAD
  const far = side === 'above' ? top : top + block.height
  const textHeight = block.height - (entry.event.kind === 'item' ? BAR_ROW : 0)
  const lines = labelLines(block.lines, tx, top, align, boxes, f.anchor)
  const bar = f.bars
    ? f.bars.map((b) => valueBar(b.value, b.width, tx, top + b.y, align, boxes, f.anchor))
    : entry.event.kind === 'item' && valueBar(entry.value, f.barWidth, tx, top + textHeight + 3, align, boxes, f.anchor)
  // A range too short to show at this scale keeps a fixed width, the same at any display width.
  const range = f.anchorEnd - f.anchor
  const mark = entry.span
    ? svg`<rect class="sp" y="${round(side === 'above' ? edge - 6 : edge)}" width="${range < RANGE_MIN ? RANGE_MIN : percent(range / W)}" height="6" fill="url(#${prefix}-hatch)"></rect>`
    : side === 'above'
      ? svg`<circle class="dot" r="${DOT}" cy="${round(edge)}"></circle>`
      : svg`<circle class="ring" r="${DOT - 0.5}" cy="${round(edge)}"></circle>`
  return eventGroup(
    entry,
    svg`<svg x="${percent(f.anchor / W)}" overflow="visible"><line class="ld" y1="${round(edge)}" y2="${round(far)}"></line>${mark}${lines}${bar}</svg>`,
  )
}

/** Height of the tick that separates two months in the axis strip, px. */
const MONTH_TICK = 5

/**
 * The axis: a strip of year cells per segment, labelled where they fit, and the break marks. An
 * axis of two years or less, given `month` (a short month name), is divided into months instead:
 * short ticks between months, full ones between years, a January labelled with its year.
 * Positions are in percent of `W`, so the strip stretches; `px` writes them in px (an image).
 */
export function axisStrip(
  segments: readonly TimeSegment[],
  scale: TimeScale,
  W: number,
  y: number,
  boxes: TextBox[],
  month?: (date: Date) => string,
  px = false,
): Markup {
  const at = (x: number): string | number => (px ? round(x) : percent(x / W))
  const months = month ? monthCells(segments, scale, TYPE.small.size, month) : []
  const cells = months.length ? months : yearCells(segments, scale, TYPE.small.size)
  const yearStarts = new Set(segments.flatMap((s) => yearsOf(s).map(([a]) => scale(a))))
  const gaps = segments.slice(1).map((s, i) => (scale(segments[i]!.end) + scale(s.start)) / 2)
  const strips = segments.map((s) => {
    const x0 = scale(s.start)
    const x1 = scale(s.end)
    return svg`<rect class="strip" x="${at(x0)}" y="${round(y)}" width="${px ? round(x1 - x0) : percent((x1 - x0) / W)}" height="${STRIP}"></rect>`
  })
  const years = cells.map((c) => {
    const tick = months.length && !yearStarts.has(c.x0) ? MONTH_TICK : STRIP
    const sep = svg`<line class="sep" x1="${at(c.x0)}" x2="${at(c.x0)}" y1="${round(y)}" y2="${round(y + tick)}"></line>`
    if (!c.label) return sep
    const mid = (c.x0 + c.x1) / 2
    boxes.push(lineBox(c.label, mid, y + 14, textWidth(c.label, TYPE.small.size), TYPE.small.size, 'middle'))
    return svg`${sep}<text class="yr" x="${at(mid)}" y="${round(y + 14)}" text-anchor="middle">${c.label}</text>`
  })
  const breakMark = svg`<path class="brk" d="M-7 ${round(y + STRIP + 3)}l6 -${STRIP + 6}m2 ${STRIP + 6}l6 -${STRIP + 6}"></path>`
  const breaks = gaps.map((g) => svg`<svg x="${at(g)}" overflow="visible">${breakMark}</svg>`)
  return svg`<g class="ax" aria-hidden="true">${strips}${years}${breaks}</g>`
}

/** The d3 shapes of a running total, built by a layout for its orientation. */
export interface TotalShapes {
  /** The step line of the total. */
  line: Line<CumulativePoint>
  /** From zero up to the line. */
  filled: Area<CumulativePoint>
}

/** The running total's paths over `points`: the filled area and the step line on top. */
export function totalPaths(points: CumulativePoint[], shapes: TotalShapes): Markup {
  return svg`<path class="area" d="${shapes.filled(points) ?? ''}"></path><path class="step" d="${shapes.line(points) ?? ''}"></path>`
}
