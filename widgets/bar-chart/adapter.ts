import {
  type ColumnTitles,
  cellDate,
  cellNumber,
  cellText,
  columnOf,
  columnTitles,
  currencyOf,
  localizedCell,
  rowIds,
  unitOf,
  viewResource,
} from '../../data/columns.ts'
import type { Dataset, View } from '../../data/types.ts'
import type { Lang } from '../../data/vocabulary/index.ts'
import { adaptedOnce } from '../shared/adapted-once.ts'
import type { BarOptionsContext } from './options.ts'
import type { BarDatum } from './types.ts'

// The one file of the bar chart that reads a Dataset: the rest takes typed rows and options.

/** What the bar chart's options are checked against, from the dataset and the view. */
export function barOptionsContext(dataset: Dataset, view: View): BarOptionsContext {
  return {
    languages: dataset.languages,
    ids: rowIds(viewResource(dataset, view)),
    hasDate: columnOf(view, 'date') !== undefined,
  }
}

/** The bars of a view and what the adapter knows about them. */
export interface BarData {
  rows: readonly BarDatum[]
  /** Unit of the value column as the descriptor gives it (`km²`). */
  unit?: string
  /** ISO 4217 currency of the value column, when it holds money (`EUR`). */
  currency?: string
  /** Whether the view maps a date column. */
  hasDate: boolean
  /** Name of the subtotal of the rows that neither lie within another nor contain one (`views.bar.i18n.<lang>.subtotal`). */
  subtotal?: string
  /** Headers of the label, value and date columns in the page's language, from the descriptor. */
  columns: ColumnTitles
}

/**
 * Adapts a dataset to bars through the view's columns: `label` (a localized base name such as
 * `name`, read as `name_<lang>`), `value` (`area_km2`) and, if given, `date` and `within` (the id
 * of the row whose area contains this one's; any dataset may use it, such as a city in its region). Rows without a
 * finite value are skipped quietly, as d3 skips missing data; tests pin that. Negative values are kept (a
 * diverging chart draws them).
 * Adapted once per dataset, view and language: the Worker keeps its datasets across requests, and
 * the same rows let the renderer keep their words and layouts (see render.ts). The result is
 * shared, so it is frozen.
 */
export const barData: (dataset: Dataset, view: View, lang: Lang) => BarData = adaptedOnce(adapt, frozen)

function frozen(data: BarData): BarData {
  for (const row of data.rows) Object.freeze(row)
  Object.freeze(data.rows)
  return Object.freeze(data)
}

function adapt(dataset: Dataset, view: View, lang: Lang): BarData {
  const resource = viewResource(dataset, view)
  const label = columnOf(view, 'label') ?? 'id'
  const value = columnOf(view, 'value')
  const date = columnOf(view, 'date')
  const within = columnOf(view, 'within')
  const ids = rowIds(resource)
  const first = dataset.languages?.[0] ?? 'en'
  const rows: BarDatum[] = []
  resource.rows.forEach((row, i) => {
    const v = value === undefined ? undefined : cellNumber(row[value])
    if (v === undefined) return
    const d = date === undefined ? undefined : cellDate(row[date])
    const container = within === undefined ? '' : cellText(row[within])
    rows.push({
      id: ids[i]!,
      label: cellText(localizedCell(row, label, lang, first)) || ids[i]!,
      value: v,
      ...(d ? { date: d } : {}),
      ...(container ? { within: container } : {}),
    })
  })
  const unit = value === undefined ? undefined : unitOf(resource, value)
  const currency = value === undefined ? undefined : currencyOf(resource, value)
  const subtotal = view.text[lang]?.subtotal ?? view.text[first]?.subtotal
  const columns = columnTitles(resource, { label, ...(value ? { value } : {}), ...(date ? { date } : {}) }, lang)
  return {
    rows,
    ...(unit ? { unit } : {}),
    ...(currency ? { currency } : {}),
    hasDate: date !== undefined,
    ...(subtotal ? { subtotal } : {}),
    columns,
  }
}
