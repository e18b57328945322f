import { utcMonth } from 'd3'
import { textWidth } from '../shared/text-width.ts'
import { type TimeScale, type TimeSegment, yearsOf } from './time-segments.ts'

/**
 * A text box at the design width, in px, as the layouts placed it: tests check that no two
 * overlap and none leaves the chart, the same promise the browser test checks on real glyphs.
 */
export interface TextBox {
  text: string
  x0: number
  x1: number
  y0: number
  y1: number
}

/** Box of a text line whose baseline is at `y`, from its measured width and font size. */
export function lineBox(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  anchor: 'start' | 'middle' | 'end',
): TextBox {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  return { text, x0, x1: x0 + width, y0: y - size * 0.8, y1: y + size * 0.2 }
}

/** A year cell of the axis: its extent and its label when the cell is wide enough for it. */
export interface YearCell {
  x0: number
  x1: number
  label?: string
}

/** Cells for each year of each segment; labels every n years when cells are too narrow. */
export function yearCells(segments: readonly TimeSegment[], scale: TimeScale, size: number): YearCell[] {
  const cells: YearCell[] = []
  for (const segment of segments) {
    const years = yearsOf(segment)
    const cell = Math.abs(scale(years[0]![1]) - scale(years[0]![0]))
    const label = textWidth('0000', size) + 6
    const every = Math.max(1, Math.ceil(label / cell))
    years.forEach(([a, b], i) => {
      const year = new Date(a).getUTCFullYear()
      cells.push({
        x0: scale(a),
        x1: scale(b),
        ...(i % every === 0 ? { label: String(year) } : {}),
      })
    })
  }
  return cells
}

/** An axis of at most this many years gets month cells (a `from`/`to` of two years or less). */
export const MONTHS_UP_TO = 2

/** Label every n months, n a divisor of 12 so that every January (labelled with its year) is. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12]

/**
 * Month cells of an axis of at most {@link MONTHS_UP_TO} years, or none for a longer one. A
 * January is labelled with its year, the other months with `month` (a short name); every n-th
 * month is labelled, n the smallest step at which the widest label fits its cells.
 */
export function monthCells(
  segments: readonly TimeSegment[],
  scale: TimeScale,
  size: number,
  month: (date: Date) => string,
): YearCell[] {
  const years = segments.reduce((sum, s) => sum + yearsOf(s).length, 0)
  if (years > MONTHS_UP_TO) return []
  const months = segments.flatMap((s) => utcMonth.range(new Date(s.start), new Date(s.end)))
  const text = (d: Date) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : month(d))
  const cell = Math.min(...months.map((d) => scale(+utcMonth.offset(d, 1)) - scale(+d)))
  const widest = Math.max(...months.map((d) => textWidth(text(d), size))) + 6
  const every = MONTH_STEPS.find((n) => n * cell >= widest) ?? 12
  return months.map((d) => ({
    x0: scale(+d),
    x1: scale(+utcMonth.offset(d, 1)),
    ...(d.getUTCMonth() % every === 0 ? { label: text(d) } : {}),
  }))
}
