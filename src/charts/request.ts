import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { ProblemException } from '../lib/problem.ts'
import { readJsonBody } from '../lib/publisher.ts'

/** The largest body of `POST /api/v1/charts`: a request names a dataset and a few options. */
export const MAX_CHART_BODY = 16 * 1024
const VERSION = /^[0-9a-f]{12}$/
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** What a publish asks for: a dataset, maybe its exact version, a widget and its options as query values. */
export interface ChartRequest {
  dataset: string
  version?: string
  widget: string
  /** The widget's parameters as they would be in the embed's query string. */
  options: Record<string, string>
}

/**
 * The body of `POST /api/v1/charts`, checked for type (415), size (413), JSON (400) and shape (422,
 * naming the field); the options' values are checked later by the widget, as in the embed route.
 */
export async function readChartBody(c: Context<AppEnv>): Promise<ChartRequest> {
  const value = await readJsonBody(c, MAX_CHART_BODY)
  const invalid = (field: string, detail: string) =>
    new ProblemException(422, { title: 'Invalid body', detail: `${field}: ${detail}`, parameter: field })
  if (!isObject(value)) throw invalid('body', 'must be an object with dataset, widget and options')
  const { dataset, version, widget, options = {} } = value
  if (typeof dataset !== 'string' || !SEGMENT.test(dataset))
    throw invalid('dataset', 'must be a dataset id: lowercase words joined by hyphens')
  if (version !== undefined && (typeof version !== 'string' || !VERSION.test(version)))
    throw invalid('version', 'must be a dataset version: 12 hexadecimal digits, as the versions list gives it')
  if (typeof widget !== 'string' || !SEGMENT.test(widget))
    throw invalid('widget', 'must be a widget name: lowercase words joined by hyphens')
  if (!isObject(options)) throw invalid('options', "must map the widget's parameters to their values")
  for (const [name, option] of Object.entries(options))
    if (typeof option !== 'string' || option.length > 1000)
      throw invalid(`options.${name.slice(0, 40)}`, 'must be text of at most 1000 characters, as in the query string')
  return {
    dataset,
    ...(version === undefined ? {} : { version }),
    widget,
    options: options as Record<string, string>,
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
