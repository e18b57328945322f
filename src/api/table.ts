import type { Field, Resource } from '../../data/types.ts'
import { compareText, type Lang, type PartialDate } from '../../data/vocabulary/index.ts'
import { messages } from '../../widgets/registry.ts'

/** A cell as the API writes it: JSON and CSV carry the same values. */
export type FlatCell = string | number | null
export type FlatRow = Record<string, FlatCell>

/** A column of the API's representation of a resource. */
export interface Column {
  name: string
  type: 'string' | 'number'
  title?: string
  description?: string
  unit?: string
  /** ISO 4217 code of a column of money. */
  currency?: string
  /** The source column it derives from, for derived date columns. */
  from?: string
}

export interface Table {
  columns: Column[]
  rows: FlatRow[]
}

/** A sort key: a column of the representation, ascending unless `descending`. */
export interface SortKey {
  column: string
  descending: boolean
}

/** Formats a partial date for people in a language ("8 May 1992", "1988–1992"). */
export type DateLabeler = (date: PartialDate, lang: Lang) => string

/** Options of `tableOf`. */
export interface TableOptions {
  /** Localized columns collapse to this language; without it, every language is kept (full form). */
  lang?: Lang
  /** The languages of the dataset, for the full form's date labels. */
  languages: readonly Lang[]
  sort?: SortKey
  labelDate: DateLabeler
}

/**
 * The API's flat representation of a resource. Partial dates keep their EDTF text and gain
 * `_start`, `_end` (inclusive, UTC) and `_precision` columns plus a label per language, so a
 * developer can sort, filter and print them without an EDTF parser.
 */
export function tableOf(resource: Resource, options: TableOptions): Table {
  const columns = columnsOf(resource.fields, options)
  const flat = resource.rows.map((source) => {
    const row: FlatRow = {}
    for (const field of resource.fields) {
      if (field.localized && options.lang) {
        if (field.localized.lang === options.lang) row[field.localized.base] = source[field.name] as FlatCell
        continue
      }
      const cell = source[field.name] ?? null
      if (cell !== null && typeof cell === 'object') Object.assign(row, dateCells(field.name, cell, options))
      else if (cell === null && field.format === 'edtf') Object.assign(row, emptyDateCells(field.name, options))
      else row[field.name] = cell as FlatCell
    }
    return row
  })
  return { columns, rows: sortedIndexes(resource, flat, options).map((i) => flat[i]!) }
}

/** Column names a `sort` may use, for validation and error messages. */
export function sortableColumns(resource: Resource, options: Pick<TableOptions, 'lang' | 'languages'>): string[] {
  return columnsOf(resource.fields, options).map((c) => c.name)
}

function columnsOf(fields: Field[], options: Pick<TableOptions, 'lang' | 'languages'>): Column[] {
  const columns: Column[] = []
  // The derived columns are described in the answer's language, else the dataset's first (as its
  // own titles are), from the widgets' catalogues (English for a language without one).
  const words = messages(options.lang ?? options.languages[0] ?? 'en').api
  for (const field of fields) {
    // With `lang`, the column's own title and description in that language where the descriptor gives them.
    const title = (options.lang && field.titles?.[options.lang]) || field.title
    const description = (options.lang && field.descriptions?.[options.lang]) || field.description
    const described = {
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(field.unit ? { unit: field.unit } : {}),
      ...(field.currency ? { currency: field.currency } : {}),
    }
    if (field.localized && options.lang) {
      if (field.localized.lang !== options.lang) continue
      columns.push({ name: field.localized.base, type: 'string', ...described, from: field.name })
    } else if (field.format === 'edtf' || field.type === 'date') {
      const name = field.name
      columns.push(
        { name, type: 'string', ...described },
        { name: `${name}_start`, type: 'string', from: name, description: words.dateStart(name) },
        { name: `${name}_end`, type: 'string', from: name, description: words.dateEnd(name) },
        { name: `${name}_precision`, type: 'string', from: name, description: words.datePrecision(name) },
        ...labelLangs(options).map((lang) => ({
          name: labelColumn(name, lang, options),
          type: 'string' as const,
          from: name,
          description: words.dateLabel(name, options.lang ? undefined : lang),
        })),
      )
    } else {
      columns.push({ name: field.name, type: field.type === 'string' ? 'string' : 'number', ...described })
    }
  }
  return columns
}

function labelLangs(options: Pick<TableOptions, 'lang' | 'languages'>): readonly Lang[] {
  return options.lang ? [options.lang] : options.languages
}

function labelColumn(name: string, lang: Lang, options: Pick<TableOptions, 'lang'>): string {
  return options.lang ? `${name}_label` : `${name}_label_${lang}`
}

function dateCells(name: string, date: PartialDate, options: TableOptions): FlatRow {
  const cells: FlatRow = {
    [name]: date.value,
    [`${name}_start`]: date.precision === 'minute' ? date.start : date.start.slice(0, 10),
    [`${name}_end`]:
      date.precision === 'minute' ? date.start : new Date(Date.parse(date.end) - 86_400_000).toISOString().slice(0, 10),
    [`${name}_precision`]: date.precision,
  }
  for (const lang of labelLangs(options)) cells[labelColumn(name, lang, options)] = options.labelDate(date, lang)
  return cells
}

function emptyDateCells(name: string, options: TableOptions): FlatRow {
  const cells: FlatRow = { [name]: null, [`${name}_start`]: null, [`${name}_end`]: null, [`${name}_precision`]: null }
  for (const lang of labelLangs(options)) cells[labelColumn(name, lang, options)] = null
  return cells
}

/**
 * Row order for the sort key: stable, nulls last. A date column sorts chronologically (by start,
 * then end); any other column, derived ones included (`date_end`, `date_precision`, a label), by
 * its own values: numbers by value, text by the language's collation.
 */
function sortedIndexes(resource: Resource, rows: FlatRow[], options: TableOptions): number[] {
  const indexes = rows.map((_, i) => i)
  if (!options.sort) return indexes
  const { column, descending } = options.sort
  const dateField = resource.fields.some((f) => f.name === column && (f.format === 'edtf' || f.type === 'date'))
  const collate = compareText(options.lang ?? 'en', { numeric: true })
  type Key = string | number | PartialDate
  const key = (i: number): Key | null =>
    dateField ? ((resource.rows[i]![column] ?? null) as PartialDate | null) : (rows[i]![column] ?? null)
  const compare = (a: Key, b: Key): number => {
    if (typeof a === 'number' && typeof b === 'number') return a - b
    if (typeof a === 'object' && typeof b === 'object')
      return a.start.localeCompare(b.start) || a.end.localeCompare(b.end)
    return collate(String(a), String(b))
  }
  return indexes.sort((i, j) => {
    const a = key(i)
    const b = key(j)
    if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1
    return (descending ? -compare(a, b) : compare(a, b)) || i - j
  })
}
