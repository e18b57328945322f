/**
 * Label placement without a DOM: pure, deterministic, driven by text widths from the shared
 * width table. Two shapes of problem occur in a timeline:
 * - `dodge`: labels in one column (a vertical timeline) that want to sit at their date's y;
 * - `stackRows`: labels beside a horizontal axis, stacked in rows above (or below) it, each tied
 *   to its date by a vertical leader line that must not cut through another label.
 */

/** A label in a column: where its start (top) wants to be and how much room it takes. */
export interface DodgeItem {
  target: number
  size: number
  /** The smallest start allowed for this label (it must stay clear of something before it). */
  min?: number
}

/** Options of `dodge`. */
export interface DodgeOptions {
  /** Space between two labels. @default 0 */
  gap?: number
  /** The smallest start allowed for any label. @default -Infinity */
  min?: number
  /**
   * `target`: labels keep the order of their targets. `input`: they keep the order they come in
   * (date order), even where a taller label's target lies before a shorter one's that precedes it.
   * @default 'target'
   */
  order?: 'target' | 'input'
}

/**
 * Starts (tops) for labels in one column, in input order: labels keep the order of their
 * targets (ties keep input order; with `order: 'input'`, the order they come in), never overlap, and move as little as possible (least squares;
 * labels wanting the same place spread evenly around it). Pools adjacent violators: each label
 * that overlaps its predecessor merges into one block placed at the mean of what its members want.
 * @example dodge([{ target: 10, size: 10 }, { target: 10, size: 10 }]) // [5, 15]
 */
export function dodge(
  items: readonly DodgeItem[],
  { gap = 0, min = -Infinity, order: by = 'target' }: DodgeOptions = {},
): number[] {
  for (const item of items)
    if (!Number.isFinite(item.target) || !(item.size >= 0))
      throw new RangeError(`invalid label: ${item.target}, ${item.size}`)
  const order = items.map((_, i) => i)
  if (by === 'target') order.sort((a, b) => items[a]!.target - items[b]!.target || a - b)
  interface Block {
    members: number[]
    /** Offset of each member's start from the block's start. */
    offsets: number[]
    /** Sum over members of (wanted start - offset): the block's wanted start times its size. */
    sumWanted: number
    floor: number
    start: number
    end: number
  }
  const blocks: Block[] = []
  const place = (b: Block) => {
    b.start = Math.max(b.sumWanted / b.members.length, b.floor)
    const last = b.members.length - 1
    b.end = b.start + b.offsets[last]! + items[b.members[last]!]!.size
  }
  for (const i of order) {
    const item = items[i]!
    const block: Block = {
      members: [i],
      offsets: [0],
      sumWanted: item.target,
      floor: Math.max(min, item.min ?? -Infinity),
      start: 0,
      end: 0,
    }
    place(block)
    blocks.push(block)
    for (;;) {
      const b = blocks[blocks.length - 1]!
      const a = blocks[blocks.length - 2]
      if (!a || a.end + gap <= b.start) break
      blocks.pop()
      const base = a.end - a.start + gap
      b.members.forEach((m, k) => {
        const offset = base + b.offsets[k]!
        a.members.push(m)
        a.offsets.push(offset)
        a.sumWanted += items[m]!.target - offset
        a.floor = Math.max(a.floor, Math.max(min, items[m]!.min ?? -Infinity) - offset)
      })
      place(a)
    }
  }
  const starts = new Array<number>(items.length)
  for (const b of blocks) {
    for (const [k, m] of b.members.entries()) starts[m] = b.start + b.offsets[k]!
  }
  return starts
}

/**
 * Clearance between a leader line and a label it passes; leaders closer than this to each other
 * are drawn as one.
 */
export const LEADER_PAD = 2

/** A label beside a horizontal axis: the x of its date and its width. */
export interface StackItem {
  anchor: number
  width: number
}

