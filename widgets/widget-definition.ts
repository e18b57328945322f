/** What a widget is, for the embed route: see widgets/registry.ts for how to add one. */
import type { Dataset, View } from '../data/types.ts'
import type { Lang } from '../data/vocabulary/index.ts'
import type { PublishedChart } from './frame/citation.ts'
import type { WidgetInput } from './frame/page.ts'
import type { PageHead } from './frame/page-head.ts'
import { frameText } from './frame/words.ts'
import type { CommonOptions } from './shared/common-options.ts'

/** What the route hands every widget besides the data and the options. */
export interface RenderContext {
  /** Absolute URL of the CSV of the view's resource ("Get the data"), built from PUBLIC_ORIGIN. */
  dataUrl: string
  /** Same-origin URL of the (content-hashed) enhancement script; omitted, no script. */
  scriptUrl?: string
  /** Discovery and social-card tags of the page (widgets/frame/page-head.ts), built by the route. */
  head?: PageHead
  /** Given when the page is frozen as a published chart: its citation and status address. */
  published?: PublishedChart
}

/** A widget rendered for one request; each output is built only when asked for. */
export interface RenderedWidget {
  /** The chart's title as plain text. */
  title: string
  /** The complete HTML page (`<!doctype html>…`). */
  page(): string
  /** The standalone SVG document (`<svg xmlns=…>`), with its own styles. */
  svg(): string
  /**
   * The 1200x630 social card as an SVG document (widgets/frame/card.ts), composed for its size:
   * headline, deck, a simplified mark, the sources. Optional: without it the route shrinks the
   * standalone SVG onto the card.
   */
  card?(): string
  /**
   * The page's height in CSS px inside an iframe `width` px wide, for widths 280..1200, rounded up
   * to a whole px: the initial height of embed codes and oEmbed, so the publisher's page does not
   * jump when the chart loads (the loader then corrects it to the exact height). Pure, no DOM: text
   * is wrapped with the text-width table, so a block may come out a line taller than in a browser.
   * Optional so a widget can be added before it knows its height (callers fall back to a constant).
   * @example rendered.heightAt?.(320) // 667: the bundled bar chart in English on a phone
   */
  heightAt?(width: number): number
}

/** A widget as the route sees it. `O` is its normalized options type, with the validated `lang` the route reads. */
export interface WidgetDefinition<O extends { lang: Lang }> {
  /** Path segment (`bar` in `/embed/:dataset/bar`) and key of `dataset.views`. */
  name: string
  /** Every query parameter it reads; others are ignored so they cannot change the output. */
  params: readonly string[]
  /** Validates and fills the parameters; throws `OptionError` for a bad value. */
  options(params: Partial<Record<string, string>>, dataset: Dataset, view: View): O
  /**
   * Queries besides the default (`view=cumulative`) whose page runs code the default page does
   * not: each is rendered once, with the default, while an isolate starts (src/embed/warm-up.ts).
   */
  warmUp?: readonly string[]
  /** Renders; pure: no I/O, no clock, no randomness. */
  render(dataset: Dataset, view: View, options: O, context: RenderContext): RenderedWidget
}

/** Types a widget definition (an identity function that checks `options` against `render`). */
export function defineWidget<O extends { lang: Lang }>(definition: WidgetDefinition<O>): WidgetDefinition<O> {
  return definition
}

/** The outputs a widget's renderer builds: {@link RenderedWidget} less the title, which the frame knows. */
export type WidgetOutputs = Omit<RenderedWidget, 'title'>

/** The arguments of a widget's `render()`, and what its frame cites. */
export interface RenderRequest<O extends CommonOptions> {
  dataset: Dataset
  view: View
  options: O
  context: RenderContext
  /**
   * Resources the chart actually draws, whose sources the frame cites.
   * @default every resource the view names
   */
  drawn?: readonly string[]
  /**
   * Names of the sources the rows shown cite: of a resource whose rows name their source (a
   * `source` column), the frame cites only these.
   * @default every source of every drawn resource
   */
  cited?: readonly string[]
  /**
   * Ids of the rows the chart shows (of its resource and of the others it draws): the frame leaves
   * out a note about none of them (`views.<widget>.notes[].about`).
   * @default every row
   */
  shown?: readonly string[]
  /** `date` when the chart shows its rows in date order, `cumulative` their running total (the subtitle says so). */
  variant?: 'date' | 'cumulative'
}

/**
 * The part of `render()` every widget shares: resolves the frame's words for the request, hands
 * them with the options, script and head tags to `outputs` (the widget's own renderer), and adds
 * the title.
 * @example
 * render(dataset, view, options, context) {
 *   const data = barData(dataset, view, options.lang)
 *   return renderWidget({ dataset, view, options, context }, (input) => barChart(data.rows, input))
 * }
 */
export function renderWidget<O extends CommonOptions>(
  { dataset, view, options, context, drawn, cited, shown, variant }: RenderRequest<O>,
  outputs: (input: WidgetInput<O>) => WidgetOutputs,
): RenderedWidget {
  const input: WidgetInput<O> = {
    options,
    frame: {
      ...frameText(dataset, view, options, context.dataUrl, drawn, variant, cited, shown),
      ...(context.published ? { published: context.published } : {}),
    },
    ...(context.scriptUrl ? { scriptUrl: context.scriptUrl } : {}),
    ...(context.head ? { head: context.head } : {}),
  }
  return { title: input.frame.title.text, ...outputs(input) }
}
