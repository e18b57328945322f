import { compareText, type Lang } from '../../data/vocabulary/index.ts'
import type { BarSort } from './options.ts'
import type { BarDatum } from './types.ts'

/**
 * The bars in the requested order, as a new array. Ties keep the dataset's order (the sort is
 * stable); bars without a date go last whatever the direction; a bar that lies within another
 * follows it. Labels sort by the language's alphabet through `compareText()`, which knows
 * Azerbaijani where the Workers runtime does not.
 */
export function sortBars(rows: readonly BarDatum[], sort: BarSort, lang: Lang): BarDatum[] {
  const descending = sort.startsWith('-')
  const key = sort.replace(/^-/, '')
  const sign = descending ? -1 : 1
  const compare = (a: BarDatum, b: BarDatum): number => {
    if (key === 'value') return sign * (a.value - b.value)
    if (key === 'label') return sign * compareText(lang)(a.label, b.label)
    if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1)
    return sign * (a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end))
  }
  return nested([...rows].sort(compare))
}

/**
 * Each row that lies within another shown row moves right under it (in the sorted order among its
 * siblings), so Shusha sits under Nagorno-Karabakh whatever the sort.
 */
function nested(sorted: readonly BarDatum[]): BarDatum[] {
  const ids = new Set(sorted.map((r) => r.id))
  const parentOf = (r: BarDatum) => (r.within && ids.has(r.within) && r.within !== r.id ? r.within : undefined)
  const children = new Map<string, BarDatum[]>()
  for (const r of sorted) {
    const parent = parentOf(r)
    if (parent) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(r)
  }
  const out = new Set<BarDatum>()
  const visit = (r: BarDatum) => {
    if (out.has(r)) return
    out.add(r)
    for (const child of children.get(r.id) ?? []) visit(child)
  }
  for (const r of sorted) if (!parentOf(r)) visit(r)
  // Rows in a loop (the schema rejects one) keep their place rather than vanish.
  for (const r of sorted) visit(r)
  return [...out]
}
