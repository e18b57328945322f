import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'

/** A box on screen, px. */
export interface Rect {
  x0: number
  x1: number
  y0: number
  y1: number
}

/** A point on screen, px. */
export interface Point {
  x: number
  y: number
}

/** What timeline-geometry.js reads from the drawing CSS shows. */
export interface TimelineGeometry {
  /** `tl-n`, `tl-w`, `tl-x` or `tl-y`. */
  drawing: string
  width: number
  height: number
  /** Each leader line as a polyline (a `<line>`: two points). */
  leaders: Point[][]
  texts: (Rect & { text: string })[]
  /** Each entry's label (the union of its texts), in document order, which is date order. */
  labels: (Rect & { name: string; kind: 'item' | 'context' })[]
  /** Each range mark's width on screen. */
  ranges: { name: string; width: number }[]
}

const SOURCE = readFileSync(resolve(import.meta.dirname, 'timeline-geometry.js'), 'utf8')

/** The geometry of the timeline drawing shown in `page` (null when none is). */
export function timelineGeometry(page: Page): Promise<TimelineGeometry | null> {
  return page.evaluate(SOURCE) as Promise<TimelineGeometry | null>
}

/**
 * Whether segment `a`–`b` passes through `r` shrunk by `inset` px on each side (Liang–Barsky
 * clipping): a leader that only grazes a text's glyph cell does not count.
 */
export function segmentCrossesRect(a: Point, b: Point, r: Rect, inset = 0.5): boolean {
  const [x0, x1, y0, y1] = [r.x0 + inset, r.x1 - inset, r.y0 + inset, r.y1 - inset]
  if (x0 >= x1 || y0 >= y1) return false
  const dx = b.x - a.x
  const dy = b.y - a.y
  let t0 = 0
  let t1 = 1
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false
    } else {
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

/** Every (leader, text) pair where the leader passes through the text, as "leader n / text". */
export function leaderCrossings(g: TimelineGeometry): string[] {
  const out: string[] = []
  g.leaders.forEach((line, n) => {
    for (const t of g.texts)
      if (line.some((p, k) => k > 0 && segmentCrossesRect(line[k - 1]!, p, t))) out.push(`leader ${n} / "${t.text}"`)
  })
  return out
}

/**
 * Pairs of labels of one kind (items above the axis, context events below) that stand one above
 * the other but whose top-to-bottom order is not their date order.
 */
export function outOfDateOrder(g: TimelineGeometry): string[] {
  const out: string[] = []
  g.labels.forEach((a, i) => {
    g.labels.forEach((b, j) => {
      if (j <= i || a.kind !== b.kind) return
      const column = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5
      if (column && !(a.y0 < b.y0)) out.push(`"${a.name}" below "${b.name}"`)
    })
  })
  return out
}
