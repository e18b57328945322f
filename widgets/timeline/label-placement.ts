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
}

/**
 * Starts (tops) for labels in one column, in input order: labels keep the order of their
 * targets (ties keep input order), never overlap, and move as little as possible (least squares;
 * labels wanting the same place spread evenly around it). Pools adjacent violators: each label
 * that overlaps its predecessor merges into one block placed at the mean of what its members want.
 * @example dodge([{ target: 10, size: 10 }, { target: 10, size: 10 }]) // [5, 15]
 */
export function dodge(items: readonly DodgeItem[], { gap = 0, min = -Infinity }: DodgeOptions = {}): number[] {
  for (const item of items)
    if (!Number.isFinite(item.target) || !(item.size >= 0))
      throw new RangeError(`invalid label: ${item.target}, ${item.size}`)
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.target - items[b]!.target || a - b)
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
}

/** Where `stackRows` put a label: its row (0 is next to the axis) and horizontal extent. */
export interface StackPlacement {
  row: number
  /** `start`: the label runs right of its leader; `end`: it runs left of it (near the right edge). */
  align: 'start' | 'end'
  x0: number
  x1: number
}

/**
 * Rows for labels hung on vertical leader lines from a horizontal axis ("flags"). A label runs
 * right of its leader, or left of it near the right edge. A label that covers another's leader
 * must sit above it, so that leader ends before reaching it; labels are placed in that order
 * (covered first), each in the lowest row above everything it covers where it overlaps no label
 * of its row. Labels of the same date share one leader and simply stack. Deterministic: ties
 * keep input order (the earlier one nearer the axis).
 *
 * Labels never overlap. Leaders cut no label as long as a label that must run right (at the left
 * edge) is not chained to the right edge through labels that each cover the next one's leader;
 * then the chain is placed right to left and one leader may pass behind a label.
 */
export function stackRows(items: readonly StackItem[], { left, right, gap = 8 }: StackOptions): StackPlacement[] {
  for (const { anchor, width } of items)
    if (!Number.isFinite(anchor) || !(width >= 0)) throw new RangeError(`invalid label: ${anchor}, ${width}`)
  const n = items.length
  const byAnchor = items.map((_, i) => i).sort((a, b) => items[b]!.anchor - items[a]!.anchor || a - b)
  const align = new Array<StackPlacement['align']>(n)
  // A label's extent, as two numbers rather than a pair: these run O(n²) times per layout, and
  // a pair per call was most of the garbage stackRows made.
  const left0 = (i: number) => (align[i] === 'start' ? items[i]!.anchor : items[i]!.anchor - items[i]!.width)
  const right0 = (i: number) => (align[i] === 'start' ? items[i]!.anchor + items[i]!.width : items[i]!.anchor)
  const covers = (i: number, j: number) => {
    const a = items[j]!.anchor
    if (Math.abs(items[i]!.anchor - a) < LEADER_PAD) return false
    return left0(i) - LEADER_PAD < a && a < right0(i) + LEADER_PAD
  }
  // Right to left: a label runs to the side where it covers no other leader (right when both
  // or neither do), turns left at the right edge, and turns left where running right would make
  // it and a left-running label to its right cover each other's leaders.
  const coversAny = (i: number) => byAnchor.some((j) => j !== i && covers(i, j))
  for (const i of byAnchor) {
    const { anchor, width } = items[i]!
    const fitsStart = anchor + width <= right
    const fitsEnd = anchor - width >= left
    align[i] = 'start'
    const rightCovers = coversAny(i)
    align[i] = 'end'
    const leftCovers = coversAny(i)
    align[i] = fitsStart || !fitsEnd ? 'start' : 'end'
    if (align[i] === 'start' && fitsEnd && rightCovers && !leftCovers) align[i] = 'end'
    if (align[i] === 'start' && fitsEnd && byAnchor.some((j) => align[j] === 'end' && covers(i, j) && covers(j, i)))
      align[i] = 'end'
  }
  // Place covered labels before the labels that cover them (Kahn's algorithm), right to left.
  const below = items.map((_, i) => byAnchor.filter((j) => j !== i && covers(i, j)))
  const waiting = below.map((list) => list.length)
  const placedRow = new Array<number>(n).fill(-1)
  const result = new Array<StackPlacement>(n)
  const done: number[] = []
  while (done.length < n) {
    // A cycle (never with real labels) is broken at the rightmost label left.
    const i =
      byAnchor.find((k) => placedRow[k] === -1 && waiting[k] === 0) ?? byAnchor.find((k) => placedRow[k] === -1)!
    const x0 = left0(i)
    const x1 = right0(i)
    let row = 0
    for (const j of below[i]!) if (placedRow[j]! >= 0) row = Math.max(row, placedRow[j]! + 1)
    const clash = (r: number) =>
      done.some((j) => placedRow[j] === r && !(right0(j) + gap <= x0 || x1 + gap <= left0(j)))
    while (clash(row)) row++
    placedRow[i] = row
    result[i] = { row, align: align[i]!, x0, x1 }
    done.push(i)
    items.forEach((_, k) => {
      if (below[k]!.includes(i)) waiting[k]!--
    })
  }
  return result
}
