import type { PartialDate } from '../../data/vocabulary/index.ts'

/** The running total at `time` (ms): certainly reached (`lower`) and possibly reached (`upper`). */
export interface CumulativePoint {
  time: number
  lower: number
  upper: number
}

/** When an item counts: as soon as it may have happened, and once it certainly has (`start`: `date.start` in ms, when already parsed). */
export function countsFrom(date: PartialDate, start = Date.parse(date.start)): { upper: number; lower: number } {
  // A day or a minute is a point in time; a year, a month or a range is a stretch of uncertainty.
  const exact = !date.isRange && (date.precision === 'day' || date.precision === 'minute')
  return { upper: start, lower: exact ? start : Date.parse(date.end) }
}

/**
 * The running total of `items` over time, as points of a step function (hold each value until
 * the next point). An item dated only to a range (Nagorno-Karabakh, 1988/1992) is never given an
 * invented day: it enters the upper bound when its range opens and the lower bound when it
 * closes, so the chart draws the uncertain years as a band between the two.
 * Items without a finite value are skipped, as d3 skips them in `sum`.
 */
export function cumulativeSteps(items: readonly { date: PartialDate; value?: number }[]): CumulativePoint[] {
  const counted = items
    .filter((d) => typeof d.value === 'number' && Number.isFinite(d.value))
    .map((d) => ({ ...countsFrom(d.date), value: d.value! }))
  const times = [...new Set(counted.flatMap((d) => [d.upper, d.lower]))].sort((a, b) => a - b)
  return times.map((time) => ({
    time,
    lower: sumWhere(counted, (d) => d.lower <= time),
    upper: sumWhere(counted, (d) => d.upper <= time),
  }))
}

function sumWhere<T extends { value: number }>(list: readonly T[], test: (d: T) => boolean): number {
  let sum = 0
  for (const d of list) if (test(d)) sum += d.value
  return sum
}
