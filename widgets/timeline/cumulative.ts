import type { PartialDate } from '../../data/vocabulary/index.ts'
import { containerOf } from '../shared/within.ts'

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
 *
 * Each area counts once: an item that lies within another (`within`: Shusha within
 * Nagorno-Karabakh) adds its value at its own date, and the item containing it adds only the rest
 * of its value ({@link ownShares}), so the total ends at 4,400 + 9,993 = 14,393 km², not 14,682.
 */
export function cumulativeSteps(
  items: readonly { id?: string; date: PartialDate; value?: number; within?: string }[],
): CumulativePoint[] {
  const valued = items.filter((d) => typeof d.value === 'number' && Number.isFinite(d.value))
  const own = ownShares(
    valued.map((d, i) => ({ id: d.id ?? `#${i}`, value: d.value!, ...(d.within ? { within: d.within } : {}) })),
  )
  const counted = valued.map((d, i) => ({ ...countsFrom(d.date), value: own[i]! }))
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

/**
 * What each item adds to a running total when some lie within others: its value, less the values
 * of the items that lie directly within it (never below 0). Their sum is the total of the items
 * that lie within no other.
 * @example ownShares([{ id: 'nk', value: 4400 }, { id: 'shusha', value: 289, within: 'nk' }]) // [4111, 289]
 */
export function ownShares(items: readonly { id: string; value: number; within?: string }[]): number[] {
  const ids = new Set(items.map((d) => d.id))
  const inside = new Map<string, number>()
  for (const d of items) {
    const container = containerOf(d, ids)
    if (container !== undefined) inside.set(container, (inside.get(container) ?? 0) + d.value)
  }
  return items.map((d) => Math.max(0, d.value - (inside.get(d.id) ?? 0)))
}
