/**
 * The widgets' own words a dataset may replace or add in its descriptor (`words.<lang>.<key>`),
 * each a plain text: the frame's chrome by its name, the timeline's under `timeline.`. Words that
 * take a number or a name (plural forms, sentences) stay in the catalogues. Listed here, below
 * `widgets/`, so the schema can validate the block; the catalogues' type checks every key exists.
 */
export const WORD_KEYS = [
  'source',
  'sources',
  'getTheData',
  'total',
  'name',
  'value',
  'date',
  'largest',
  'smallest',
  'newTab',
  'citeThisChart',
  'citationFile',
  'newerVersion',
  'timeline.exactDay',
  'timeline.rangeOnly',
  'timeline.monthOnly',
  'timeline.yearOnly',
  'timeline.context',
  'timeline.andThen',
  'timeline.total',
  'timeline.chronology',
] as const
export type WordKey = (typeof WORD_KEYS)[number]

/** A dataset's replacements for the widgets' words, by language and key. */
export type WordOverrides = Partial<Record<WordKey, string>>
