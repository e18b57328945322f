import { azOrdinal, formatPartialDate, parseEdtf } from '../../data/vocabulary/index.ts'
import { type TimelineModel, totalAt } from './model.ts'

/**
 * The timeline in words, for screen readers and the standalone image's `<desc>`: how many
 * entries, from when to when, each in order with its date and value, the running total, the
 * context events, and the years the axis leaves out.
 */
export function describeTimeline(model: TimelineModel, context: boolean, cumulative: boolean): string {
  const t = model.messages.timeline
  const { items } = model
  if (items.length === 0) return ''
  const first = items[0]!
  const last = items.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.start > a.start) ? b : a))
  const sentences = [t.summary(items.length, first.date, last.date)]
  sentences.push(
    `${items
      .map((e) => {
        const total = cumulative && e.total !== undefined ? t.totalAfter(model.format(e.total)) : undefined
        return `${e.event.label} (${[e.date, e.value, total].filter(Boolean).join(', ')})`
      })
      .join(`; ${t.andThen} `)}.`,
  )
  if (model.steps.length) sentences.push(t.runningTotal(model.format(model.total), last.date))
  const shown = context ? model.context : []
  if (shown.length) sentences.push(t.contextCount(shown.length))
  const skipped = skippedYears(model, shown.length > 0)
  if (skipped) sentences.push(t.skipped(skipped))
  return sentences.join(' ')
}

/**
 * "1995–2015" ("1995–2015 гг.", "1995–2015-ci illər") for the years an axis break leaves out, or '' when the axis is unbroken: over the
 * items, and the context events too when `context`.
 */
export function skippedYears(model: TimelineModel, context: boolean): string {
  return skippedYearList(model, context).join(', ')
}

/** The years each axis break leaves out, in order, written as {@link skippedYears} writes them. */
export function skippedYearList(model: TimelineModel, context: boolean): string[] {
  if (model.items.length === 0 && (!context || model.context.length === 0)) return []
  const segments = model.segments(context)
  return segments.slice(1).map((s, i) => {
    const a = new Date(segments[i]!.end).getUTCFullYear()
    const b = new Date(s.start).getUTCFullYear() - 1
    const years = a === b ? String(a) : `${a}\u2013${b}`
    if (model.lang === 'ru') return `${years}\u00a0${a === b ? 'г.' : 'гг.'}`
    // "1995–2015-ci illər": the suffix follows the last year, by vowel harmony.
    if (model.lang === 'az') return `${a === b ? '' : `${a}\u2013`}${azOrdinal(b)}\u00a0${a === b ? 'il' : 'illər'}`
    return years
  })
}

/** Rows of the chronological table: date, entry, value, running total. */
export function chronologyRows(model: TimelineModel, context: boolean): string[][] {
  const entries = model.chronology(context)
  return entries.map((e) => {
    const value = e.event.value === undefined ? '' : model.values.cell(e.event.value)
    if (!model.cumulative) return [e.date, e.event.label, e.event.kind === 'context' ? '' : value]
    if (e.event.kind === 'context') return [e.date, e.event.label, '', '']
    const total = model.format(e.total ?? totalAt(model.steps, e.countedAt).total)
    return [e.date, e.event.label, value, total]
  })
}

/**
 * Column headers of the chronological table: the dataset's where it gives them, except that the
 * name column keeps the generic word when context events share it (they are not territories).
 */
export function chronologyColumns(model: TimelineModel, context: boolean) {
  const c = model.messages.chrome
  const t = model.messages.timeline
  const { columns } = model
  const value = columns.value ?? c.value
  return [
    { label: columns.date ?? c.date },
    { label: (context && model.context.length ? undefined : columns.label) ?? c.name },
    { label: model.unit ? c.withUnit(value, model.unit) : value, numeric: true },
    ...(model.cumulative ? [{ label: t.total, numeric: true }] : []),
  ]
}

/**
 * The cumulative view's note: how the line counts each item dated only to a range (in full by the
 * range's last unit, `countedAt`), and that the total within the range is therefore uncertain.
 * Empty when no item is dated to a range.
 */
export function countedNote(model: TimelineModel): string {
  const t = model.messages.timeline
  return model.items
    .filter((e) => e.event.date.isRange && (e.added ?? 0) > 0)
    .map((e) => {
      const { value } = e.event.date
      const last = parseEdtf(value.slice(value.indexOf('/') + 1))
      if (typeof last === 'string') return ''
      const year = last.precision === 'year' ? { year: new Date(last.start).getUTCFullYear() } : {}
      return t.countedBy(e.event.label, e.date, { text: formatPartialDate(last, model.lang), ...year })
    })
    .filter(Boolean)
    .join(' ')
}
