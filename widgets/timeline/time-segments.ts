import { utcYear } from 'd3'

/** A stretch of the time axis: whole UTC years from `start` to `end` (exclusive), in ms. */
export interface TimeSegment {
  start: number
  end: number
}

/** A gap longer than this many years, and longer than everything before it, breaks the axis. */
const BREAK_YEARS = 8
const YEAR_MS = 365.2425 * 24 * 3600 * 1000

/**
 * Splits the axis where the data has a long empty stretch, so that the April 2016 events do
 * not squash 1988-1994 into a corner. Each segment is padded to whole years; the scale keeps
 * one ms-per-pixel ratio across segments (only the empty years are cut out), which keeps the
 * reader's sense of pace honest.
 * @param extents `[start, end)` of each dated thing, in ms
 */
export function timeSegments(extents: readonly (readonly [number, number])[]): TimeSegment[] {
  if (extents.length === 0) throw new RangeError('invalid extents: none')
  const sorted = [...extents].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const clusters: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = clusters[clusters.length - 1]
    const gap = last ? start - last[1] : 0
    if (last && !(gap > BREAK_YEARS * YEAR_MS && gap > last[1] - last[0])) last[1] = Math.max(last[1], end)
    else clusters.push([start, end])
  }
  return clusters.map(([start, end]) => {
    // The last instant covered is just before `end`; a point in time has end == start.
    const last = Math.max(start, end - 1)
    return { start: +utcYear.floor(new Date(start)), end: +utcYear.offset(utcYear.floor(new Date(last)), 1) }
  })
}

/**
 * A time scale (ms to px) and its inverse (px to ms, truncated to a whole ms as a `Date` would):
 * what the layouts ask of a d3 time scale, and no more.
 */
export interface TimeScale {
  (time: number): number
  invert(x: number): number
}

/**
 * A scale over segments, laid end to end on [r0, r1] with `gap` between them (where the axis
 * break is drawn): piecewise linear over every segment's ends. The same arithmetic as d3's
 * polylinear `scaleUtc` (normalize, then `a * (1 - t) + b * t`), so positions are the same to the
 * last bit, without building a d3 time scale (its calendar, tick formats and interpolators) and
 * the calls it makes per position, which a fresh isolate's first request ran in the interpreter.
 */
export function segmentedScale(segments: readonly TimeSegment[], r0: number, r1: number, gap: number): TimeScale {
  const span = segments.reduce((sum, s) => sum + (s.end - s.start), 0)
  const perMs = (r1 - r0 - gap * (segments.length - 1)) / span
  const domain: number[] = []
  const range: number[] = []
  let at = r0
  for (const s of segments) {
    domain.push(s.start, s.end)
    range.push(at, (at += (s.end - s.start) * perMs))
    at += gap
  }
  const scale = (time: number) => piecewise(domain, range, time)
  scale.invert = (x: number) => +new Date(piecewise(range, domain, x))
  return scale
}

/**
 * `x` mapped from the piece of `from` it falls in (the first or last piece beyond the ends, no
 * clamping) onto the same piece of `to`, as d3's `polymap`: `bisectRight(from, x, 1, n - 1) - 1`.
 */
function piecewise(from: readonly number[], to: readonly number[], x: number): number {
  const last = from.length - 2
  let i = 0
  while (i < last && from[i + 1]! <= x) i++
  const a = from[i]!
  const b = from[i + 1]! - a
  const t = b ? (x - a) / b : Number.isNaN(b) ? Number.NaN : 0.5
  return to[i]! * (1 - t) + to[i + 1]! * t
}

/** Years of a segment, as `[start, end)` in ms, for year cells and ticks. */
export function yearsOf(segment: TimeSegment): [number, number][] {
  return utcYear.range(new Date(segment.start), new Date(segment.end)).map((d) => [+d, +utcYear.offset(d, 1)])
}
