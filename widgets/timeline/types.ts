import type { PartialDate, WordOverrides } from '../../data/vocabulary/index.ts'

/**
 * One dated entry of a timeline, already in the reader's language. Rows of the view's resource
 * (territories) are `item`s and carry a measure; rows of the dataset's events resource are
 * `context` and do not.
 */
export interface TimelineEvent {
  /** Stable id of the row (`fizuli`), for `highlight` and element ids. */
  id: string
  /** What happened or what was taken, in the reader's language. */
  label: string
  /**
   * A shorter name drawn on the chart in place of a long `label` (a context event's
   * `short_title_<lang>`); the full label stays in the tooltip, the table and the description.
   */
  shortLabel?: string
  /** When, at the precision the source gives. */
  date: PartialDate
  kind: 'item' | 'context'
  /** The measure of an item (km²); never set on context events. */
  value?: number
  /** Id of the item whose area contains this one (Shusha within Nagorno-Karabakh): sums count it once. */
  within?: string
  /** Free category of a context event (`resolution`, `ceasefire`...), used as a CSS class. */
  category?: string
  /** Name of the source the row cites (its `source` column), so the frame cites only what is shown. */
  source?: string
}

/** Everything the timeline draws: items with a measure, context events, and the measure's unit. */
export interface TimelineData {
  items: TimelineEvent[]
  context: TimelineEvent[]
  /** Unit of `value` as the dataset declares it (`km²`), shown after numbers. */
  unit?: string
  /** ISO 4217 currency of `value` when it is money (`EUR`). */
  currency?: string
  /** Headers of the label, value and date columns in the reader's language, from the descriptor. */
  columns?: { label?: string; value?: string; date?: string }
  /** The dataset's own words for the widgets in this language (`words.<lang>` in its descriptor). */
  words?: WordOverrides
  /** `false` where the values make no meaningful running total (`views.timeline.cumulative`): none is shown. */
  cumulative?: false
}
