import { formatNumber, formatPartialDate, type Lang } from '../../data/vocabulary/index.ts'
import { type ChromeText, chromeText } from '../shared/chrome-text.ts'
import { type ValueFormat, type ValueKind, valueFormat } from '../shared/value-format.ts'
import { containerOf, countedOnce } from '../shared/within.ts'
import type { BarDatum } from './types.ts'

const NBSP = '\u00a0'

/** The words of one bar, in the page's language. */
export interface BarWords {
  datum: BarDatum
  /** The value with its unit, every digit: "4,400 km²", "4.400 km²", "4 400 км²", "€1,450,000,000". */
  value: string
  /** The label at the bar's end: {@link value}, or compact from a million on ("€1.45bn"). */
  valueLabel: string
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
  /** The unit in the page's language (`км²`, `€`), or '' without one. */
  unit: string
  /** How this chart writes its values (ticks, table cells). */
  format: ValueFormat
}

/** Below this, a share that is not zero reads "<0.1%": "0.0%" would say it is nothing. */
const SMALLEST_SHARE = 0.001

/** "30.0%" of the total; "<0.1%" for a value that is not zero but rounds to 0.0%; none without a positive total. */
function shareOf(value: number, sum: number, lang: Lang, signed: boolean): string | undefined {
  if (!(sum > 0) || signed) return undefined
  const share = value / sum
  if (share > 0 && share < SMALLEST_SHARE - 5e-5) return `<${formatNumber(SMALLEST_SHARE, lang, '.1%')}`
  return formatNumber(share, lang, '.1%')
}

/** Text whose spaces are no-break spaces. */
const unbreakable = (text: string) => text.replace(/ /g, NBSP)

/**
 * Formats values, shares, dates and the summary of `rows` (already sorted) for `lang`. The
 * summary names every bar tied for largest or smallest, so it never hides a tie.
 */
export function chartWords(
  rows: readonly BarDatum[],
  lang: Lang,
  kind: ValueKind,
  subtotalLabel?: string,
  /** The chrome's words (the dataset's own on top of the catalogue). @default the catalogue of `lang` */
  t: ChromeText = chromeText(lang),
): ChartWords {
  const format = valueFormat(kind, lang)
  const withUnit = format.full
  const counted = countedOnce(rows)
  const sum = counted.total
  const ids = new Set(rows.map((r) => r.id))
  const labels = new Map(rows.map((r) => [r.id, r.label]))
  // A share of a total that mixes gains and losses means nothing: none is given then.
  const signed = rows.some((r) => r.value < 0)
  const bars = rows.map((datum): BarWords => {
    const value = withUnit(datum.value)
    const share = shareOf(datum.value, sum, lang, signed)
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
    const valueLabel = format.label(datum.value)
    return { datum, value, valueLabel, ...(share ? { share } : {}), ...(date ? { date } : {}), readout, nested }
  })
  const totalValue = withUnit(sum)
  const showSubtotal =
    subtotalLabel && counted.inner.length > 0 && counted.alone.length > 0 && counted.alone.length < counted.outer.length
  const subtotal: SumWords | undefined = showSubtotal
    ? {
        label: subtotalLabel,
        value: counted.aloneTotal,
        valueText: withUnit(counted.aloneTotal),
        text: `${subtotalLabel}${t.colon} ${withUnit(counted.aloneTotal)}`,
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
    unit: format.headerUnit,
    format,
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
