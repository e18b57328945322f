import { formatNumber, type Lang } from '../../data/vocabulary/index.ts'
import { dataTable } from '../frame/data-table.ts'
import { chartFrame } from '../frame/frame.ts'
import type { FrameText } from '../frame/words.ts'
import { svgChartWidth, svgDocument, svgPalette } from '../frame/svg-frame.ts'
import type { PageHead } from '../frame/page-head.ts'
import { widgetDocument } from '../frame/widget-document.ts'
import { CHROME_TEXT } from '../shared/chrome-text.ts'
import { raw, type Markup } from '../shared/markup.ts'
import { barCss } from './css.ts'
import { imageBars, pageBars } from './bars.ts'
import { chartWords, type ChartWords } from './words.ts'
import { layoutBars } from './layout.ts'
import type { BarOptions } from './options.ts'
import { sortBars } from './sort-bars.ts'
import type { BarDatum } from './types.ts'

/** What the bar chart needs besides its rows: options, the frame's words and the unit. */
export interface BarChartInput {
  options: BarOptions
  frame: FrameText
  /** Unit of the values as the dataset writes it (`km²`). */
  unit?: string
  /** Same-origin URL of the enhancement script. */
  scriptUrl?: string
  /** Discovery and social-card tags. */
  head?: PageHead
}

/** Width of the standalone image, px: a common article column. */
export const IMAGE_WIDTH = 640

function prepare(rows: readonly BarDatum[], { options, unit }: BarChartInput) {
  const sorted = sortBars(rows, options.sort, options.lang)
  return { words: chartWords(sorted, options.lang, unit), highlight: new Set(options.highlight) }
}

/**
 * The bar chart as a complete HTML page: the frame around both arrangements of the chart (CSS
 * shows the one that fits) and the data table. Pure: the same rows and options give the same bytes.
 */
export function barChartPage(rows: readonly BarDatum[], input: BarChartInput): string {
  const { options, frame } = input
  const { words, highlight } = prepare(rows, input)
  const stacked = layoutBars(words, options.lang, 'stacked')
  const beside = layoutBars(words, options.lang, 'beside')
  const title = frame.title.text
  return widgetDocument({
    lang: options.lang,
    theme: options.theme,
    title,
    css: barCss(stacked, beside),
    ...(input.scriptUrl ? { scriptUrl: input.scriptUrl } : {}),
    ...(input.head ? { head: input.head } : {}),
    body: raw(
      chartFrame({
        text: frame,
        header: options.header,
        table: barTable(words, options.lang, title).text,
        children:
          `<div class="bw bs">${pageBars({ layout: stacked, words, highlight, idPrefix: 's', title })}</div>` +
          `<div class="bw bb">${pageBars({ layout: beside, words, highlight, idPrefix: 'b', title })}</div>`,
      }),
    ),
  })
}

/**
 * The bar chart as a standalone SVG document ({@link IMAGE_WIDTH} px wide, labels beside the
 * bars), with the frame's words and its own dark-mode styles.
 */
export function barChartSvg(rows: readonly BarDatum[], input: BarChartInput): string {
  const { options, frame } = input
  const { words, highlight } = prepare(rows, input)
  const layout = layoutBars(words, options.lang, 'beside')
  return svgDocument({
    text: frame,
    header: options.header,
    theme: options.theme,
    width: IMAGE_WIDTH,
    description: words.description,
    chartHeight: layout.imageHeight,
    chart: raw(imageBars({ layout, words, highlight, width: svgChartWidth(IMAGE_WIDTH), palette: svgPalette(options.theme) })),
  })
}

/** The data for screen readers: name, value, date (when the view has dates), and the total. */
function barTable(words: ChartWords, lang: Lang, caption: string): Markup {
  const t = CHROME_TEXT[lang]
  const hasDate = words.bars.some((b) => b.date)
  const value = words.unit ? `${t.value} (${words.unit})` : t.value
  const number = (v: number) => formatNumber(v, lang, Number.isInteger(v) ? ',' : ',~r')
  const total = words.bars.reduce((s, b) => s + b.datum.value, 0)
  return dataTable({
    caption,
    columns: [{ label: t.name }, { label: value, numeric: true }, ...(hasDate ? [{ label: t.date }] : [])],
    rows: words.bars.map((b) => [b.datum.label, number(b.datum.value), ...(hasDate ? [b.date ?? ''] : [])]),
    foot: words.bars.length > 1 ? [[t.total, number(total), ...(hasDate ? [''] : [])]] : [],
  })
}
