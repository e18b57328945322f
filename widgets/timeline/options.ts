import { keyword, type Lang, OptionError, type PartialDate, parseEdtf } from '../../data/vocabulary/index.ts'
import { COMMON_PARAMS, type CommonOptions, type ImageParam, normalizeCommonOptions } from '../shared/common-options.ts'

/** Values of `view`. */
export const VIEWS = ['events', 'cumulative'] as const
/** Values of `events`. */
export const EVENTS = ['context', 'none'] as const

/** Query parameters of the timeline. */
export const TIMELINE_PARAMS = [...COMMON_PARAMS, 'view', 'events', 'from', 'to'] as const
/** A query parameter the timeline reads. */
export type TimelineParam = (typeof TIMELINE_PARAMS)[number]

/** Options of the timeline, after validation. */
export interface TimelineOptions extends CommonOptions {
  /**
   * `events`: each entry at its date, with its area; `cumulative`: the running total as a step chart.
   * @default 'events'
   */
  view: (typeof VIEWS)[number]
  /**
   * `context` shows the dataset's context events (UN resolutions, ceasefires); `none` hides them.
   * @default 'context'
   */
  events: (typeof EVENTS)[number]
  /** Only what overlaps this date or later (`from=1992`, `from=1993-04`), at its precision. */
  from?: PartialDate
  /** Only what overlaps this date or earlier (`to=1994`). */
  to?: PartialDate
}

/** What the timeline's options are checked against. */
export interface TimelineOptionsContext {
  languages: readonly Lang[]
  /** Ids of the items (`highlight` names them). */
  ids: readonly string[]
  /**
   * Whether the values make a meaningful running total: `false` leaves `view` only `events`.
   * @default true
   */
  cumulative?: boolean
}

/**
 * Fills defaults and validates the timeline's options over the shared ones; a bad value throws an
 * `OptionError` naming the parameter (and the allowed values where they can be listed).
 * @example normalizeTimelineOptions({ view: 'cumulative' }, { languages: ['en'], ids: [] }).view // 'cumulative'
 */
export function normalizeTimelineOptions(
  params: Partial<Record<TimelineParam | ImageParam, string>>,
  context: TimelineOptionsContext,
): TimelineOptions {
  const from = bound('from', params.from)
  const to = bound('to', params.to)
  if (from && to && Date.parse(to.end) <= Date.parse(from.start))
    throw new OptionError('to', 'invalid to: it must not be earlier than from')
  return {
    ...normalizeCommonOptions(params, context),
    view: keyword('view', params.view, context.cumulative === false ? (['events'] as const) : VIEWS, 'events'),
    events: keyword('events', params.events, EVENTS, 'context'),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  }
}

/** A date bound: a year, month or day (`1993`, `1993-07`, `1993-07-23`), never a range or a time. */
function bound(option: 'from' | 'to', value: string | undefined): PartialDate | undefined {
  if (value === undefined || value === '') return undefined
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? parseEdtf(value) : undefined
  if (!date || typeof date === 'string')
    throw new OptionError(option, `invalid ${option}: expected a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD)`)
  return date
}
