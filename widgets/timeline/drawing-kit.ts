/**
 * The timeline's drawing kit: what more than one layout draws (the axis strip, flags hung from
 * it, the group of an event, the label of a context event) and the constants they share.
 */
import { svg, type Markup } from '../shared/markup.ts'
import { textWidth } from '../shared/text-width.ts'
import type { Entry } from './model.ts'
import { percent, round } from '../shared/round.ts'
import { lineBox, yearCells, type TextBox } from './geometry.ts'
import { labelBlock, TYPE, type LabelBlock } from './label-block.ts'
import { stackRows } from './label-placement.ts'
import type { TimeSegment } from './time-segments.ts'
import type { ScaleTime } from 'd3'

/** What a layout hands the renderer: an SVG body at a design width, and its text boxes. */
export interface Drawing {
  /** The design width in px: the narrowest width this drawing is shown at. */
  width: number
  height: number
  /** The drawing's SVG content. */
  body: Markup
  boxes: TextBox[]
}

// Layout constants shared by the timeline's layouts, in px.
export const MARGIN = 6
export const BREAK_GAP = 24
export const STRIP = 20
/** Between the axis strip and the nearest row of labels. */
export const STEM = 10
export const ROW_GAP = 8
/** Text starts this far from its leader. */
const FLAG_PAD = 5
const CONTEXT_MAX = 150

/** The label of a context event: its title and date. */
export const contextBlock = (e: Entry): LabelBlock =>
  labelBlock([{ text: e.event.label, type: 'title' }, { text: e.date, type: 'small' }], CONTEXT_MAX)
export const BAR_MAX = 64
export const BAR_HEIGHT = 6
/** The bar row under an item's text: bar and value. */
export const BAR_ROW = 14
export const DOT = 4

/** Where a label sits: its entry, its measured text and its place in the rows. */
export interface Flag {
  entry: Entry
  block: LabelBlock
  anchor: number
  /** Where a span ends (px); equal to `anchor` for a point in time. */
  anchorEnd: number
  barWidth: number
  align: 'start' | 'end'
  row: number
  top: number
}

export function flags(
  entries: readonly Entry[],
  scale: ScaleTime<number, number>,
  W: number,
  measure: (e: Entry) => LabelBlock & { barWidth?: number },
): Flag[] {
  const blocks = entries.map(measure)
  const anchors = entries.map((e) => scale(e.start))
  const ends = entries.map((e) => scale(e.end))
  const placed = stackRows(
    blocks.map((b, i) => ({ anchor: anchors[i]!, width: b.width + FLAG_PAD })),
    { left: 0, right: W, gap: 10 },
  )
  return entries.map((entry, i) => ({
    entry,
    block: blocks[i]!,
    anchor: anchors[i]!,
    anchorEnd: ends[i]!,
    barWidth: blocks[i]!.barWidth ?? 0,
    align: placed[i]!.align,
    row: placed[i]!.row,
    top: 0,
  }))
}

export function rowHeights(flags: readonly Flag[]): number[] {
  const heights: number[] = []
  for (const f of flags) heights[f.row] = Math.max(heights[f.row] ?? 0, f.block.height)
  return Array.from(heights, (h) => h ?? 0)
}

