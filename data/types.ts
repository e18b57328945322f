/**
 * The typed shape of a factbox dataset: a Frictionless Data Package that passed `validatePackage()`.
 * Widgets and routes read only these types, never the raw descriptor.
 */
import type { Lang, LocalizedText, PartialDate, WordOverrides } from './vocabulary/index.ts'

/** A cell after typing: strings, numbers, partial dates; `null` for an empty optional cell. */
export type Cell = string | number | PartialDate | null
export type Row = Record<string, Cell>

/** One column of a resource, as declared in the descriptor's table schema. */
export interface Field {
  name: string
  type: 'string' | 'number' | 'integer' | 'date'
  title?: string
  description?: string
  /**
   * What one value of a number column measures (`km²`, or an `Intl` unit such as `kilometer`); with
   * neither this nor {@link currency}, the values are plain counts.
   */
  unit?: string
  /** The ISO 4217 currency of a number column that holds money (`EUR`); never together with `unit`. */
  currency?: string
  /** `edtf` for strings holding partial dates (rdfType http://id.loc.gov/datatypes/edtf). */
  format?: 'edtf'
  /** The column's header for readers in each language (`i18n.<lang>.title`): "Sahə", "Площадь". */
  titles?: Partial<Record<Lang, string>>
  /** The column's description in each language (`i18n.<lang>.description`), for the API. */
  descriptions?: Partial<Record<Lang, string>>
  /** For localized columns (`name_az`): the base name (`name`) and the language (`az`). */
  localized?: { base: string; lang: Lang }
  required: boolean
}

/** A cited source, as in the descriptor (`name` lets rows refer to it). */
export interface Source {
  name?: string
  /** The citation in the language of the descriptor's own texts (`Dataset.textLang`). */
  title: string
  path?: string
  /** The citation in the dataset's other languages (`i18n.<lang>.title`). */
  i18n?: Partial<Record<Lang, { title: string }>>
}

export interface Resource {
  name: string
  title?: string
  description?: string
  /** The file name in the package (`territories.csv`). */
  path: string
  sources: Source[]
  fields: Field[]
  rows: Row[]
}

/** Words of the chart frame for one widget of a dataset (from `views.<widget>.i18n`). */
export interface ViewText {
  title?: string
  subtitle?: string
  /** The subtitle when the rows are shown in date order (`sort=date`): it says so. */
  subtitleByDate?: string
  /** The subtitle of a running total (a timeline's `view=cumulative`): it says what the line adds up. */
  subtitleCumulative?: string
  /** The notes as one paragraph; a view whose notes are a list ({@link ViewNote}) has them in `View.notes`. */
  notes?: string
  /**
   * Name of the sum of the rows that neither lie within another row nor contain one (the seven
   * districts around Nagorno-Karabakh), for a chart that shows that subtotal.
   */
  subtotal?: string
}

/** The keys of {@link ViewText}, in the order the schema reads them. */
export const VIEW_TEXT_KEYS = [
  'title',
  'subtitle',
  'subtitleByDate',
  'subtitleCumulative',
  'notes',
  'subtotal',
] as const

/**
 * How a widget reads a dataset: which resource and which columns (base names of localized
 * columns, like `name` for `name_en`/`name_az`/`name_ru`).
 */
export interface View {
  widget: string
  resource: string
  /** Column mapping (`label`, `value`, `date`, `events`...), as the descriptor gives it. */
  columns: Record<string, string>
  text: Partial<Record<Lang, ViewText>>
  /**
   * The notes as a list (`views.<widget>.notes`), when the descriptor gives them so: the frame shows
   * those about a row shown, in one paragraph. Otherwise the notes are `text.<lang>.notes`.
   */
  notes?: ViewNote[]
  /**
   * `false` (`views.timeline.cumulative` in the descriptor): the view's values have no meaningful
   * running total (strikers of separate strikes), so the timeline offers no cumulative view.
   */
  cumulative?: false
}

/**
 * One note under a chart, in every language of the dataset. With `about`, it concerns only those
 * rows (ids of the view's resource or of a resource the view names): it is shown when at least
 * one of them is ("Nagorno-Karabakh is dated by the source only as 1988–1992" goes with that row).
 */
export interface ViewNote {
  text: LocalizedText
  about?: string[]
}

export interface Dataset {
  id: string
  title: LocalizedText
  description: LocalizedText
  languages: Lang[]
  /**
   * The language of the descriptor's own texts (its `title`, a source's `title`, a note's `text`):
   * the one its `i18n` does not give, else its first. `i18n.<lang>` holds the others.
   */
  textLang: Lang
  /** ISO date (yyyy-mm-dd) our copy of the data was compiled (the API shows it; charts do not). */
  updated: string
  /**
   * When the figures are as of: the date their source published them, at its precision (a year,
   * a month or a day; `2016-04`). Charts show it so a reader does not take old figures for today's.
   */
  asOf?: PartialDate
  /** A short, cited note on what changed after `asOf`, in every language; charts show it unless `context=none`. */
  context?: { text: LocalizedText; sources: Source[] }
  /** When our descriptor was created: an RFC 3339 date-time (`2026-11-28T18:46:31Z`). */
  created?: string
  licenses: { name?: string; title?: string; path?: string }[]
  sources: Source[]
  views: Record<string, View>
  /** The dataset's own words for the widgets' chrome, by language (`words.de.getTheData`): they replace the catalogue's. */
  words?: Partial<Record<Lang, WordOverrides>>
  resources: Resource[]
  /** Content version: a short hash of the descriptor and every CSV, hex. */
  version: string
  /** The descriptor as committed (for the API). */
  descriptor: Record<string, unknown>
}
