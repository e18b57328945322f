import { scaleLinear } from 'd3'
import { round } from '../shared/round.ts'
import { textWidth, wrapText } from '../shared/text-width.ts'
import type { ChartWords } from './words.ts'

/** Labels, values and readout (px). 13 px stays >= 12 px at every width: text is never scaled. */
export const FONT = 13
/** Axis ticks (px). */
export const SMALL = 12
/** Line pitch of wrapped text. */
export const LINE = 16
/**
 * The narrowest chart the layout is made for: a 280 px iframe minus the page's 12 px padding on
 * each side. Labels are wrapped for it, so they fit at every wider width too.
 */
export const MIN_WIDTH = 256
/** Space between a bar's end and its value label. */
const VALUE_GAP = 5
/** Space between the label column and the bars (beside layout). */
const LABEL_GAP = 8
/** The beside layout needs at least this much room for the bars themselves. */
const MIN_BAR_AREA = 240
/** Widest label column before labels wrap (beside layout). */
const LABEL_CAP = 180
/** Bar thickness: beside its label, and under its label on narrow screens. */
const BAR_BESIDE = 20
const BAR_STACKED = 16
/** A bar that lies within the bar above it is thinner, and its row closer to that bar. */
const BAR_NESTED = 10
const NESTED_PULL = 4
/** How far a nested row's label is indented when labels sit above the bars. */
export const NESTED_INDENT = 12
/** Space between rows. */
const ROW_GAP_BESIDE = 8
const ROW_GAP_STACKED = 12
/** From a line's top to its baseline, and half a cap height (to centre text on a bar). */
const ASCENT = 12
const HALF_CAP = 4.5
/** Breathing room above the first row, so no ascender touches the subtitle. */
const TOP = 2
/** Gap between the last row (or the axis) and the total. */
const TOTAL_GAP = 12
/** Room kept between tick labels. */
const TICK_GAP = 14
/**
 * Length (px) of the mark drawn for a value whose bar would be under 1 px at the narrowest width
 * (a school's €120,000 beside a city's €1.45bn): visible, and still shorter than any real bar.
 */
export const MIN_MARK = 2

/** The two arrangements: labels above the bars (any width) or beside them (wide enough). */
export type Arrangement = 'stacked' | 'beside'

/** One row, in px from the top; x positions are fractions of the bar area (0-1). */
export interface RowLayout {
  /** Where the bar ends, as a fraction of the bar area (for a negative value: the zero line). */
  fraction: number
  /**
   * Where the bar starts when the chart has negative values: the zero line for a positive value,
   * the value for a negative one. Absent without negative values (bars start at 0).
   */
  start?: number
  /** A negative value: its bar runs from {@link start} to the zero line at {@link fraction}. */
  negative?: true
  /** A value other than zero whose bar would be under 1 px: drawn as a {@link MIN_MARK} px mark instead. */
  tiny?: true
  labelLines: string[]
  /** Baselines of the label lines. */
  labelY: number[]
  barY: number
  barHeight: number
  valueY: number
  /** Top and height of the row's band (hover target). */
  top: number
  height: number
}

/** A tick of the value axis. */
export interface Tick {
  fraction: number
  text: string
}

/** Everything a renderer needs to draw one arrangement. */
export interface BarLayout {
  arrangement: Arrangement
  /** px left of the bar area taken by labels (beside), 0 when stacked. */
  labelWidth: number
  /** px right of the bar area kept for value labels. */
  valueWidth: number
  /** Narrowest chart width this arrangement is right for (px). */
  minWidth: number
  rows: RowLayout[]
  /** The zero line as a fraction of the bar area: 0 unless some value is negative (a diverging axis). */
  zero: number
  /** Ticks and their baseline (beside only; stacked bars are read from their labels). */
  ticks: Tick[]
  gridBottom: number
  tickY: number
  /** Baselines of the total, of the subtotal line (when there is one) and of each bar's readout lines. */
  totalY: number
  subtotalY?: number
  readoutY: number
  readouts: string[][]
  /** Height of the page's chart: room for the longest readout under the last row. */
  height: number
  /** Height of the chart in a standalone image (no readouts): down to the total. */
  imageHeight: number
}

/**
 * Lays the bars out for one arrangement from the text-width table: wraps labels and readouts
 * for the narrowest width the arrangement serves, and picks as many ticks as fit there. All
 * numbers are rounded to 0.1 px so snapshots are stable.
 */
