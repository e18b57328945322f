import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dodge,
  LEADER_PAD,
  leaderClashes,
  type StackPlacement,
  stackRows,
} from '../../../widgets/timeline/label-placement.ts'

/** Fixed seed: the properties are checked on the same 1,000 cases every run. */
const RUNS = { seed: 4, numRuns: 1000 }

const overlaps = (a: StackPlacement, b: StackPlacement) => a.row === b.row && a.x0 < b.x1 && b.x0 < a.x1
/** One above the other, whatever their rows. */
const sameColumn = (a: StackPlacement, b: StackPlacement) => a.x0 < b.x1 && b.x0 < a.x1

describe('dodge', () => {
  it('leaves a single label at its target', () => {
    expect(dodge([{ target: 42, size: 30 }])).toEqual([42])
  })

  it('spreads labels of the same date evenly around it, in input order', () => {
    expect(
      dodge(
        [
          { target: 100, size: 20 },
          { target: 100, size: 20 },
        ],
        { gap: 4 },
      ),
    ).toEqual([88, 112])
    expect(
      dodge([
        { target: 100, size: 20 },
        { target: 100, size: 20 },
        { target: 100, size: 20 },
      ]),
    ).toEqual([80, 100, 120])
  })

  it('leaves labels that do not touch where they are', () => {
    expect(
      dodge([
        { target: 0, size: 10 },
        { target: 50, size: 10 },
        { target: 20, size: 10 },
      ]),
    ).toEqual([0, 50, 20])
  })

  it('keeps many labels of one month apart and in date order', () => {
    const targets = [10, 11, 11, 12, 14, 15, 15, 16]
    const starts = dodge(
      targets.map((target) => ({ target, size: 30 })),
      { gap: 6 },
    )
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeCloseTo(36)
  })

  it('respects a floor, for the whole block it pushes', () => {
    expect(
      dodge(
        [
          { target: 0, size: 20 },
          { target: 0, size: 20 },
        ],
        { min: 10 },
      ),
    ).toEqual([10, 30])
    expect(
      dodge([
        { target: 50, size: 20 },
        { target: 52, size: 20, min: 80 },
      ]),
    ).toEqual([50, 80])
    expect(
      dodge([
        { target: 50, size: 20 },
        { target: 60, size: 20, min: 65 },
      ]),
    ).toEqual([45, 65])
  })

  it('keeps date order when labels of one date differ in height', () => {
    const [tall, short] = dodge(
      [
        { target: 100, size: 60 },
        { target: 101, size: 15 },
      ],
      { gap: 5 },
    )
    expect(short!).toBeCloseTo(tall! + 65)
  })

  it("keeps the input order with order: 'input', where a later label's target comes first", () => {
    // The running total: the last step's label is a line taller, so its bottom wants to sit below
    // the label of the step before; date order still puts it after (above, counted upwards).
    const items = [
      { target: -120, size: 30 },
      { target: -125, size: 45 },
    ]
    const [earlier, later] = dodge(items, { gap: 6, order: 'input' })
    expect(later!).toBeGreaterThanOrEqual(earlier! + 30 + 6)
    const [first, second] = dodge(items, { gap: 6 })
    expect(first!).toBeGreaterThan(second!)
  })

  it('rejects a label without a position', () => {
    expect(() => dodge([{ target: Number.NaN, size: 10 }])).toThrow(RangeError)
  })

  it('never overlaps and never reorders, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ target: fc.integer({ min: 0, max: 500 }), size: fc.integer({ min: 1, max: 60 }) }), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 10 }),
        (items, gap) => {
          const starts = dodge(items, { gap })
          const order = items.map((_, i) => i).sort((a, b) => items[a]!.target - items[b]!.target || a - b)
          for (let k = 1; k < order.length; k++) {
            const a = order[k - 1]!
            const b = order[k]!
            expect(starts[b]! - (starts[a]! + items[a]!.size)).toBeGreaterThanOrEqual(gap - 1e-9)
          }
        },
      ),
      RUNS,
    )
  })
})

