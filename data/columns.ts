import type { Cell, Dataset, Resource, Row, View } from './types.ts'
import type { Lang, PartialDate } from './vocabulary/index.ts'

/**
 * The resource called `name` in the dataset, if any (an optional one, such as a timeline's events).
 */
export function resourceNamed(dataset: Dataset, name: string): Resource | undefined {
  return dataset.resources.find((r) => r.name === name)
}

/** The resource a view reads; the schema guarantees it exists, so a miss is a bug and throws. */
export function viewResource(dataset: Dataset, view: View): Resource {
  const resource = resourceNamed(dataset, view.resource)
  if (!resource) throw new Error(`view ${view.widget} reads a missing resource ${view.resource}`)
  return resource
}

/**
 * Reads a view's columns from a row, whatever the dataset: a role (`label`, `value`, `date`)
 * names a column in `view.columns`; a localized column (`name`) is read as `name_<lang>`, falling
 * back to the dataset's first language (`name_de`) and then to a plain `name` column.
 */
export function columnOf(view: View, role: string): string | undefined {
  return Object.hasOwn(view.columns, role) ? view.columns[role] : undefined
}

/**
 * The cell of `column` in `lang` (`name` → `name_ru`), else in `fallback` (the dataset's first
 * language), else the plain column.
 */
export function localizedCell(row: Row, column: string, lang: Lang, fallback: Lang = 'en'): Cell | undefined {
  for (const key of [`${column}_${lang}`, `${column}_${fallback}`, column])
    if (Object.hasOwn(row, key) && row[key] !== null) return row[key]
  return undefined
}

/** A cell as display text (`''` for an empty one; a partial date as its EDTF text). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'object') return cell.value
  return String(cell)
}

/** A cell as a number, `undefined` when it is not one (the widget skips that row quietly). */
export function cellNumber(cell: Cell | undefined): number | undefined {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined
}

/** A cell as a partial date, `undefined` when it is not one. */
export function cellDate(cell: Cell | undefined): PartialDate | undefined {
  return cell !== null && typeof cell === 'object' ? cell : undefined
}

/**
 * The stable id of each row: its `id` column when the resource has one, else its 1-based line
 * number. `highlight` names rows by these ids.
 */
export function rowIds(resource: Resource): string[] {
  const hasId = resource.fields.some((f) => f.name === 'id')
  return resource.rows.map((row, i) => (hasId && typeof row.id === 'string' ? row.id : String(i + 1)))
}

/** The currency of a column of money as the descriptor declares it (`EUR`), if any. */
export function currencyOf(resource: Resource, column: string): string | undefined {
  return resource.fields.find((f) => f.name === column)?.currency
}

/** The unit of a column as the descriptor declares it (`km²`), if any. */
export function unitOf(resource: Resource, column: string): string | undefined {
  return resource.fields.find((f) => f.name === column)?.unit
}

/**
 * A column's header for readers in `lang` (its field's `i18n.<lang>.title`; for a localized
 * column such as `name`, that of any of its `name_<lang>` fields), if the descriptor gives one.
 */
export function columnTitle(resource: Resource, column: string, lang: Lang): string | undefined {
  for (const field of resource.fields)
    if ((field.name === column || field.localized?.base === column) && field.titles?.[lang]) return field.titles[lang]
  return undefined
}

/** Headers of a view's label, value and date columns in `lang`, where the descriptor gives them. */
export interface ColumnTitles {
  label?: string
  value?: string
  date?: string
}

/** The {@link ColumnTitles} of `columns` (role → column name) in `lang`. */
export function columnTitles(
  resource: Resource,
  columns: Partial<Record<keyof ColumnTitles, string>>,
  lang: Lang,
): ColumnTitles {
  const titles: ColumnTitles = {}
  for (const role of ['label', 'value', 'date'] as const) {
    const column = columns[role]
    const title = column === undefined ? undefined : columnTitle(resource, column, lang)
    if (title) titles[role] = title
  }
  return titles
}
