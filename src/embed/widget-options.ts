import type { Dataset, View } from '../../data/types.ts'
import { type CommonOptions, IMAGE_PARAMS, type WidgetDefinition } from '../../widgets/registry.ts'
import { readParams } from '../lib/query.ts'

/** A widget's options as read from a query: what was given, and what it means once validated. */
export interface WidgetOptions {
  /** The widget's own parameters that were given a value, as given (empty ones left out). */
  given: Record<string, string>
  /** The validated, normalized options. */
  options: CommonOptions
}

/**
 * Reads a widget's options from a query string: the one path every route that takes widget options
 * goes through (the widget page and its images, oEmbed's `url`), so they refuse the same values.
 * Each parameter at most once and free of control and bidirectional characters (`readParams`), then
 * the widget's own `options()`. An image (`image: true`: `.svg`, `.png`) also reads `IMAGE_PARAMS`
 * (`width`), which every widget's options validate; a page ignores them, as it is as wide as its iframe.
 * @throws ProblemException 400 (repeated or poisoned parameter) or OptionError (bad value), naming it.
 */
export function readWidgetOptions(
  search: URLSearchParams,
  widget: WidgetDefinition<CommonOptions>,
  dataset: Dataset,
  view: View,
  { image = false }: { image?: boolean } = {},
): WidgetOptions {
  const params = readParams(search, image ? [...widget.params, ...IMAGE_PARAMS] : widget.params)
  const options = widget.options(params, dataset, view)
  const given: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) if (value) given[name] = value
  return { given, options }
}
