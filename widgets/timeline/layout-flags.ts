import { esc } from '../shared/markup.ts'
import { textWidth } from '../shared/text-width.ts'
import type { Entry, TimelineModel } from './model.ts'
import { lineBox, pct, px, yearCells, type TextBox } from './geometry.ts'
import { labelBlock, TYPE, type LabelBlock } from './label-block.ts'
import { stackRows } from './label-placement.ts'
import { segmentedScale, type TimeSegment } from './time-segments.ts'
import type { ScaleTime } from 'd3'

/** What a layout hands the renderer: an SVG body at a design width, and its text boxes. */
export interface Drawing {
  /** The design width in px: the narrowest width this drawing is shown at. */
  width: number
  height: number
  /** The drawing's SVG content, as markup (see widgets/shared/markup.ts: written as strings for speed). */
  body: string
  boxes: TextBox[]
}

// Layout constants of the horizontal timeline, in px.
export const MARGIN = 6
export const BREAK_GAP = 24
export const STRIP = 20
/** Between the axis strip and the nearest row of labels. */
export const STEM = 10
export const ROW_GAP = 8
/** Text starts this far from its leader. */
const FLAG_PAD = 5
const ITEM_MAX = 150
const CONTEXT_MAX = 150

/** The label of a context event: its title and date. */
export const contextBlock = (e: Entry): LabelBlock =>
  labelBlock([{ text: e.event.label, type: 'title' }, { text: e.date, type: 'small' }], CONTEXT_MAX)
const BAR_MAX = 64
const BAR_HEIGHT = 6
/** The bar row under an item's text: bar and value. */
const BAR_ROW = 14
const DOT = 4

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

/**
 * The horizontal timeline (events view): items hang as flags above an axis of year cells,
 * context events below it. Flags stack in rows (`stackRows`) computed at the design width;
 * positions are written as percentages of the width, so at any wider width the same markup only
 * spreads out, and neither overlaps nor overflows appear (text stays at its px size).
 */
export function flagsLayout(model: TimelineModel, options: { width: number; context: boolean; prefix: string }): Drawing {
  const { width: W, context, prefix } = options
  const context_ = context ? model.context : []
  const segments = model.segments(context)
  const scale = segmentedScale(segments, MARGIN, W - MARGIN, BREAK_GAP)
  const above = flags(model.items, scale, W, (e) => itemBlock(e, model))
  const below = flags(context_, scale, W, contextBlock)
  const aboveHeights = rowHeights(above)
  const belowHeights = rowHeights(below)
  const aboveTotal = aboveHeights.reduce((s, h) => s + h + ROW_GAP, 0)
  const axisY = MARGIN + (aboveHeights.length ? aboveTotal - ROW_GAP + STEM : 6)
  let y = axisY - STEM
  aboveHeights.forEach((h, r) => {
    for (const f of above) if (f.row === r) f.top = y - h
    y -= h + ROW_GAP
  })
  y = axisY + STRIP + STEM
  belowHeights.forEach((h, r) => {
    for (const f of below) if (f.row === r) f.top = y
    y += h + ROW_GAP
  })
  const height = Math.ceil(belowHeights.length ? y - ROW_GAP + MARGIN : axisY + STRIP + MARGIN)
  const boxes: TextBox[] = []
  let body = axisStrip(segments, scale, W, axisY, boxes)
  // In date order, so Tab and the arrow keys walk through time.
  const marks = [...above.map((f) => ({ f, side: 'above' as const })), ...below.map((f) => ({ f, side: 'below' as const }))]
  marks.sort((a, b) => a.f.entry.start - b.f.entry.start || a.f.entry.end - b.f.entry.end)
  for (const { f, side } of marks) body += flag(f, W, side === 'above' ? axisY : axisY + STRIP, side, prefix, boxes)
  return { width: W, height, body, boxes }
}