export function layoutBars(words: ChartWords, arrangement: Arrangement, dated = false): BarLayout {
  const bars = words.bars
  const max = Math.max(0, ...bars.map((b) => b.datum.value))
  // Negative values draw left of a zero line; without them the domain starts at 0, as it always did.
  const min = Math.min(0, ...bars.map((b) => b.datum.value))
  const x = scaleLinear()
    .domain([min, max > 0 || min < 0 ? max : 1])
    .range([0, 1])
  const zero = x(0)
  const valueWidth = Math.ceil(Math.max(0, ...bars.map((b) => textWidth(b.valueLabel, FONT))) + VALUE_GAP + 2)
  const widest = Math.max(
    0,
    ...bars.map((b) => Math.max(textWidth(b.datum.label, FONT), dated && b.date ? textWidth(b.date, FONT) : 0)),
  )
  const beside = arrangement === 'beside'
  const labelColumn = Math.ceil(Math.min(widest, LABEL_CAP))
  const labelWidth = beside ? labelColumn + LABEL_GAP : 0
  const minWidth = beside ? labelWidth + MIN_BAR_AREA + valueWidth : MIN_WIDTH
  const wrapAt = beside ? labelColumn : MIN_WIDTH
  // A bar under 1 px where the bar area is narrowest (stacked at 256 px, or beside at its minimum) gets a visible mark.
  const narrowest = beside ? MIN_BAR_AREA : MIN_WIDTH - valueWidth
  const extent = (value: number): Pick<RowLayout, 'fraction' | 'start' | 'negative' | 'tiny'> => {
    const tiny = value !== 0 && Math.abs(x(value) - zero) * narrowest < 1 ? { tiny: true as const } : {}
    if (value < 0) return { start: x(value), fraction: zero, negative: true, ...tiny }
    return zero > 0 ? { start: zero, fraction: x(value), ...tiny } : { fraction: x(value), ...tiny }
  }
  const rows: RowLayout[] = []
  let y = TOP
  for (const bar of bars) {
    const nested = bar.nested
    if (nested) y -= NESTED_PULL
    const labelLines = [
      ...wrapText(bar.datum.label, wrapAt - (nested && !beside ? NESTED_INDENT : 0), FONT),
      // In date order each bar shows its date under its name.
      ...(dated && bar.date ? wrapText(bar.date, wrapAt, FONT) : []),
    ]
    const textHeight = labelLines.length * LINE
    if (beside) {
      const thickness = nested ? BAR_NESTED : BAR_BESIDE
      const height = Math.max(BAR_BESIDE, textHeight)
      const centre = y + height / 2
      const firstBaseline = centre - ((labelLines.length - 1) * LINE) / 2 + HALF_CAP
      rows.push({
        ...extent(bar.datum.value),
        labelLines,
        labelY: labelLines.map((_, i) => round(firstBaseline + i * LINE)),
        barY: round(centre - thickness / 2),
        barHeight: thickness,
        valueY: round(centre + HALF_CAP),
        top: round(y),
        height: round(height),
      })
      y += height + ROW_GAP_BESIDE
    } else {
      const thickness = nested ? BAR_NESTED : BAR_STACKED
      const barY = y + textHeight + 3
      rows.push({
        ...extent(bar.datum.value),
        labelLines,
        labelY: labelLines.map((_, i) => round(y + ASCENT + i * LINE)),
        barY: round(barY),
        barHeight: thickness,
        valueY: round(barY + thickness / 2 + HALF_CAP),
        top: round(y),
        height: round(barY + thickness - y),
      })
      y = barY + thickness + ROW_GAP_STACKED
    }
  }
  const lastRowEnd = y - (beside ? ROW_GAP_BESIDE : ROW_GAP_STACKED)
  const largest = Math.max(max, -min)
  const ticks = beside && largest > 0 ? pickTicks(x, (v) => words.format.tick(v, largest), MIN_BAR_AREA) : []
  const gridBottom = round(lastRowEnd + 4)
  const tickY = round(gridBottom + ASCENT + 2)
  const afterChart = ticks.length ? tickY + 4 : lastRowEnd
  const totalY = round(afterChart + TOTAL_GAP + ASCENT)
  const subtotalY = words.subtotal ? round(totalY + LINE) : undefined
  const lastSum = subtotalY ?? totalY
  // The readout goes under the sums, never over them: the total stays in view on hover.
  const readoutY = round(lastSum + LINE + 4)
  const readoutWidth = beside ? minWidth : MIN_WIDTH
  const readouts = bars.map((b) => readoutLinesOf(b.readout, readoutWidth))
  const readoutLines = Math.max(1, ...readouts.map((r) => r.length))
  return {
    arrangement,
    labelWidth,
    valueWidth,
    minWidth: Math.ceil(minWidth),
    rows,
    zero,
    ticks,
    gridBottom,
    tickY,
    totalY,
    ...(subtotalY === undefined ? {} : { subtotalY }),
    readoutY,
    readouts,
    height: Math.ceil(readoutY + (readoutLines - 1) * LINE + 5),
    imageHeight: Math.ceil(lastSum + 5),
  }
}

/** The separator between the parts of a readout (words.ts): a line may break only before it. */
const READOUT_SEPARATOR = ' ·\u00a0'

/**
 * A readout's lines: its parts packed greedily, each line after the first starting with "·"; a
 * part too long for a line on its own is wrapped by itself.
 */
function readoutLinesOf(readout: string, width: number): string[] {
  const lines: string[] = []
  for (const [i, part] of readout.split(READOUT_SEPARATOR).entries()) {
    const piece = i ? READOUT_SEPARATOR + part : part
    const last = lines.at(-1)
    if (last !== undefined && textWidth(last + piece, FONT) <= width) lines[lines.length - 1] = last + piece
    else lines.push(...wrapText(i ? `·\u00a0${part}` : part, width, FONT))
  }
  return lines
}

/** As many "nice" ticks as fit side by side in `width` px without their labels touching. */
function pickTicks(
  x: ReturnType<typeof scaleLinear<number, number>>,
  format: (value: number) => string,
  width: number,
): Tick[] {
  for (let count = 6; count >= 1; count--) {
    const values = x.ticks(count)
    const texts = values.map(format)
    const widest = Math.max(...texts.map((t) => textWidth(t, SMALL)))
    const spacing = values.length > 1 ? (x(values[1]!) - x(values[0]!)) * width : Infinity
    if (spacing >= widest + TICK_GAP) return values.map((v, i) => ({ fraction: x(v), text: texts[i]! }))
  }
  return []
}