/** Options of `stackRows`. */
export interface StackOptions {
  /** Leftmost x a label may use. */
  left: number
  /** Rightmost x a label may use. */
  right: number
  /** Space kept between labels in a row and between a label and another label's leader. @default 8 */
  gap?: number
  /**
   * Which side of the axis the rows grow to: `above` (row 0 is the lowest) or `below` (row 0 is
   * the highest). Read top to bottom, overlapping labels then follow date order either way.
   * @default 'above'
   */
  side?: 'above' | 'below'
}

/** Where `stackRows` put a label: its row (0 is next to the axis) and horizontal extent. */
export interface StackPlacement {
  row: number
  /** `start`: the label runs right of its leader; `end`: it runs left of it. */
  align: 'start' | 'end'
  x0: number
  x1: number
}

/**
 * Rows for labels hung on vertical leader lines from a horizontal axis ("flags"). Items come in
 * date order (anchors ascending; ties keep input order, as a stable sort by date leaves them).
 * Two rules decide the rows:
 * - a label that covers another's leader sits farther from the axis, so that leader ends before
 *   reaching it;
 * - labels whose extents overlap read top to bottom in date order: above the axis the earlier
 *   one is farther out, below it the earlier one is nearer.
 * Above the axis labels run right of their leader, below it left, the sides on which the first
 * rule agrees with the second; a label takes the other side where its own does not fit, or where
 * the other side covers no leader and its own does (fewer rows). Labels are then placed from the
 * axis out in the second rule's order, a label covering a leader waiting for that leader's label,
 * each in the row just outside every placed label it overlaps or covers: labels never overlap.
 * Only labels that do not fit on their own side can bring the rules into conflict: the first one
 * wins, leaders stay clear, and that pair reads out of order.
 */