function itemBlock(e: Entry, model: TimelineModel): LabelBlock & { barWidth: number } {
  const block = labelBlock([{ text: e.event.label, type: 'name' }, { text: e.date, type: 'small' }], ITEM_MAX, BAR_ROW)
  const barWidth = model.maxValue > 0 ? ((e.event.value ?? 0) / model.maxValue) * BAR_MAX : 0
  const row = barWidth + 4 + (e.value ? textWidth(e.value, TYPE.small.size) : 0)
  return { ...block, width: Math.ceil(Math.max(block.width, row)), barWidth }
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
export function flag(f: Flag, W: number, edge: number, side: 'above' | 'below', prefix: string, boxes: TextBox[]): string {
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
  const anchorAttr = align === 'end' ? ' text-anchor="end"' : ''
  let out = `<g class="${eventClass(entry)}" tabindex="0" role="img"><title>${esc(entry.description)}</title>`
  out += `<svg x="${pct(f.anchor / W)}" overflow="visible"><line class="ld" y1="${px(edge)}" y2="${px(far)}"></line>`
  if (entry.span) {
    const width = pct(Math.max(2, f.anchorEnd - f.anchor) / W)
    out += `<rect class="sp" y="${px(side === 'above' ? edge - 6 : edge)}" width="${width}" height="6" fill="url(#${prefix}-hatch)"></rect>`
  } else if (side === 'above') out += `<circle class="dot" r="${DOT}" cy="${px(edge)}"></circle>`
  else out += `<circle class="ring" r="${DOT - 0.5}" cy="${px(edge)}"></circle>`
  for (const line of block.lines) out += `<text class="${line.cls}" x="${tx}" y="${px(top + line.y)}"${anchorAttr}>${esc(line.text)}</text>`
  if (entry.event.kind === 'item') {
    out += `<rect class="bar" x="${px(align === 'start' ? tx : tx - f.barWidth)}" y="${px(barY)}" width="${px(f.barWidth)}" height="${BAR_HEIGHT}"></rect>`
    if (entry.value) out += `<text class="s" x="${px(valueX)}" y="${px(barY + 9)}"${anchorAttr}>${esc(entry.value)}</text>`
  }
  return `${out}</svg></g>`
}

/** The class of an entry's group: item or context (with its category), and muted. Escaped. */
export function eventClass(entry: Entry): string {
  const kind = entry.event.kind === 'item' ? 'it' : `cx ${entry.event.category ?? ''}`
  return esc(`ev ${kind}${entry.muted ? ' mu' : ''}`)
}

/** The axis: a strip of year cells per segment, labelled where they fit, and the break marks. */
export function axisStrip(segments: readonly TimeSegment[], scale: ScaleTime<number, number>, W: number, y: number, boxes: TextBox[]): string {
  const cells = yearCells(segments, scale, TYPE.small.size)
  const gaps = segments.slice(1).map((s, i) => (scale(segments[i]!.end) + scale(s.start)) / 2)
  let out = '<g class="ax" aria-hidden="true">'
  for (const s of segments) {
    const x0 = scale(s.start)
    const x1 = scale(s.end)
    out += `<rect class="strip" x="${pct(x0 / W)}" y="${px(y)}" width="${pct((x1 - x0) / W)}" height="${STRIP}"></rect>`
  }
  for (const c of cells) {
    out += `<line class="sep" x1="${pct(c.x0 / W)}" x2="${pct(c.x0 / W)}" y1="${px(y)}" y2="${px(y + STRIP)}"></line>`
    if (!c.label) continue
    const mid = (c.x0 + c.x1) / 2
    boxes.push(lineBox(c.label, mid, y + 14, textWidth(c.label, TYPE.small.size), TYPE.small.size, 'middle'))
    out += `<text class="yr" x="${pct(mid / W)}" y="${px(y + 14)}" text-anchor="middle">${esc(c.label)}</text>`
  }
  const breakMark = `<path class="brk" d="M-7 ${px(y + STRIP + 3)}l6 -${STRIP + 6}m2 ${STRIP + 6}l6 -${STRIP + 6}"></path>`
  for (const g of gaps) out += `<svg x="${pct(g / W)}" overflow="visible">${breakMark}</svg>`
  return `${out}</g>`
}
