import type { Dataset, View } from '../../data/types.ts'
import { keyword, OptionError } from '../../data/vocabulary/index.ts'
import { type CommonOptions, findWidget, WIDGET_NAMES, type WidgetDefinition } from '../../widgets/registry.ts'
import { ID_PATTERN } from '../embed/embed-url.ts'
import { ProblemException } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'
import { type BuilderField, deriveFields } from './fields.ts'
import { canonicalParams } from './shared-with-browser.ts'

/** Widths of the preview, in CSS pixels, or the whole column. */
export const PREVIEW_WIDTHS = ['320', '480', '720', 'full'] as const
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number]

/** Pinned codes never change; latest codes follow the data as it is updated. */
export const DATA_VERSIONS = ['pinned', 'latest'] as const
export type DataVersion = (typeof DATA_VERSIONS)[number]

/**
 * The builder's own parameters; every other known parameter belongs to the widget. `q` and `after`
 * are the search and page of the list of datasets.
 */
export const BUILDER_PARAMS = ['dataset', 'widget', 'width', 'version', 'q', 'after'] as const

/** The longest search the list of datasets takes. */
const MAX_QUERY = 100

/** A widget that a dataset has a view for. */
export interface Chart {
  dataset: Dataset
  widget: WidgetDefinition<CommonOptions>
  view: View
}

/** What one builder request asks for, validated. */
export interface BuilderState {
  chart: Chart
  fields: readonly BuilderField[]
  /** The widget's parameters as submitted (lists joined by commas), for filling the form. */
  values: Record<string, string>
  /** The widget's parameters for its URLs: canonical, defaults left out. */
  params: Record<string, string>
  width: PreviewWidth
  version: DataVersion
  /** The search of the list of datasets, if any. */
  q?: string
  /** The list of datasets continues after this id. */
  after?: string
}

/** A parameter the builder could not use, and why (never repeating the value). */
export interface BuilderProblem {
  parameter: string
  message: string
}

/** Every widget each dataset has a view for, in catalog and registry order. */
export function chartsOf(datasets: readonly Dataset[]): Chart[] {
  return datasets.flatMap((dataset) =>
    WIDGET_NAMES.flatMap((name) => {
      const widget = findWidget(name)
      const view = Object.hasOwn(dataset.views, name) ? dataset.views[name] : undefined
      return widget && view ? [{ dataset, widget, view }] : []
    }),
  )
}

const fieldCache = new Map<string, BuilderField[]>()

/** The form fields of a chart, derived once per isolate and data version. */
export function fieldsOf({ dataset, widget, view }: Chart): BuilderField[] {
  const key = `${dataset.id}@${dataset.version}/${widget.name}`
  let fields = fieldCache.get(key)
  if (!fields) {
    fields = deriveFields(widget, dataset, view)
    if (fieldCache.size > 100) fieldCache.clear()
    fieldCache.set(key, fields)
  }
  return fields
}

/**
 * Reads the builder's form (`/?dataset=…&widget=…&lang=az`). A bad parameter is reported and left
 * out, and the rest is read again, so the page can show the form with every problem at once.
 * Validation is the widget's own `options()`: the builder accepts exactly what the widget route does.
 */
export function readBuilder(
  url: string,
  charts: readonly Chart[],
): { state: BuilderState; problems: BuilderProblem[] } {
  const search = new URL(url).searchParams
  const problems: BuilderProblem[] = []
  for (;;) {
    try {
      return { state: readState(search, charts), problems }
    } catch (error) {
      const problem = problemOf(error)
      if (!problem || !search.has(problem.parameter)) throw error
      problems.push(problem)
      search.delete(problem.parameter)
    }
  }
}

function readState(search: URLSearchParams, charts: readonly Chart[]): BuilderState {
  const own = readParams(`http://builder/?${search}`, BUILDER_PARAMS)
  const datasetIds = [...new Set(charts.map((c) => c.dataset.id))]
  // Not `keyword()`: the allowed values would be every dataset there is, thousands of them.
  if (own.dataset !== undefined && !datasetIds.includes(own.dataset))
    throw new OptionError('dataset', 'invalid dataset: no dataset with a chart has this id; find it in the list')
  const datasetId = own.dataset ?? datasetIds[0] ?? ''
  if (own.q !== undefined && own.q.length > MAX_QUERY)
    throw new OptionError('q', `invalid q: a search of at most ${MAX_QUERY} characters`)
  if (own.after !== undefined && !ID_PATTERN.test(own.after))
    throw new OptionError('after', 'invalid after: not a dataset id')
  const ofDataset = charts.filter((c) => c.dataset.id === datasetId)
  const widgetNames = ofDataset.map((c) => c.widget.name)
  const widgetName = keyword('widget', own.widget, widgetNames, widgetNames[0] ?? '')
  const chart = ofDataset.find((c) => c.widget.name === widgetName)
  if (!chart) throw new ProblemException(404, { title: 'Not found', detail: 'No dataset has a widget to build.' })
  const fields = fieldsOf(chart)
  const values = aliasesResolved(chart, fields, readWidgetValues(search, fields))
  chart.widget.options(values, chart.dataset, chart.view)
  return {
    chart,
    fields,
    values,
    params: canonicalParams(fields, values),
    width: keyword('width', own.width, PREVIEW_WIDTHS, 'full'),
    version: keyword('version', own.version, DATA_VERSIONS, 'pinned'),
    ...(own.q?.trim() ? { q: own.q.trim() } : {}),
    ...(own.after !== undefined ? { after: own.after } : {}),
  }
}

/**
 * The widget's parameters. A list comes from checkboxes (`highlight=a&highlight=b`) or from a
 * widget URL (`highlight=a,b`): both are joined, then checked by `readParams` like any value.
 */
function readWidgetValues(search: URLSearchParams, fields: readonly BuilderField[]): Record<string, string> {
  const joined = new URLSearchParams()
  for (const field of fields) {
    const all = search.getAll(field.name)
    if (all.length === 0) continue
    if (field.kind === 'list') joined.set(field.name, all.join(','))
    else for (const value of all) joined.append(field.name, value)
  }
  const values = readParams(
    `http://builder/?${joined}`,
    fields.map((f) => f.name),
  )
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

/**
 * A choice given by an alias the widget still accepts (`sort=-area` from an old embed code) becomes
 * the offered choice that means the same (`-value`), so its radio is checked and the codes use the
 * current name (or leave it out when it is the default).
 */
function aliasesResolved(chart: Chart, fields: readonly BuilderField[], values: Record<string, string>) {
  const { widget, dataset, view } = chart
  const meaning = (params: Record<string, string>) => JSON.stringify(widget.options(params, dataset, view))
  const out = { ...values }
  for (const field of fields) {
    const value = out[field.name]
    if (field.kind !== 'choice' || value === undefined || field.choices.includes(value)) continue
    let given: string
    try {
      given = meaning({ [field.name]: value })
    } catch {
      continue // not an alias but a bad value: options() reports it below
    }
    const same = field.choices.find((choice) => meaning({ [field.name]: choice }) === given)
    if (same !== undefined) out[field.name] = same
  }
  return out
}

function problemOf(error: unknown): BuilderProblem | undefined {
  if (error instanceof OptionError) return { parameter: error.option, message: error.message }
  if (error instanceof ProblemException && error.status === 400 && error.problem.parameter)
    return { parameter: error.problem.parameter, message: error.problem.detail }
  return undefined
}
