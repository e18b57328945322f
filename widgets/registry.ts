/**
 * The widgets the `/embed/:dataset/:widget` route can serve, by name.
 *
 * How to add a widget (the route needs no change):
 * 1. Make `widgets/<name>/` as widgets/bar-chart/ is made: `options.ts` (its `normalize…()` over
 *    `normalizeCommonOptions()`, throwing `OptionError`), `adapter.ts` (the one file that reads a
 *    `Dataset`: typed rows, and the context `options()` checks against), the pure renderer in
 *    `render.ts` (`(rows, input) -> { page, svg, heightAt }`), and `index.ts` exporting
 *    `defineWidget({ name, params, options, render })`: `params` lists every query parameter it
 *    reads (spread `COMMON_PARAMS`), `options()` validates them against the dataset and view, and
 *    `render()` adapts the view and hands the rows to `renderWidget()` (widget-definition.ts). The
 *    page is `widgetPage()` (widgets/frame/page.ts) around the chart; markup is written with the
 *    `html`/`svg` templates, which escape every value (widgets/shared/markup.ts says why and how).
 *    A page that draws with code its default page does not run (the timeline's running total)
 *    names that query in `warmUp`, so a fresh isolate compiles it at startup (src/embed/warm-up.ts).
 * 2. Add it to `WIDGETS` below.
 * 3. A dataset shows it when its descriptor has `views.<name>` (404 otherwise).
 */
import { bar } from './bar-chart/index.ts'
import type { CommonOptions } from './shared/common-options.ts'
import { timeline } from './timeline/index.ts'
import type { WidgetDefinition } from './widget-definition.ts'

export type { RenderContext, RenderedWidget, WidgetDefinition } from './widget-definition.ts'
export { defineWidget } from './widget-definition.ts'

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

export type { PublishedChart } from './frame/citation.ts'
export { FRAME_CSS } from './frame/css.ts'
export { ENHANCE_SCRIPT } from './frame/enhance-script.ts'
export { widgetDocument } from './frame/widget-document.ts'
export { CATALOGUES, messages } from './messages/index.ts'
// What src/ needs from widgets besides the registry: src/ imports widgets only through this file.
export type { CommonOptions } from './shared/common-options.ts'
export { IMAGE_PARAMS, IMAGE_WIDTH_RANGE } from './shared/common-options.ts'
