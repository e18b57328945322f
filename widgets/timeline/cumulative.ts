import { type PartialDate, parseEdtf } from '../../data/vocabulary/index.ts'
import { countedOnce } from '../shared/within.ts'

/** The running total from `time` (ms) until the next point: one step line, no band. */
export interface CumulativePoint {
  time: number
  total: number
}

/**
 * When an item counts toward the running total (ms): a point in time at its instant; an item dated
 * only to a range at the start of the range's last unit (`1988/1992` counts by 1992, at 1 January
 * 1992), so it is counted before what happened within that last unit, as the chronology lists it.
 * No day is invented: the step stands at a boundary of a unit the source names, and the chart's
 * note says the total before the range closes is uncertain. `start`: `date.start` in ms, when
 * already parsed.
 */
export function countedAt(date: PartialDate, start = Date.parse(date.start)): number {
  if (!date.isRange) return start
  const last = parseEdtf(date.value.slice(date.value.indexOf('/') + 1))
  return typeof last === 'string' ? start : Date.parse(last.start)
}

/** An item as the running total needs it. */
export interface Counted {
  id?: string
  date: PartialDate
  value?: number
  within?: string
}

/** The running total of some items: its steps, and the total right after each item. */
export interface RunningTotal<T> {
  /** Points of a step function (hold each total until the next point), one per instant. */
  steps: CumulativePoint[]
  /** The total right after each item: items of one instant add up in their given order. */
  after: Map<T, { total: number; added: number }>
}

/**
 * The running total of `items`, each counted at {@link countedAt}, in that order (ties in the
 * given order). Each area counts once: an item that lies within one already counted (`within`:
 * Shusha within Nagorno-Karabakh) adds nothing, and a container counted after its part adds
 * only the rest, so the total ends at 4,400 + 9,993 = 14,393 km², not 14,682. Items without a
 * finite value are skipped, as d3 skips them in `sum`.
 */
export function runningTotal<T extends Counted>(items: readonly T[]): RunningTotal<T> {
  const valued = items
    .filter((d) => typeof d.value === 'number' && Number.isFinite(d.value))
    .map((d, i) => ({ item: d, id: d.id ?? `#${i}`, value: d.value!, within: d.within, at: countedAt(d.date) }))
    .sort((a, b) => a.at - b.at)
  const steps: CumulativePoint[] = []
  const after = new Map<T, { total: number; added: number }>()
  const counted: { id: string; value: number; within?: string }[] = []
  let total = 0
  for (const d of valued) {
    counted.push(d.within ? { id: d.id, value: d.value, within: d.within } : { id: d.id, value: d.value })
    const next = countedOnce(counted).total
    after.set(d.item, { total: next, added: next - total })
    total = next
    if (steps.at(-1)?.time === d.at) steps.at(-1)!.total = total
    else steps.push({ time: d.at, total })
  }
  return { steps, after }
}

/** The running total of `items` as points of a step function (see {@link runningTotal}). */
export const cumulativeSteps = (items: readonly Counted[]): CumulativePoint[] => runningTotal(items).steps
