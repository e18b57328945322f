import type { ScaleTime } from 'd3'
import { scaleUtc, utcYear } from 'd3'

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
 * A UTC scale over segments, laid end to end on [r0, r1] with `gap` between them (where the
 * axis break is drawn): a d3 polylinear scale whose domain and range list every segment's ends.
 */
export function segmentedScale(
  segments: readonly TimeSegment[],
  r0: number,
  r1: number,
  gap: number,
): ScaleTime<number, number> {
  const span = segments.reduce((sum, s) => sum + (s.end - s.start), 0)
  const perMs = (r1 - r0 - gap * (segments.length - 1)) / span
  const domain: Date[] = []
  const range: number[] = []
  let at = r0
  for (const s of segments) {
    domain.push(new Date(s.start), new Date(s.end))
    range.push(at, (at += (s.end - s.start) * perMs))
    at += gap
  }
  return scaleUtc().domain(domain).range(range)
}

/** Years of a segment, as `[start, end)` in ms, for year cells and ticks. */
export function yearsOf(segment: TimeSegment): [number, number][] {
  return utcYear.range(new Date(segment.start), new Date(segment.end)).map((d) => [+d, +utcYear.offset(d, 1)])
}
