import { formatNumber, formatPartialDate, type Lang } from '../../data/vocabulary/index.ts'
import { type ChromeText, chromeText, localizeUnit } from '../shared/chrome-text.ts'
import { containerOf, countedOnce } from '../shared/within.ts'
import type { BarDatum } from './types.ts'

const NBSP = '\u00a0'

/** The words of one bar, in the page's language. */
export interface BarWords {
  datum: BarDatum
  /** The value with its unit: "4,400 km²", "4.400 km²", "4 400 км²". */
  value: string
  /** Share of the total: "30.0%". Absent when the total is 0. */
  share?: string
  /** The date at its precision ("8 May 1992", "1988–1992"). */
  date?: string
  /** What hover, focus and touch show: name, value, what contains it, share and date. */
  readout: string
  /** Whether the bar lies within another shown bar (drawn nested under it). */
  nested: boolean
}

/** A sum shown under the bars: its words ("Total: 14,393 km²"), its label and its value. */
export interface SumWords {
  /** The line as shown: "Total: 14,393 km²". */
  text: string
  label: string
  value: number
  /** The value with its unit. */
  valueText: string
}

/** Every word the chart writes, computed once per render. */
export interface ChartWords {
  bars: BarWords[]
  /** "Total: 14,393 km²": each area counted once (a bar within another is not added again). */
  total: string
  /** The total, with its unit. */
  totalValue: string
  /** The total as a number. */
  totalNumber: number
  /**
   * The subtotal of the bars that neither lie within another nor contain one ("Seven surrounding
   * districts: 9,993 km²"), when the view names it and some bar contains another.
   */
  subtotal?: SumWords
  /** A sentence for the SVG's `<desc>`: largest, smallest and total, in words. */
  description: string
  /** The unit in the page's language (`км²`), or '' without one. */
  unit: string
}

/** Text whose spaces are no-break spaces. */
const unbreakable = (text: string) => text.replace(/ /g, NBSP)

/** A number with the unit, joined by a no-break space so "4,400 km²" never breaks. */
export function withUnit(value: number, lang: Lang, unit: string): string {
  const number = formatNumber(value, lang, Number.isInteger(value) ? ',' : ',~r')
  return unit ? `${number}${NBSP}${unit}` : number
}

/**
 * Formats values, shares, dates and the summary of `rows` (already sorted) for `lang`. The
 * summary names every bar tied for largest or smallest, so it never hides a tie.
 */
export function chartWords(
  rows: readonly BarDatum[],
  lang: Lang,
  rawUnit: string | undefined,
  subtotalLabel?: string,
  /** The chrome's words (the dataset's own on top of the catalogue). @default the catalogue of `lang` */
  t: ChromeText = chromeText(lang),
): ChartWords {
  const unit = rawUnit ? localizeUnit(rawUnit, lang) : ''
  const counted = countedOnce(rows)
  const sum = counted.total
  const ids = new Set(rows.map((r) => r.id))
  const labels = new Map(rows.map((r) => [r.id, r.label]))
  const bars = rows.map((datum): BarWords => {
    const value = withUnit(datum.value, lang, unit)
    const share = sum > 0 ? formatNumber(datum.value / sum, lang, '.1%') : undefined
    const date = datum.date ? formatPartialDate(datum.date, lang) : undefined
    const container = containerOf(datum, ids)
    // Parts after the name never break inside, and a line breaks only before a "·".
    const parts = [
      container ? t.partOf(labels.get(container)!) : undefined,
      share && rows.length > 1 ? t.shareOfTotal(share) : undefined,
      date,
    ].filter((p) => p !== undefined)
    const readout = [`${datum.label}${t.colon}\u00a0${value}`, ...parts.map(unbreakable)].join(` ·${NBSP}`)
    const nested = container !== undefined
    return { datum, value, ...(share ? { share } : {}), ...(date ? { date } : {}), readout, nested }
  })
  const totalValue = withUnit(sum, lang, unit)
  const showSubtotal =
    subtotalLabel && counted.inner.length > 0 && counted.alone.length > 0 && counted.alone.length < counted.outer.length
  const subtotal: SumWords | undefined = showSubtotal
    ? {
        label: subtotalLabel,
        value: counted.aloneTotal,
        valueText: withUnit(counted.aloneTotal, lang, unit),
        text: `${subtotalLabel}${t.colon} ${withUnit(counted.aloneTotal, lang, unit)}`,
      }
    : undefined
  const within = counted.inner.map((r) => t.countedOnce(r.label, labels.get(containerOf(r, ids)!)!))
  return {
    bars,
    total: `${t.total}${t.colon} ${totalValue}`,
    totalValue,
    totalNumber: sum,
    ...(subtotal ? { subtotal } : {}),
    description: [describe(bars, t, totalValue), subtotal ? `${subtotal.text}.` : '', ...within]
      .filter(Boolean)
      .join(' '),
    unit,
  }
}

function describe(bars: readonly BarWords[], t: ChromeText, total: string): string {
  const intro = t.barChartOf(bars.length)
  if (bars.length === 0) return intro
  if (bars.length === 1) return `${intro} ${bars[0]!.readout}.`
  const values = bars.map((b) => b.datum.value)
  const max = Math.max(...values)
  const min = Math.min(...values)
  const named = (v: number) => t.list(bars.filter((b) => b.datum.value === v).map((b) => b.datum.label))
  if (max === min) return `${intro} ${t.allEqual(bars[0]!.value)} ${t.total}${t.colon} ${total}.`
  return (
    `${intro} ${t.largest}${t.colon} ${named(max)}, ${withUnitOf(bars, max)}. ` +
    `${t.smallest}${t.colon} ${named(min)}, ${withUnitOf(bars, min)}. ${t.total}${t.colon} ${total}.`
  )
}

const withUnitOf = (bars: readonly BarWords[], v: number) => bars.find((b) => b.datum.value === v)!.value
