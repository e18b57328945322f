import { formatNumber, formatPartialDate, type Lang } from '../../data/vocabulary/index.ts'
import { localizeUnit } from '../shared/chrome-text.ts'
import { type CumulativePoint, countsFrom, cumulativeSteps, ownShares } from './cumulative.ts'
import { type TimeSegment, timeSegments } from './time-segments.ts'
import type { TimelineData, TimelineEvent } from './types.ts'

/** A timeline event with everything the layouts and the accessible text need, in one language. */
export interface Entry {
  event: TimelineEvent
  /** First instant covered, ms. */
  start: number
  /** Last instant covered (exclusive), ms; equal to `start` for a point in time. */
  end: number
  /** Dated only to a stretch (a year, a month, a range): drawn as a hatched span, not a point. */
  span: boolean
  date: string
  /** "1,390 km²". */
  value?: string
  /** Cumulative view: "+1,390 → 12,123 km²" (the total as a range while it is uncertain). */
  running?: string
  /** Everything about the entry in one sentence, for `aria-label` and tooltips. */
  description: string
  muted: boolean
}

/** What the layouts draw: entries in chronological order and the running total. */
export interface TimelineModel {
  lang: Lang
  items: Entry[]
  context: Entry[]
  steps: CumulativePoint[]
  /** Largest item value (bars are scaled to it). */
  maxValue: number
  total: number
  unit: string
  /** Headers of the label, value and date columns in the reader's language, where the dataset gives them. */
  columns: NonNullable<TimelineData['columns']>
  format(value: number): string
  /**
   * The time axis's segments over the items, and over the context events too when `context`:
   * computed on the first call and kept, since the key, the description and both drawings of a
   * page all need them. Throws as `timeSegments` does when there is nothing to place.
   */
  segments(context: boolean): TimeSegment[]
  /**
   * The items, and the context events too when `context`, in chronological order: computed on
   * the first call and kept (the vertical drawing and the chronology table both list them).
   */
  chronology(context: boolean): Entry[]
}

/** Chronological order: by start, then by end, then as given (`Array.prototype.sort` is stable). */
export const chronological = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.start - b.start || a.end - b.end

/** What an entry says about its event, the same in every model of one language and unit. */
type DatedEntry = Omit<Entry, 'muted' | 'running'>

/**
 * Dated entries by event, then by language and unit (`en\0km²`). Parsing and formatting the dates
 * was most of the cost of a model, and it is the same on every request: the adapter's events
 * live, frozen, as long as their dataset. Events are taken as immutable, as the adapter's are.
 */
const datedEntries = new WeakMap<TimelineEvent, Map<string, DatedEntry>>()

/** Parses and words one event: its instants, its date and value in `lang`, its description. */
function datedEntry(event: TimelineEvent, lang: Lang, format: (value: number) => string): DatedEntry {
  const start = Date.parse(event.date.start)
  const exact = countsFrom(event.date, start)
  // A span's lower bound is its end.
  const span = exact.lower !== exact.upper
  const date = formatPartialDate(event.date, lang)
  const value = event.value === undefined ? undefined : format(event.value)
  return {
    event,
    start,
    end: span ? exact.lower : start,
    span,
    date,
    ...(value ? { value } : {}),
    description: [event.label, date, value].filter(Boolean).join(', '),
  }
}

/**
 * Prepares events for drawing in `lang`: formats dates and values, sorts chronologically, and
 * computes the running total. `highlight` (ids) mutes the items it does not name. The total runs
 * over `counted` (every item, when a date range shows only some of them).
 */
export function timelineModel(
  data: TimelineData,
  lang: Lang,
  highlight: readonly string[],
  counted: readonly TimelineEvent[] = data.items,
): TimelineModel {
  const unit = data.unit ? localizeUnit(data.unit, lang) : ''
  const format = (value: number) => `${formatNumber(value, lang)}${unit ? `\u00a0${unit}` : ''}`
  const steps = cumulativeSteps(counted)
  const key = `${lang}\u0000${unit}`
  const entry = (event: TimelineEvent): Entry => {
    let byKey = datedEntries.get(event)
    if (!byKey) datedEntries.set(event, (byKey = new Map()))
    let words = byKey.get(key)
    if (!words) byKey.set(key, (words = datedEntry(event, lang, format)))
    return { ...words, muted: event.kind === 'item' && highlight.length > 0 && !highlight.includes(event.id) }
  }
  const items = data.items.map(entry).sort(chronological)
  // What each item adds to the total: an item containing another adds only the rest of its area.
  const valued = items.filter((e) => e.event.value !== undefined)
  const shares = ownShares(
    valued.map((e) => ({
      id: e.event.id,
      value: e.event.value!,
      ...(e.event.within ? { within: e.event.within } : {}),
    })),
  )
  const adds = new Map(valued.map((e, i) => [e, shares[i]!]))
  // Items of the same instant add up in date order: Fizuli's total excludes Jabrayil's area.
  const later = new Map<number, number>()
  for (const item of [...items].reverse()) {
    const value = adds.get(item)
    if (value === undefined) continue
    const at = totalAt(steps, item.start)
    const after = later.get(item.start) ?? 0
    later.set(item.start, after + (item.span ? 0 : value))
    const [lower, upper] = [at.lower - after, at.upper - after]
    // While a range-dated item may or may not have happened yet, the total is a range too; the
    // range-dated item itself adds its value at a moment nobody knows, so it shows no total.
    const total = lower === upper ? format(upper) : `${formatNumber(lower, lang)}\u2013${format(upper)}`
    item.running = item.span ? `+${format(value)}` : `+${formatNumber(value, lang)} → ${total}`
  }
  const last = steps[steps.length - 1]
  const context = data.context.map(entry).sort(chronological)
  const segments: { items?: TimeSegment[]; all?: TimeSegment[] } = {}
  let all: Entry[] | undefined
  const extents = (entries: readonly Entry[]) => entries.map((e) => [e.start, e.end] as const)
  return {
    lang,
    items,
    context,
    steps,
    maxValue: Math.max(0, ...items.map((d) => d.event.value ?? 0)),
    total: last?.upper ?? 0,
    unit,
    columns: data.columns ?? {},
    format,
    segments: (withContext) =>
      withContext
        ? (segments.all ??= timeSegments(extents([...items, ...context])))
        : (segments.items ??= timeSegments(extents(items))),
    chronology: (withContext) => (withContext ? (all ??= [...items, ...context].sort(chronological)) : items),
  }
}

/** The running total right after `time` (steps hold until the next one). */
export function totalAt(steps: readonly CumulativePoint[], time: number): CumulativePoint {
  let at: CumulativePoint = { time, lower: 0, upper: 0 }
  for (const step of steps) if (step.time <= time) at = step
  return at
}

/** The steps of the running total from `first` to `last` (ms), with the total held at both ends. */
export function stepPoints(model: TimelineModel, first: number, last: number): CumulativePoint[] {
  const inside = model.steps.filter((s) => s.time > first && s.time < last)
  return [{ ...totalAt(model.steps, first), time: first }, ...inside, { ...totalAt(model.steps, last), time: last }]
}

/** Keeps what overlaps [from, to]: a span counts if any part of it is inside. */
export function withinRange(data: TimelineData, from?: { start: string }, to?: { end: string }): TimelineData {
  if (!from && !to) return data
  const lo = from ? Date.parse(from.start) : -Infinity
  const hi = to ? Date.parse(to.end) : Infinity
  const keep = (e: TimelineEvent) => Date.parse(e.date.end) > lo && Date.parse(e.date.start) < hi
  return { ...data, items: data.items.filter(keep), context: data.context.filter(keep) }
}
