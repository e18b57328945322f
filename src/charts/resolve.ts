import type { Context } from 'hono'
import { findWidget, IMAGE_PARAMS } from '../../widgets/registry.ts'
import { ID_PATTERN } from '../embed/embed-url.ts'
import { readWidgetOptions } from '../embed/widget-options.ts'
import type { AppEnv } from '../env.ts'
import { notFound, ProblemException } from '../lib/problem.ts'
import { withoutImageParams } from './params.ts'
import type { ChartRequest } from './request.ts'

/** What a publish request names, resolved and validated: the chart to freeze. */
export type ResolvedChart = Awaited<ReturnType<typeof resolveChart>>

/**
 * The dataset (its exact version), the widget, the view, and the options read by the same
 * `readWidgetOptions()` as the embed route: `image` for the SVG and PNG, `page` without the image
 * parameters. A 404 for an unknown dataset or version, a 422 naming the field for an unknown
 * widget or option, a 400 naming the parameter for a bad option value.
 */
export async function resolveChart(c: Context<AppEnv>, request: ChartRequest) {
  const dataset = await c.var.catalog.get(request.dataset, request.version)
  if (!dataset)
    throw notFound(request.version ? 'This dataset has no such version.' : 'There is no dataset with this id.')
  const views = Object.keys(dataset.views)
  const widget = ID_PATTERN.test(request.widget) ? findWidget(request.widget) : undefined
  const view = widget && Object.hasOwn(dataset.views, request.widget) ? dataset.views[request.widget] : undefined
  if (!widget || !view)
    throw new ProblemException(422, {
      title: 'Invalid body',
      detail: `widget: this dataset has no such widget (it has: ${views.join(', ')}).`,
      parameter: 'widget',
      allowed: views,
    })
  // Stricter than a query string, whose unknown parameters are ignored: a misspelt option in a body
  // would freeze a chart without it, forever.
  const known: readonly string[] = [...widget.params, ...IMAGE_PARAMS]
  for (const name of Object.keys(request.options))
    if (!known.includes(name))
      throw new ProblemException(422, {
        title: 'Invalid body',
        detail: `options: ${widget.name} has no parameter "${name.slice(0, 40)}".`,
        parameter: 'options',
        allowed: known,
      })
  const image = readWidgetOptions(new URLSearchParams(request.options), widget, dataset, view, { image: true })
  const page = readWidgetOptions(new URLSearchParams(withoutImageParams(image.given)), widget, dataset, view)
  return { dataset, widget, view, image, page }
}
