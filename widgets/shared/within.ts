/**
 * Areas that lie within other areas (Shusha within Nagorno-Karabakh), for every sum a widget
 * shows: a total counts each area once, so a row that lies within another shown row is left out
 * of it (its area is already in that row's).
 */

/** A row as the sums need it: its id, its value and the id of the row that contains it, if any. */
export interface Nestable {
  id: string
  value?: number
  within?: string
}

/** The id of the shown row that contains `row`, or `undefined` (none, or not among `rows`). */
export function containerOf(row: Nestable, ids: ReadonlySet<string>): string | undefined {
  return row.within !== undefined && row.within !== row.id && ids.has(row.within) ? row.within : undefined
}

/** The parts of a total: the rows it counts and the subtotal of those that contain no other row. */
export interface CountedOnce<T extends Nestable> {
  /** Rows that lie within no other shown row: the total sums these. */
  outer: T[]
  /** Rows that lie within another shown row (counted inside it). */
  inner: T[]
  /** Outer rows that contain no other row (the seven districts around Nagorno-Karabakh). */
  alone: T[]
  /** Sum of the outer rows' values. */
  total: number
  /** Sum of the alone rows' values. */
  aloneTotal: number
}

/**
 * Splits `rows` into those a total counts and those it already holds, and sums them.
 * @example countedOnce([{ id: 'nk', value: 4400 }, { id: 'shusha', value: 289, within: 'nk' }]).total // 4400
 */
export function countedOnce<T extends Nestable>(rows: readonly T[]): CountedOnce<T> {
  const ids = new Set(rows.map((r) => r.id))
  const outer: T[] = []
  const inner: T[] = []
  const containers = new Set<string>()
  for (const row of rows) {
    const container = containerOf(row, ids)
    if (container === undefined) outer.push(row)
    else {
      inner.push(row)
      containers.add(container)
    }
  }
  const alone = outer.filter((r) => !containers.has(r.id))
  const sum = (list: readonly T[]) => list.reduce((s, r) => s + (r.value ?? 0), 0)
  return { outer, inner, alone, total: sum(outer), aloneTotal: sum(alone) }
}
