/**
 * The widgets the `/embed/:dataset/:widget` route can serve, by name.
 *
 * How to add a widget (the route needs no change):
 * 1. Make `widgets/<name>/` with `options.ts` (its `normalize…()` over `normalizeCommonOptions()`,
 *    throwing `OptionError`), the pure renderer (`(rows, options) -> JSX`), and `index.ts` exporting
 *    `defineWidget({ name, params, options, render })`: `params` lists every query parameter it
 *    reads (spread `COMMON_PARAMS`), `options()` validates them against the dataset and view,
 *    `render()` adapts the view's columns to typed rows and returns the page and the SVG, wearing
 *    the shared `Frame` (widgets/frame/) inside `widgetDocument()`.
 * 2. Add it to `WIDGETS` below.
 * 3. A dataset shows it when its descriptor has `views.<name>` (404 otherwise).
 */
import type { Dataset, View } from '../data/types.ts'

/** What the route hands every widget besides the data and the options. */
export interface RenderContext {
  /** Absolute URL of the CSV of the view's resource ("Get the data"), built from PUBLIC_ORIGIN. */
  dataUrl: string
  /** Same-origin URL of the (content-hashed) enhancement script; omitted, no script. */
  scriptUrl?: string
}

/** A widget rendered for one request; each output is built only when asked for. */
export interface RenderedWidget {
  /** The chart's title as plain text. */
  title: string
  /** The complete HTML page (`<!doctype html>…`). */
  page(): string
  /** The standalone SVG document (`<svg xmlns=…>`), with its own styles. */
  svg(): string
}

/** A widget as the route sees it. `O` is its normalized options type. */
export interface WidgetDefinition<O> {
  /** Path segment (`bar` in `/embed/:dataset/bar`) and key of `dataset.views`. */
  name: string
  /** Every query parameter it reads; others are ignored so they cannot change the output. */
  params: readonly string[]
  /** Validates and fills the parameters; throws `OptionError` for a bad value. */
  options(params: Partial<Record<string, string>>, dataset: Dataset, view: View): O
  /** Renders; pure: no I/O, no clock, no randomness. */
  render(dataset: Dataset, view: View, options: O, context: RenderContext): RenderedWidget
}

/** Types a widget definition (an identity function that checks `options` against `render`). */
export function defineWidget<O>(definition: WidgetDefinition<O>): WidgetDefinition<O> {
  return definition
}

// Methods are bivariant in their parameters, so every WidgetDefinition<O> fits WidgetDefinition<unknown>.
const WIDGETS = new Map<string, WidgetDefinition<unknown>>([])

/** Names of every widget, in registry order. */
export const WIDGET_NAMES: readonly string[] = [...WIDGETS.keys()]

/** The widget called `name`; a Map lookup, so `constructor` or `__proto__` find nothing. */
export function findWidget(name: string): WidgetDefinition<unknown> | undefined {
  return WIDGETS.get(name)
}
