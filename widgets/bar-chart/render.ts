import { direction, type Lang } from '../../data/vocabulary/index.ts'
import { dataTable } from '../frame/data-table.ts'
import { type WidgetInput, widgetPage } from '../frame/page.ts'
import { svgChartWidth, svgDocument, svgPalette } from '../frame/svg-frame.ts'
import { frameChrome } from '../frame/words.ts'
import type { ChromeText } from '../shared/chrome-text.ts'
import { html, type Markup } from '../shared/markup.ts'
import type { ValueKind } from '../shared/value-format.ts'
import type { WidgetOutputs } from '../widget-definition.ts'
import { imageBars, pageBars } from './bars.ts'
import { barCard } from './card.ts'
import { barCss } from './css.ts'
import { barPageHeight } from './height.ts'
import { type BarLayout, layoutBars } from './layout.ts'
import type { BarOptions } from './options.ts'
import { sortBars } from './sort-bars.ts'
import type { BarDatum } from './types.ts'
import { type ChartWords, chartWords } from './words.ts'

/** What the bar chart needs besides its rows: the widget's input and the unit. */
export interface BarChartInput extends WidgetInput<BarOptions> {
  /** Unit of the values as the dataset writes it (`km²`). */
  unit?: string
  /** ISO 4217 currency of the values (`EUR`), when they are money. */
  currency?: string
  /** Name of the subtotal of the bars that neither lie within another nor contain one. */
  subtotal?: string
  /** Headers of the data table's columns in the page's language; generic words where absent. */
  columns?: { label?: string; value?: string; date?: string }
}

/** Width of the standalone image without `width`, px: a common article column. */
export const IMAGE_WIDTH = 640

/**
 * What the outputs of a chart share, each part computed on first use: the bars sorted and put
 * into words, and each arrangement's layout (the SVG needs only the beside one). None of it
 * depends on the request's title, theme or highlight, so every render of the same rows in the same
 * order and language shares one (see {@link prepare}). A class, so the getters live on its
 * prototype: getters in an object literal would give each object a hidden class of its own.
 */
class Prepared {
  readonly #rows: readonly BarDatum[]
  readonly #sort: BarOptions['sort']
  readonly #lang: Lang
  readonly #kind: ValueKind
  readonly #subtotal: string | undefined
  readonly #chrome: ChromeText
  #words?: ChartWords
  #stacked?: BarLayout
  #beside?: BarLayout

  constructor(
    rows: readonly BarDatum[],
    sort: BarOptions['sort'],
    lang: Lang,
    kind: ValueKind,
    subtotal: string | undefined,
    chrome: ChromeText,
  ) {
    this.#rows = rows
    this.#sort = sort
    this.#lang = lang
    this.#kind = kind
    this.#chrome = chrome
    this.#subtotal = subtotal
  }

  get words(): ChartWords {
    return (this.#words ??= chartWords(
      sortBars(this.#rows, this.#sort, this.#lang),
      this.#lang,
      this.#kind,
      this.#subtotal,
      this.#chrome,
    ))
  }