/** One flag: leader, mark on the axis, label lines and (items) the bar of its value. */
export function flag(f: Flag, W: number, edge: number, side: 'above' | 'below', prefix: string, boxes: TextBox[]): Markup {
  const { entry, block, align, top } = f
  const sign = align === 'start' ? 1 : -1
  const anchor = align === 'start' ? 'start' : 'end'
  const tx = sign * FLAG_PAD
  const far = side === 'above' ? top : top + block.height
  const textHeight = block.height - (entry.event.kind === 'item' ? BAR_ROW : 0)
  for (const line of block.lines) {
    const size = line.cls === 'n' ? TYPE.name.size : TYPE.small.size
    boxes.push(lineBox(line.text, f.anchor + tx, top + line.y, line.width, size, anchor))
  }
  const barY = top + textHeight + 3
  const valueX = tx + sign * (f.barWidth + 4)
  if (entry.value) boxes.push(lineBox(entry.value, f.anchor + valueX, barY + 9, textWidth(entry.value, TYPE.small.size), TYPE.small.size, anchor))
  const anchorAttr = align === 'end' && END
  const mark = entry.span
    ? svg`<rect class="sp" y="${round(side === 'above' ? edge - 6 : edge)}" width="${percent(Math.max(2, f.anchorEnd - f.anchor) / W)}" height="6" fill="url(#${prefix}-hatch)"></rect>`
    : side === 'above'
      ? svg`<circle class="dot" r="${DOT}" cy="${round(edge)}"></circle>`
      : svg`<circle class="ring" r="${DOT - 0.5}" cy="${round(edge)}"></circle>`
  const lines = block.lines.map((line) => svg`<text class="${line.cls}" x="${tx}" y="${round(top + line.y)}"${anchorAttr}>${line.text}</text>`)
  const bar =
    entry.event.kind === 'item' &&
    svg`<rect class="bar" x="${round(align === 'start' ? tx : tx - f.barWidth)}" y="${round(barY)}" width="${round(f.barWidth)}" height="${BAR_HEIGHT}"></rect>${
      entry.value && svg`<text class="s" x="${round(valueX)}" y="${round(barY + 9)}"${anchorAttr}>${entry.value}</text>`
    }`
  return svg`<g class="${eventClass(entry)}" tabindex="0" role="img"><title>${entry.description}</title><svg x="${percent(f.anchor / W)}" overflow="visible"><line class="ld" y1="${round(edge)}" y2="${round(far)}"></line>${mark}${lines}${bar}</svg></g>`
}

/** ` text-anchor="end"`, for text that runs left of its anchor. */
export const END = svg` text-anchor="end"`

/** The class of an entry's group: item or context (with its category), and muted. */
export function eventClass(entry: Entry): string {
  const kind = entry.event.kind === 'item' ? 'it' : `cx ${entry.event.category ?? ''}`
  return `ev ${kind}${entry.muted ? ' mu' : ''}`
}

/** The axis: a strip of year cells per segment, labelled where they fit, and the break marks. */
export function axisStrip(segments: readonly TimeSegment[], scale: ScaleTime<number, number>, W: number, y: number, boxes: TextBox[]): Markup {
  const cells = yearCells(segments, scale, TYPE.small.size)
  const gaps = segments.slice(1).map((s, i) => (scale(segments[i]!.end) + scale(s.start)) / 2)
  const strips = segments.map((s) => {
    const x0 = scale(s.start)
    const x1 = scale(s.end)
    return svg`<rect class="strip" x="${percent(x0 / W)}" y="${round(y)}" width="${percent((x1 - x0) / W)}" height="${STRIP}"></rect>`
  })
  const years = cells.map((c) => {
    const sep = svg`<line class="sep" x1="${percent(c.x0 / W)}" x2="${percent(c.x0 / W)}" y1="${round(y)}" y2="${round(y + STRIP)}"></line>`
    if (!c.label) return sep
    const mid = (c.x0 + c.x1) / 2
    boxes.push(lineBox(c.label, mid, y + 14, textWidth(c.label, TYPE.small.size), TYPE.small.size, 'middle'))
    return svg`${sep}<text class="yr" x="${percent(mid / W)}" y="${round(y + 14)}" text-anchor="middle">${c.label}</text>`
  })
  const breakMark = svg`<path class="brk" d="M-7 ${round(y + STRIP + 3)}l6 -${STRIP + 6}m2 ${STRIP + 6}l6 -${STRIP + 6}"></path>`
  const breaks = gaps.map((g) => svg`<svg x="${percent(g / W)}" overflow="visible">${breakMark}</svg>`)
  return svg`<g class="ax" aria-hidden="true">${strips}${years}${breaks}</g>`
}
