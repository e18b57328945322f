import { formatPartialDate, type Lang } from '../../data/vocabulary/index.ts'
import { type Catalogue, messages } from '../messages/index.ts'
import { type ValueFormat, valueFormat } from '../shared/value-format.ts'
import { type CumulativePoint, countedAt, runningTotal } from './cumulative.ts'
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
  /**
   * The running total right after this entry (items only), each area counted once: `total` in
   * numbers, what the entry `added` to it (0 for an area within one already counted), and
   * `running` in words: "11,834 km² (+1,390)", or "4,400 km²" when it added nothing (no arrow:
   * the PNG renderer's font has no U+2192).
   */
  total?: number
  added?: number
  running?: string
  /** When the entry counts toward the running total (ms): see `countedAt`. */
  countedAt: number
  /** Everything about the entry in one sentence, for `aria-label` and tooltips. */
  description: string
  muted: boolean
}

/** What the layouts draw: entries in chronological order and the running total. */
export interface TimelineModel {
  lang: Lang
  /** The widgets' words in `lang`, with the dataset's own on top (`words.<lang>` in its descriptor). */
  messages: Catalogue
  items: Entry[]
  context: Entry[]
  steps: CumulativePoint[]
  /**
   * Whether the values make a running total (`TimelineData.cumulative`); without one, `steps` is
   * empty, no entry has a `total`, and the list and the table show none.
   */
  cumulative: boolean
  /** Largest item value (bars are scaled to it). */
  maxValue: number
  total: number
  unit: string
  /** How the values are written: ticks, table cells (the unit or currency placed as the language does). */
  values: ValueFormat
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
   * the first call and kept (the phone list and the chronology table both list them).
   */
  chronology(context: boolean): Entry[]
}

/** Chronological order: by start, then by end, then as given (`Array.prototype.sort` is stable). */
export const chronological = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.start - b.start || a.end - b.end

/** What an entry says about its event, the same in every model of one language and unit. */
type DatedEntry = Omit<Entry, 'muted' | 'running' | 'total' | 'added'>

/**
 * Dated entries by event, then by language and unit (`en\0km²`). Parsing and formatting the dates
 * was most of the cost of a model, and it is the same on every request: the adapter's events
 * live, frozen, as long as their dataset. Events are taken as immutable, as the adapter's are.
 */
const datedEntries = new WeakMap<TimelineEvent, Map<string, DatedEntry>>()

/** Parses and words one event: its instants, its date and value in `lang`, its description. */
function datedEntry(event: TimelineEvent, lang: Lang, format: (value: number) => string): DatedEntry {
  const start = Date.parse(event.date.start)
  // A day or a minute is a point in time; a year, a month or a range is a stretch of uncertainty.
  const span = event.date.isRange || (event.date.precision !== 'day' && event.date.precision !== 'minute')
  const date = formatPartialDate(event.date, lang)
  const value = event.value === undefined ? undefined : format(event.value)
  return {
    event,
    start,
    end: span ? Date.parse(event.date.end) : start,
    span,
    countedAt: countedAt(event.date, start),
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
  const values = valueFormat(
    { ...(data.unit ? { unit: data.unit } : {}), ...(data.currency ? { currency: data.currency } : {}) },
    lang,
  )
  const unit = values.headerUnit
  const format = values.full
  const cumulative = data.cumulative !== false
  const { steps, after } = cumulative ? runningTotal(counted) : { steps: [], after: new Map() }
  const key = `${lang}\u0000${data.unit ?? ''}\u0000${data.currency ?? ''}`
  const entry = (event: TimelineEvent): Entry => {
    let byKey = datedEntries.get(event)
    if (!byKey) datedEntries.set(event, (byKey = new Map()))
    let words = byKey.get(key)
    if (!words) byKey.set(key, (words = datedEntry(event, lang, format)))
    return { ...words, muted: event.kind === 'item' && highlight.length > 0 && !highlight.includes(event.id) }
  }
  const items = data.items.map(entry).sort(chronological)
  for (const item of items) {
    const counted = after.get(item.event)
    if (!counted) continue
    const { total, added } = counted
    item.total = total
    item.added = added
    item.running = added > 0 ? `${format(total)} (+${values.cell(added)})` : format(total)
  }
  const last = steps[steps.length - 1]
  const context = data.context.map(entry).sort(chronological)
  const segments: { items?: TimeSegment[]; all?: TimeSegment[] } = {}
  let all: Entry[] | undefined
  const extents = (entries: readonly Entry[]) => entries.map((e) => [e.start, e.end] as const)
  return {
    lang,
    messages: messages(lang, data.words),
    items,
    context,
    steps,
    cumulative,
    maxValue: Math.max(0, ...items.map((d) => d.event.value ?? 0)),
    total: last?.total ?? 0,
    unit,
    values,
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
  let at: CumulativePoint = { time, total: 0 }
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
