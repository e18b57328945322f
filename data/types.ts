/**
 * The typed shape of a factbox dataset: a Frictionless Data Package that passed `validatePackage()`.
 * Widgets and routes read only these types, never the raw descriptor.
 */
import type { Lang, LocalizedText, PartialDate } from './vocabulary/index.ts'

/** A cell after typing: strings, numbers, partial dates; `null` for an empty optional cell. */
export type Cell = string | number | PartialDate | null
export type Row = Record<string, Cell>

/** One column of a resource, as declared in the descriptor's table schema. */
export interface Field {
  name: string
  type: 'string' | 'number' | 'integer' | 'date'
  title?: string
  description?: string
  unit?: string
  /** `edtf` for strings holding partial dates (rdfType http://id.loc.gov/datatypes/edtf). */
  format?: 'edtf'
  /** For localized columns (`name_az`): the base name (`name`) and the language (`az`). */
  localized?: { base: string; lang: Lang }
  required: boolean
}

/** A cited source, as in the descriptor (`name` lets rows refer to it). */
export interface Source {
  name?: string
  title: string
  path?: string
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
  notes?: string
}

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
}

export interface Dataset {
  id: string
  title: LocalizedText
  description: LocalizedText
  languages: Lang[]
  /** ISO date (yyyy-mm-dd) the data was last updated. */
  updated: string
  created?: string
  licenses: { name?: string; title?: string; path?: string }[]
  sources: Source[]
  views: Record<string, View>
  resources: Resource[]
  /** Content version: a short hash of the descriptor and every CSV, hex. */
  version: string
  /** The descriptor as committed (for the API). */
  descriptor: Record<string, unknown>
}