describe('stackRows', () => {
  const box = { left: 0, right: 600, gap: 8 }

  it('puts a single label in the first row, right of its leader', () => {
    expect(stackRows([{ anchor: 100, width: 80 }], box)).toEqual([{ row: 0, align: 'start', x0: 100, x1: 180 }])
  })

  it('stacks labels of the same date on one leader in date order, read top to bottom', () => {
    const same = [
      { anchor: 300, width: 90 },
      { anchor: 300, width: 90 },
    ]
    // Above the axis row 0 is the lowest: the earlier label (input order) is stacked higher.
    const [fizuli, jabrayil] = stackRows(same, box)
    expect(fizuli!.row).toBe(1)
    expect(jabrayil!.row).toBe(0)
    expect(fizuli!.x0).toBe(300)
    // Below it row 0 is the highest: the earlier label is nearer the axis.
    const [clashes, ceasefire] = stackRows(same, { ...box, side: 'below' })
    expect(clashes!.row).toBe(0)
    expect(ceasefire!.row).toBe(1)
    expect(clashes!.align).toBe('end')
  })

  it('reads overlapping labels top to bottom in date order wherever each fits on its own side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ anchor: fc.integer({ min: 200, max: 400 }), width: fc.integer({ min: 10, max: 200 }) }), {
          maxLength: 20,
        }),
        fc.constantFrom('above' as const, 'below' as const),
        (unsorted, side) => {
          const items = [...unsorted].sort((a, b) => a.anchor - b.anchor)
          const placed = stackRows(items, { ...box, side })
          checkFlags(items, placed)
          // Screen y grows with the row below the axis and shrinks with it above.
          const y = (p: StackPlacement) => (side === 'below' ? p.row : -p.row)
          placed.forEach((a, i) => {
            placed.forEach((b, j) => {
              if (i < j && sameColumn(a, b)) expect(y(a), `labels ${i} and ${j} out of date order`).toBeLessThan(y(b))
            })
          })
        },
      ),
      RUNS,
    )
  })

  it('turns a label left of its leader at the right edge', () => {
    expect(stackRows([{ anchor: 590, width: 80 }], box)[0]).toEqual({ row: 0, align: 'end', x0: 510, x1: 590 })
  })

  it('keeps a label as a whole range at the left edge right of its leader', () => {
    expect(stackRows([{ anchor: 0, width: 120 }], box)[0]).toMatchObject({ row: 0, align: 'start', x0: 0 })
  })

  it('lays out many labels of one month without overlaps or leaders through labels', () => {
    const anchors = [300, 302, 302, 305, 307, 310, 311, 315, 318, 320]
    const items = anchors.map((anchor) => ({ anchor, width: 100 }))
    const placed = stackRows(items, box)
    checkFlags(items, placed)
    expect(new Set(placed.map((p) => p.row)).size).toBeGreaterThan(1)
  })

  it('puts a label that runs left over a short one above it, so its leader stays clear', () => {
    const [long, short] = stackRows(
      [
        { anchor: 463, width: 138 },
        { anchor: 326, width: 10 },
      ],
      box,
    )
    expect(long).toMatchObject({ align: 'end', row: 1 })
    expect(short).toMatchObject({ align: 'start', row: 0 })
  })

  it('never overlaps labels or cuts them with a leader when every label may run left', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ anchor: fc.integer({ min: 200, max: 600 }), width: fc.integer({ min: 10, max: 200 }) }), {
          maxLength: 20,
        }),
        (items) => checkFlags(items, stackRows(items, box)),
      ),
      RUNS,
    )
  })

  it('never overlaps labels, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ anchor: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 10, max: 400 }) }), {
          maxLength: 20,
        }),
        (items) => {
          const placed = stackRows(items, box)
          for (const [i, a] of placed.entries()) {
            for (const [j, b] of placed.entries()) if (i !== j) expect(overlaps(a, b)).toBe(false)
          }
        },
      ),
      RUNS,
    )
  })

  /** No two labels overlap; a leader (from the axis to its label's row) cuts no other label. */
  function checkFlags(items: { anchor: number }[], placed: StackPlacement[]) {
    placed.forEach((a, i) => {
      placed.forEach((b, j) => {
        if (i === j) return
        expect(overlaps(a, b), `labels ${i} and ${j} overlap`).toBe(false)
        const leader = items[i]!.anchor
        if (b.row < a.row && Math.abs(items[j]!.anchor - leader) >= LEADER_PAD)
          expect(b.x0 < leader && leader < b.x1, `leader ${i} cuts label ${j}`).toBe(false)
      })
    })
  }
})

describe('leaderClashes', () => {
  it('counts none where stackRows could keep every leader clear', () => {
    const items = [
      { anchor: 0, width: 50 },
      { anchor: 20, width: 50 },
      { anchor: 40, width: 50 },
    ]
    expect(leaderClashes(items, stackRows(items, { left: 0, right: 200 }))).toBe(0)
  })

  it('counts a label that covers a leader from a row no farther out', () => {
    const items = [
      { anchor: 0, width: 50 },
      { anchor: 20, width: 50 },
    ]
    const rows = [
      { row: 0, align: 'start' as const },
      { row: 0, align: 'start' as const },
    ]
    expect(leaderClashes(items, rows)).toBe(1)
  })

  it('counts the clash of two labels that must face each other, each over the other’s leader', () => {
    // The first fits only right of its leader, the second only left: whichever is lower is cut.
    const items = [
      { anchor: 30, width: 60 },
      { anchor: 70, width: 60 },
    ]
    const placed = stackRows(items, { left: 0, right: 100 })
    expect(placed.map((p) => p.align)).toEqual(['start', 'end'])
    expect(leaderClashes(items, placed)).toBe(1)
  })
})