  /** In date order each bar shows its date under its name. */
  get #dated(): boolean {
    return this.#sort.endsWith('date')
  }

  get stacked(): BarLayout {
    return (this.#stacked ??= layoutBars(this.words, 'stacked', this.#dated))
  }

  get beside(): BarLayout {
    return (this.#beside ??= layoutBars(this.words, 'beside', this.#dated))
  }
}

/** Prepared charts by rows (the adapter keeps one rows array per dataset, view and language), then by order, language and unit. */
const prepared = new WeakMap<readonly BarDatum[], Map<string, Prepared>>()

/** The words and layouts of `rows` for the request's order and language, shared with earlier renders of the same rows. */
function prepare(
  rows: readonly BarDatum[],
  { options: { sort, lang }, unit, currency, subtotal, frame }: BarChartInput,
): Prepared {
  let byKey = prepared.get(rows)
  if (!byKey) prepared.set(rows, (byKey = new Map()))
  const key = `${sort} ${lang} ${unit ?? ''} ${currency ?? ''}\u0000${subtotal ?? ''}`
  let chart = byKey.get(key)
  const kind = { ...(unit ? { unit } : {}), ...(currency ? { currency } : {}) }
  if (!chart) byKey.set(key, (chart = new Prepared(rows, sort, lang, kind, subtotal, frameChrome(frame))))
  return chart
}

/**
 * The bar chart for one request: its page, its standalone SVG and its height at a width. Sorting,
 * words and layouts are computed once, on first use, and shared by the three.
 * @example barChart(rows, input).page() // '<!doctype html>…'
 */
export function barChart(rows: readonly BarDatum[], input: BarChartInput): Required<WidgetOutputs> {
  const chart = prepare(rows, input)
  return {
    page: () => page(chart, input),
    svg: () => image(chart, input),
    card: () => barCard(chart.words, input),
    heightAt: (width) => barPageHeight(input.frame, input.options.header, width, chart),
  }
}

/** Ids to emphasise; when not empty, the other bars are muted. */
const highlightOf = (options: BarOptions): ReadonlySet<string> => new Set(options.highlight)

/**
 * The bar chart as a complete HTML page: the frame around both arrangements of the chart (CSS
 * shows the one that fits) and the data table. Pure: the same rows and options give the same bytes.
 */
export function barChartPage(rows: readonly BarDatum[], input: BarChartInput): string {
  return page(prepare(rows, input), input)
}

/**
 * The bar chart as a standalone SVG document (`options.width` px wide, {@link IMAGE_WIDTH} by
 * default; labels beside the bars where they fit), with the frame's words and its own dark-mode styles.
 */
export function barChartSvg(rows: readonly BarDatum[], input: BarChartInput): string {
  return image(prepare(rows, input), input)
}

function page({ words, stacked, beside }: Prepared, input: BarChartInput): string {
  const { lang } = input.options
  const highlight = highlightOf(input.options)
  const title = input.frame.title.text
  const chart = html`<div class="bw bs">${pageBars({ layout: stacked, words, highlight, idPrefix: 's', title })}</div><div class="bw bb">${pageBars({ layout: beside, words, highlight, idPrefix: 'b', title })}</div>`
  const caption = input.frame.asOf ? `${title}. ${input.frame.asOf}` : title
  return widgetPage(input, {
    css: barCss(stacked, beside, direction(lang) === 'rtl'),
    chart,
    table: barTable(words, lang, caption, input.columns ?? {}, frameChrome(input.frame)),
  })
}

/** The standalone image, `width` px wide: labels beside the bars where they fit, above them otherwise. */
function image(chart: Prepared, { options, frame }: BarChartInput): string {
  const palette = svgPalette(options.theme)
  const highlight = highlightOf(options)
  const width = options.width ?? IMAGE_WIDTH
  const chartWidth = svgChartWidth(width)
  const layout = chartWidth >= chart.beside.minWidth ? chart.beside : chart.stacked
  return svgDocument({
    text: frame,
    header: options.header,
    theme: options.theme,
    width,
    description: chart.words.description,
    chartHeight: layout.imageHeight,
    chart: imageBars({
      layout,
      words: chart.words,
      highlight,
      width: chartWidth,
      palette,
      rtl: direction(options.lang) === 'rtl',
    }),
  })
}

/**
 * The data for screen readers: name (with what contains it), value, date (when the view has
 * dates), then the subtotal and the total, each area counted once.
 */
function barTable(
  words: ChartWords,
  lang: Lang,
  caption: string,
  headers: NonNullable<BarChartInput['columns']>,
  t: ChromeText,
): Markup {
  const hasDate = words.bars.some((b) => b.date)
  const value = words.unit ? t.withUnit(headers.value ?? t.value, words.unit) : (headers.value ?? t.value)
  const number = words.format.cell
  const labels = new Map(words.bars.map((b) => [b.datum.id, b.datum.label]))
  const name = (b: ChartWords['bars'][number]) =>
    b.nested && b.datum.within ? `${b.datum.label} (${t.partOf(labels.get(b.datum.within)!)})` : b.datum.label
  const sums = [
    ...(words.subtotal ? [[words.subtotal.label, number(words.subtotal.value)]] : []),
    [t.total, number(words.totalNumber)],
  ]
  return dataTable({
    dir: direction(lang),
    caption,
    columns: [
      { label: headers.label ?? t.name },
      { label: value, numeric: true },
      ...(hasDate ? [{ label: headers.date ?? t.date }] : []),
    ],
    rows: words.bars.map((b) => [name(b), number(b.datum.value), ...(hasDate ? [b.date ?? ''] : [])]),
    foot: words.bars.length > 1 ? sums.map((row) => [...row, ...(hasDate ? [''] : [])]) : [],
  })
}
