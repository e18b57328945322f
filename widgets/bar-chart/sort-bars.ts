import type { Lang } from '../../data/vocabulary/index.ts'
import type { BarSort } from './options.ts'
import type { BarDatum } from './types.ts'

const collators = new Map<Lang, Intl.Collator>()
const collator = (lang: Lang) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!

/**
 * The bars in the requested order, as a new array. Ties keep the dataset's order (the sort is
 * stable); bars without a date go last whatever the direction.
 */
export function sortBars(rows: readonly BarDatum[], sort: BarSort, lang: Lang): BarDatum[] {
  const descending = sort.startsWith('-')
  const key = sort.replace(/^-/, '')
  const sign = descending ? -1 : 1
  const compare = (a: BarDatum, b: BarDatum): number => {
    if (key === 'area') return sign * (a.value - b.value)
    if (key === 'name') return sign * collator(lang).compare(a.label, b.label)
    if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1)
    return sign * (a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end))
  }
  return [...rows].sort(compare)
}
