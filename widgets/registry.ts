/**
 * The widgets the `/embed/:dataset/:widget` route can serve, by name.
 *
 * How to add a widget (the route needs no change):
 * 1. Make `widgets/<name>/` with `options.ts` (its `normalize…()` over `normalizeCommonOptions()`,
 *    throwing `OptionError`), the pure renderer (`(rows, options) -> markup`), and `index.ts` exporting
 *    `defineWidget({ name, params, options, render })`: `params` lists every query parameter it
 *    reads (spread `COMMON_PARAMS`), `options()` validates them against the dataset and view,
 *    `render()` adapts the view's columns to typed rows and returns the page and the SVG, wearing
 *    the shared `chartFrame()` (widgets/frame/) inside `widgetDocument()`; markup is written as
 *    escaped strings (widgets/shared/markup.ts says why and how).
 * 2. Add it to `WIDGETS` below.
 * 3. A dataset shows it when its descriptor has `views.<name>` (404 otherwise).
 */
import { bar } from './bar-chart/index.ts'
import { timeline } from './timeline/index.ts'
import type { CommonOptions } from './shared/common-options.ts'
import type { WidgetDefinition } from './widget-definition.ts'

export { defineWidget } from './widget-definition.ts'
export type { RenderContext, RenderedWidget, WidgetDefinition } from './widget-definition.ts'

// Methods are bivariant in their parameters, so every WidgetDefinition<O> fits WidgetDefinition<CommonOptions>.
const WIDGETS = new Map<string, WidgetDefinition<CommonOptions>>([
  [bar.name, bar],
  [timeline.name, timeline],
])

/** Names of every widget, in registry order. */
export const WIDGET_NAMES: readonly string[] = [...WIDGETS.keys()]

/** The widget called `name`; a Map lookup, so `constructor` or `__proto__` find nothing. */
export function findWidget(name: string): WidgetDefinition<CommonOptions> | undefined {
  return WIDGETS.get(name)
}

// What src/ needs from widgets besides the registry: src/ imports widgets only through this file.
export type { CommonOptions } from './shared/common-options.ts'
export { ENHANCE_SCRIPT } from './frame/enhance-script.ts'
export { FRAME_CSS } from './frame/css.ts'
export { widgetDocument } from './frame/widget-document.ts'
