import type { CommonOptions } from '../shared/common-options.ts'
import type { Markup } from '../shared/markup.ts'
import { PUBLISHED_CSS } from './citation.ts'
import { chartFrame } from './frame.ts'
import type { PageHead } from './page-head.ts'
import { widgetDocument } from './widget-document.ts'
import type { FrameText } from './words.ts'

/** What every widget's renderer gets besides its data: its options, the frame's words, the page's extras. */
export interface WidgetInput<O extends CommonOptions = CommonOptions> {
  options: O
  /** The frame's words, resolved for the request (`frameText()`). */
  frame: FrameText
  /** Same-origin URL of the enhancement script; omitted, the page has no script. */
  scriptUrl?: string
  /** Discovery and social-card tags. */
  head?: PageHead
}

/** What a widget puts into its page: its CSS, the chart, and its data as a table. */
export interface WidgetPageContent {
  /** The widget's own CSS, appended to the frame's. Trusted: built from constants and numbers. */
  css: string
  /** The chart, inside the frame's `.fb-chart`. */
  chart: Markup
  /** The data for screen readers (`dataTable()`), after the chart. */
  table?: Markup
}

/**
 * A widget's complete HTML page: the document (lang, theme, title, CSS, script, head tags) around
 * the chart frame (title, subtitle, chart, table, notes, source line), as one flat string.
 * @example widgetPage(input, { css: barCss(stacked, beside), chart, table })
 */
export function widgetPage(input: WidgetInput, { css, chart, table }: WidgetPageContent): string {
  const { options, frame } = input
  return widgetDocument({
    lang: options.lang,
    theme: options.theme,
    title: frame.title.text,
    css: frame.published ? css + PUBLISHED_CSS : css,
    ...(input.scriptUrl ? { scriptUrl: input.scriptUrl } : {}),
    ...(input.head ? { head: input.head } : {}),
    body: chartFrame({ text: frame, header: options.header, children: chart, ...(table ? { table } : {}) }),
  })
}