export function stackRows(
  items: readonly StackItem[],
  { left, right, gap = 8, side = 'above' }: StackOptions,
): StackPlacement[] {
  for (const { anchor, width } of items)
    if (!Number.isFinite(anchor) || !(width >= 0)) throw new RangeError(`invalid label: ${anchor}, ${width}`)
  // Plain loops over typed arrays, not closures per pair: a fresh isolate's first timeline runs
  // this in the interpreter for every drawing and candidate wrap width.
  const n = items.length
  const own: StackPlacement['align'] = side === 'above' ? 'start' : 'end'
  const other: StackPlacement['align'] = side === 'above' ? 'end' : 'start'
  const anchor = new Float64Array(n)
  const width = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    anchor[i] = items[i]!.anchor
    width[i] = items[i]!.width
  }
  const x0 = new Float64Array(n)
  const x1 = new Float64Array(n)
  const align = new Array<StackPlacement['align']>(n)
  /** Whether the label of `i`, spanning [l, r], covers another's leader. */
  const coversAny = (i: number, l: number, r: number) => {
    for (let j = 0; j < n; j++)
      if (
        j !== i &&
        Math.abs(anchor[j]! - anchor[i]!) >= LEADER_PAD &&
        l - LEADER_PAD < anchor[j]! &&
        anchor[j]! < r + LEADER_PAD
      )
        return true
    return false
  }
  for (let i = 0; i < n; i++) {
    // The extent of the label on its own side and on the other.
    const [ol, or] = own === 'start' ? [anchor[i]!, anchor[i]! + width[i]!] : [anchor[i]! - width[i]!, anchor[i]!]
    const [tl, tr] = own === 'start' ? [anchor[i]! - width[i]!, anchor[i]!] : [anchor[i]!, anchor[i]! + width[i]!]
    const fitsOwn = ol >= left && or <= right
    const fitsOther = tl >= left && tr <= right
    const turn = (!fitsOwn && fitsOther) || (fitsOwn && fitsOther && coversAny(i, ol, or) && !coversAny(i, tl, tr))
    align[i] = turn ? other : own
    x0[i] = turn ? tl : ol
    x1[i] = turn ? tr : or
  }
  const covers = (i: number, j: number) => {
    const a = anchor[j]!
    return Math.abs(anchor[i]! - a) >= LEADER_PAD && x0[i]! - LEADER_PAD < a && a < x1[i]! + LEADER_PAD
  }
  // Two labels that face each other and each cover the other's leader can take no rows that
  // keep both leaders clear: the one on its own side turns too, as long as it fits.
  for (let changed = true; changed; ) {
    changed = false
    for (let i = 0; i < n; i++) {
      if (align[i] !== own) continue
      let facing = false
      for (let j = 0; j < n && !facing; j++) facing = align[j] === other && covers(i, j) && covers(j, i)
      if (!facing) continue
      const [l, r] = other === 'start' ? [anchor[i]!, anchor[i]! + width[i]!] : [anchor[i]! - width[i]!, anchor[i]!]
      if (l < left || r > right) continue
      align[i] = other
      x0[i] = l
      x1[i] = r
      changed = true
    }
  }
  // From here on the extents are final: which label covers which leader, once (`cover[i * n + j]`).
  const cover = new Uint8Array(n * n)
  const waiting = new Array<number>(n).fill(0)
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (j !== i && covers(i, j)) {
        cover[i * n + j] = 1
        waiting[i]!++
      }
  // Two labels that turn their backs on each other are kept apart by their leaders and the
  // room between each label and its leader: they need no gap of their own.
  const apart = (a: number, b: number) => x1[a]! + (align[a] === 'end' && align[b] === 'start' ? 0 : gap) <= x0[b]!
  // Date order, then the order in which the second rule reads labels from the axis out.
  const byDate = Array.from({ length: n }, (_, i) => i).sort((a, b) => anchor[a]! - anchor[b]! || a - b)
  const outward = side === 'above' ? byDate.reverse() : byDate
  // Labels are placed in that order, except that a label covering another's leader waits for
  // it (Kahn's algorithm); each goes right outside every placed label it overlaps or covers.
  const row = new Array<number>(n).fill(-1)
  const result = new Array<StackPlacement>(n)
  const done: number[] = []
  while (done.length < n) {
    // A cycle (only between labels that fit on neither side) is broken at the first one left.
    let i = -1
    for (const k of outward)
      if (row[k] === -1 && waiting[k] === 0) {
        i = k
        break
      }
    if (i < 0) i = outward.find((k) => row[k] === -1)!
    let r = 0
    for (const j of done) if (!(apart(j, i) || apart(i, j)) || cover[i * n + j]) r = Math.max(r, row[j]! + 1)
    row[i] = r
    result[i] = { row: r, align: align[i]!, x0: x0[i]!, x1: x1[i]! }
    done.push(i)
    for (let k = 0; k < n; k++) if (cover[k * n + i]) waiting[k]!--
  }
  return result
}

/**
 * How many leaders run through a label as `stackRows` placed them: pairs where a label covers
 * another's leader (as `stackRows` reads it, within {@link LEADER_PAD}) without standing farther
 * from the axis than that leader's own label. `stackRows` keeps this at 0 unless the labels' sides
 * bring its rules into conflict (a cycle of labels each covering the next one's leader); a layout
 * that gets more than 0 has no honest drawing at that width and falls back (see flagsLayout).
 * @example leaderClashes([{ anchor: 0, width: 50 }, { anchor: 20, width: 50 }], [{ row: 0, align: 'start' }, { row: 0, align: 'start' }]) // 1
 */
export function leaderClashes(
  items: readonly StackItem[],
  placed: readonly Pick<StackPlacement, 'row' | 'align'>[],
): number {
  let clashes = 0
  items.forEach((a, i) => {
    const [x0, x1] = placed[i]!.align === 'start' ? [a.anchor, a.anchor + a.width] : [a.anchor - a.width, a.anchor]
    items.forEach((b, j) => {
      if (j === i || Math.abs(a.anchor - b.anchor) < LEADER_PAD) return
      if (x0 - LEADER_PAD < b.anchor && b.anchor < x1 + LEADER_PAD && placed[i]!.row <= placed[j]!.row) clashes++
    })
  })
  return clashes
}
