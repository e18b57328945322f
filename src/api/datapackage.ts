import type { Dataset, Resource } from '../../data/types.ts'
import { formatPartialDate as labelDate } from '../../data/vocabulary/index.ts'
import { type Column, tableOf } from './table.ts'

type Descriptor = Record<string, unknown>

/** A day, or a UTC timestamp for a time of day, as the derived `_start` and `_end` columns write them. */
const DAY_OR_TIMESTAMP = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)?$'
const PRECISIONS = ['year', 'month', 'day', 'minute']

/**
 * The Data Package a Frictionless client loads through the API: the committed descriptor, each
 * resource's `path` being the CSV the API serves beside it (`territories.csv`, relative to this
 * descriptor's URL) and its schema declaring every column of that CSV, in order: the committed
 * fields as written, and after each date field the columns the API derives from it (`_start`,
 * `_end`, `_precision`, a label per language) with their types and constraints.
 *
 * The CSV keeps its derived columns rather than lose them for a Frictionless client: spreadsheet
 * users and developers get sortable, readable dates without an EDTF parser, and the descriptor
 * says what each derived column is, so both read one and the same file.
 */
export function dataPackage(dataset: Dataset): Descriptor {
  const committed = dataset.descriptor.resources as Descriptor[]
  return {
    ...dataset.descriptor,
    resources: dataset.resources.map((resource, i) => servedResource(resource, committed[i]!, dataset)),
  }
}

function servedResource(resource: Resource, committed: Descriptor, dataset: Dataset): Descriptor {
  const schema = committed.schema as Descriptor
  const fields = new Map((schema.fields as Descriptor[]).map((f) => [f.name as string, f]))
  const { columns } = tableOf(resource, { languages: dataset.languages, labelDate })
  return {
    ...committed,
    path: `${resource.name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      ...schema,
      fields: columns.map((column) => (column.from ? derivedField(column, resource) : fields.get(column.name)!)),
    },
  }
}

/** A column the API derives from a date field, as a Table Schema field. */
function derivedField(column: Column, resource: Resource): Descriptor {
  const source = resource.fields.find((f) => f.name === column.from)!
  const field = (type: string, constraints: Descriptor = {}): Descriptor => {
    const all = { ...(source.required ? { required: true } : {}), ...constraints }
    return {
      name: column.name,
      type,
      ...(column.description ? { description: column.description } : {}),
      ...(Object.keys(all).length ? { constraints: all } : {}),
    }
  }
  const suffix = column.name.slice(source.name.length)
  if (suffix === '_start' || suffix === '_end') {
    // A day is a Table Schema date; a column that holds a time of day too can only be a string.
    const days = resource.rows.every((row) => {
      const cell = row[source.name]
      return cell === null || typeof cell !== 'object' || cell.precision !== 'minute'
    })
    return days ? field('date') : field('string', { pattern: DAY_OR_TIMESTAMP })
  }
  if (suffix === '_precision') return field('string', { enum: PRECISIONS })
  return field('string')
}
