import { svg } from '../shared/markup.ts'
import { textWidth } from '../shared/text-width.ts'
import {
  axisStrip,
  BAR_ROW,
  BREAK_GAP,
  barWidth,
  contextBlock,
  type Drawing,
  flag,
  flagClashes,
  hangBelow,
  MARGIN,
  type Measured,
  ROW_GAP,
  rowHeights,
  STEM,
  STRIP,
  shortestFlags,
} from './drawing-kit.ts'
import type { TextBox } from './geometry.ts'
import { type LabelBlock, type LabelLine, labelBlock, TYPE } from './label-block.ts'
import { chronological, type Entry, type TimelineModel } from './model.ts'
import { segmentedScale } from './time-segments.ts'
import { shortMonth } from './words.ts'

/**
 * The horizontal timeline (events view): items hang as flags above an axis of year cells,
 * context events below it. Flags stack in rows (`stackRows`) computed at the design width;
 * positions are written as percentages of the width, so at any wider width the same markup only
 * spreads out, and neither overlaps nor overflows appear (text stays at its px size).
 */
export function flagsLayout(
  model: TimelineModel,
  options: { width: number; context: boolean; prefix: string },
): Drawing {
  const { width: W, context, prefix } = options
  const context_ = context ? model.context : []
  const segments = model.segments(context)
  const scale = segmentedScale(segments, MARGIN, W - MARGIN, BREAK_GAP)
  const items = oneDate(model.items)
  const events = oneDate(context_)
  const above = shortestFlags(
    items.entries,
    scale,
    W,
    kept((e, maxWidth) => {
      const group = items.groups.get(e)
      return group ? groupBlock(group, maxWidth, model) : itemBlock(e, model, maxWidth)
    }),
    'above',
  )
  const below = shortestFlags(
    events.entries,
    scale,
    W,
    kept((e, maxWidth) => {
      const group = events.groups.get(e)
      return group ? groupBlock(group, maxWidth) : contextBlock(e, maxWidth)
    }),
    'below',
  )
  const aboveHeights = rowHeights(above)
  const aboveTotal = aboveHeights.reduce((s, h) => s + h + ROW_GAP, 0)
  const axisY = MARGIN + (aboveHeights.length ? aboveTotal - ROW_GAP + STEM : 6)
  let y = axisY - STEM
  aboveHeights.forEach((h, r) => {
    for (const f of above) if (f.row === r) f.top = y - h
    y -= h + ROW_GAP
  })
  const height = hangBelow(below, axisY)
  const boxes: TextBox[] = []
  const axis = axisStrip(segments, scale, W, axisY, boxes, shortMonth(model.lang))
  // In date order, so Tab and the arrow keys walk through time.
  const marks = [
    ...above.map((f) => ({ f, side: 'above' as const })),
    ...below.map((f) => ({ f, side: 'below' as const })),
  ]
  marks.sort((a, b) => chronological(a.f.entry, b.f.entry))
  const drawn = marks.map(({ f, side }) => flag(f, W, side === 'above' ? axisY : axisY + STRIP, side, prefix, boxes))
  return { width: W, height, body: svg`${axis}${drawn}`, boxes, clashes: flagClashes(above) + flagClashes(below) }
}

/**
 * Entries of one date (the same EDTF value: three strikes on 3 April 2018) as one: a single
 * entry stands for each run of them, with one mark, one leader and one label block, its
 * description naming every member (read as one stop by Tab and screen readers). `groups` maps
 * each such stand-in to its members, in date order.
 */
export function oneDate(entries: readonly Entry[]): { entries: Entry[]; groups: Map<Entry, Entry[]> } {
  const runs: Entry[][] = []
  for (const e of entries) {
    const run = runs.at(-1)
    if (run && run[0]!.event.date.value === e.event.date.value) run.push(e)
    else runs.push([e])
  }
  const groups = new Map<Entry, Entry[]>()
  const out = runs.map((run) => {
    if (run.length === 1) return run[0]!
    const first = run[0]!
    const stand: Entry = {
      ...first,
      description: run.map((m) => m.description).join('; '),
      muted: run.every((m) => m.muted),
    }
    groups.set(stand, run)
    return stand
  })
  return { entries: out, groups }
}

/**
 * The label block of entries of one date: each member's name (and, for items, its bar and value
 * below it), then the date once.
 */
function groupBlock(members: readonly Entry[], maxWidth: number, model?: TimelineModel): Measured {
  const lines: LabelLine[] = []
  const bars: NonNullable<Measured['bars']> = []
  let y = 0
  let width = 0
  const add = (block: LabelBlock) => {
    for (const line of block.lines) lines.push({ ...line, y: line.y + y })
    width = Math.max(width, block.width)
    y += block.height
  }
  for (const m of members) {
    const item = m.event.kind === 'item'
    add(
      labelBlock(
        [{ text: item ? m.event.label : (m.event.shortLabel ?? m.event.label), type: item ? 'name' : 'title' }],
        maxWidth,
      ),
    )
    if (item && model) {
      const bar = barWidth(m, model)
      bars.push({ y: y + 3, width: bar, value: m.value })
      width = Math.max(width, bar + 4 + (m.value ? textWidth(m.value, TYPE.small.size) : 0))
      y += BAR_ROW
    }
  }
  add(labelBlock([{ text: members[0]!.date, type: 'small' }], maxWidth))
  return { lines, width: Math.ceil(width), height: y, ...(bars.length ? { bars } : {}) }
}

/**
 * Label blocks by entry and wrap width. The page's two drawings (at 552 and 880 px) both try
 * labels 150 px wide: measured once, for the second drawing too. An entry belongs to one model
 * (and an item or a context event is measured one way), so its blocks live and go with it.
 */
const measuredBlocks = new WeakMap<Entry, Map<number, Measured>>()

/** `measure`, answering from {@link measuredBlocks} what it measured before. */
function kept(measure: (e: Entry, maxWidth: number) => Measured): (e: Entry, maxWidth: number) => Measured {
  return (e, maxWidth) => {
    let byWidth = measuredBlocks.get(e)
    if (!byWidth) measuredBlocks.set(e, (byWidth = new Map()))
    let block = byWidth.get(maxWidth)
    if (!block) byWidth.set(maxWidth, (block = measure(e, maxWidth)))
    return block
  }
}

function itemBlock(e: Entry, model: TimelineModel, maxWidth: number): LabelBlock & { barWidth: number } {
  const block = labelBlock(
    [
      { text: e.event.label, type: 'name' },
      { text: e.date, type: 'small' },
    ],
    maxWidth,
    BAR_ROW,
  )
  const bar = barWidth(e, model)
  const row = bar + 4 + (e.value ? textWidth(e.value, TYPE.small.size) : 0)
  return { ...block, width: Math.ceil(Math.max(block.width, row)), barWidth: bar }
}
