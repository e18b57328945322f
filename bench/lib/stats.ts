/** Summary statistics of a sample; the raw values stay in the JSON next to it. */
export interface Summary {
  n: number
  median: number
  min: number
  max: number
  p99: number
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** Median (mean of the middle two for an even count), min, max and p99 of `values`. */
export function summarize(values: number[]): Summary {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  const mid = s.length >> 1
  const median = s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
  return { n: s.length, median, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, p99: quantile(s, 0.99) }
}
