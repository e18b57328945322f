import {
  cellDate,
  cellNumber,
  cellText,
  columnOf,
  columnTitles,
  currencyOf,
  localizedCell,
  resourceNamed,
  rowIds,
  unitOf,
  viewResource,
} from '../../data/columns.ts'
import type { Dataset, Field, Resource, Row, View } from '../../data/types.ts'
import type { Lang } from '../../data/vocabulary/index.ts'
import { adaptedOnce } from '../shared/adapted-once.ts'
import type { TimelineData, TimelineEvent } from './types.ts'

/** Ids of the view's rows, which `highlight` may name. */
export function timelineIds(dataset: Dataset, view: View): string[] {
  return rowIds(viewResource(dataset, view))
}

/**
 * Adapts a dataset to timeline events through the view's columns: `label` (a localized base
 * name, `name` → `name_<lang>`), `value` and `date` of the view's resource, and, if the view
 * names one (`events`), the rows of an events resource, read by convention: the first date
 * column (`date`), a localized `title` or `name`, an optional `kind`, and an optional shorter
 * name to draw (`short_title_<lang>`, read in the page's language only) and the name of the
 * source it cites (`source`). Rows without a date are
 * skipped quietly; the tests pin that.
 *
 * Adapted once per dataset, view and language, and kept while the dataset lives: a request reads
 * it twice (the options check `from`/`to` against it, the render draws it), and the Worker keeps
 * its datasets across requests. The result is shared, so it is frozen (the object, its lists and their events).
 */
export const timelineData: (dataset: Dataset, view: View, lang: Lang) => TimelineData = adaptedOnce(adapt, frozen)

function frozen(data: TimelineData): TimelineData {
  if (data.columns) Object.freeze(data.columns)
  for (const list of [data.items, data.context]) {
    for (const event of list) Object.freeze(event)
    Object.freeze(list)
  }
  return Object.freeze(data)
}

function adapt(dataset: Dataset, view: View, lang: Lang): TimelineData {
  const resource = viewResource(dataset, view)
  const label = columnOf(view, 'label') ?? 'id'
  const value = columnOf(view, 'value')
  const date = columnOf(view, 'date') ?? dateColumn(resource.fields)
  const within = columnOf(view, 'within')
  const first = dataset.languages?.[0] ?? 'en'
  const items = events(resource, [lang, first], 'item', {
    label,
    ...(value ? { value } : {}),
    ...(date ? { date } : {}),
    ...(within ? { within } : {}),
  })
  const eventsName = columnOf(view, 'events')
  const context = eventsName ? resourceNamed(dataset, eventsName) : undefined
  const contextLabel = context?.fields.find((f) => ['title', 'name', 'label'].includes(f.localized?.base ?? f.name))
  const contextDate = context ? dateColumn(context.fields) : undefined
  const unit = value ? unitOf(resource, value) : undefined
  const currency = value ? currencyOf(resource, value) : undefined
  return {
    items,
    context:
      context && contextDate
        ? events(context, [lang, first], 'context', {
            label: contextLabel?.localized?.base ?? contextLabel?.name ?? 'id',
            date: contextDate,
            category: 'kind',
            short: `short_${contextLabel?.localized?.base ?? contextLabel?.name ?? 'id'}_${lang}`,
            source: 'source',
          })
        : [],
    ...(unit ? { unit } : {}),
    ...(currency ? { currency } : {}),
    columns: columnTitles(resource, { label, ...(value ? { value } : {}), ...(date ? { date } : {}) }, lang),
    ...(dataset.words?.[lang] ? { words: dataset.words[lang] } : {}),
    ...(view.cumulative === false ? { cumulative: false as const } : {}),
  }
}

/** The first column holding dates: `date` if there is one, else the first EDTF or date field. */
function dateColumn(fields: readonly Field[]): string | undefined {
  const dated = fields.filter((f) => f.type === 'date' || f.format === 'edtf')
  return (dated.find((f) => f.name === 'date') ?? dated[0])?.name
}

function events(
  resource: Resource,
  /** The page's language and the dataset's first (a label missing in one language is read in it). */
  [lang, first]: [Lang, Lang],
  kind: TimelineEvent['kind'],
  columns: {
    label: string
    value?: string
    date?: string
    category?: string
    within?: string
    short?: string
    source?: string
  },
): TimelineEvent[] {
  const ids = rowIds(resource)
  const list: TimelineEvent[] = []
  resource.rows.forEach((row: Row, i) => {
    const date = columns.date ? cellDate(row[columns.date]) : undefined
    if (!date) return
    const value = columns.value ? cellNumber(row[columns.value]) : undefined
    const category = columns.category ? cellText(row[columns.category]) : ''
    const within = columns.within ? cellText(row[columns.within]) : ''
    // No fallback to another language: a short name in English would not do on a Russian chart.
    const short = columns.short ? cellText(row[columns.short]) : ''
    const source = columns.source ? cellText(row[columns.source]) : ''
    list.push({
      id: ids[i]!,
      label: cellText(localizedCell(row, columns.label, lang, first)) || ids[i]!,
      date,
      kind,
      ...(value !== undefined && kind === 'item' ? { value } : {}),
      ...(category ? { category } : {}),
      ...(within && kind === 'item' ? { within } : {}),
      ...(short ? { shortLabel: short } : {}),
      ...(source ? { source } : {}),
    })
  })
  return list
}
