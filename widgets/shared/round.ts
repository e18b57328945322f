/**
 * Rounds a coordinate to fixed precision so snapshots are stable and diffs readable; `-0`
 * becomes `0`. Throws on a non-finite value, which would otherwise write `NaN` into the SVG.
 * @example round(12.3456) // 12.3
 */
export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) throw new RangeError(`invalid coordinate: ${value}`)
  const scale = 10 ** digits
  return Math.round(value * scale) / scale + 0
}

/** A percentage of the chart width for SVG attributes (`"42.86%"`), at two decimals. */
export function percent(fraction: number): string {
  return `${round(fraction * 100, 2)}%`
}
