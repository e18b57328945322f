import { describe, expect, it } from 'vitest'
import { type BarLayout, FONT, LINE, layoutBars, MIN_WIDTH } from '../../../widgets/bar-chart/layout.ts'
import type { BarDatum } from '../../../widgets/bar-chart/types.ts'
import { chartWords } from '../../../widgets/bar-chart/words.ts'
import { textWidth } from '../../../widgets/shared/text-width.ts'

const layouts = (rows: BarDatum[], lang: 'en' | 'ru' = 'en') => {
  const words = chartWords(rows, lang, { unit: 'km²' })
  return { words, stacked: layoutBars(words, 'stacked'), beside: layoutBars(words, 'beside') }
}

/** No two rows share vertical space, and within a row the label never sits on the bar. */
function expectRowsApart(layout: BarLayout) {
  for (let i = 1; i < layout.rows.length; i++) {
    const above = layout.rows[i - 1]!
    expect(layout.rows[i]!.top).toBeGreaterThanOrEqual(above.top + above.height)
  }
  if (layout.arrangement === 'stacked')
    for (const row of layout.rows) expect(row.barY).toBeGreaterThanOrEqual(row.labelY.at(-1)! + 3)
}

describe('layoutBars', () => {
  it('lays out one row with the whole length and no ticks to compare with', () => {
    const { words, stacked, beside } = layouts([{ id: 'a', label: 'Shusha', value: 289 }])
    expect(stacked.rows).toHaveLength(1)
    expect(stacked.rows[0]!.fraction).toBe(1)
    expect(beside.ticks.map((t) => t.text)).toEqual(['0', '50', '100', '150', '200', '250'])
    expect(words.description).toBe('Bar chart of 1 value. Shusha:\u00a0289\u00a0km².')
  })

  it('draws equal values as equal bars and says they are equal', () => {
    const { words, beside } = layouts([
      { id: 'a', label: 'A', value: 5 },
      { id: 'b', label: 'B', value: 5 },
    ])
    expect(beside.rows.map((r) => r.fraction)).toEqual([1, 1])
    expect(words.description).toBe('Bar chart of 2 values. All are equal: 5\u00a0km². Total: 10\u00a0km².')
  })

  it('draws a zero as no bar but keeps its label and value', () => {
    const { words, stacked } = layouts([
      { id: 'a', label: 'A', value: 10 },
      { id: 'z', label: 'Zero', value: 0 },
    ])
    expect(stacked.rows[1]!.fraction).toBe(0)
    expect(words.bars[1]!.value).toBe('0\u00a0km²')
    expect(words.description).toContain('Smallest: Zero, 0\u00a0km².')
  })

  it('draws only zeros without dividing by zero', () => {
    const { stacked, beside } = layouts([
      { id: 'a', label: 'A', value: 0 },
      { id: 'b', label: 'B', value: 0 },
    ])
    expect(stacked.rows.map((r) => r.fraction)).toEqual([0, 0])
    expect(beside.ticks).toEqual([])
  })

  it('lays out no rows at all', () => {
    const { words, stacked } = layouts([])
    expect(stacked.rows).toEqual([])
    expect(words.description).toBe('Bar chart of 0 values.')
    expect(Number.isFinite(stacked.height)).toBe(true)
  })

  it('wraps very long names within the narrowest chart when stacked, and within the label column beside', () => {
    const long = 'Autonomous Region of the Extraordinarily Long Administrative Name With Many Words'
    const { stacked, beside } = layouts([
      { id: 'a', label: long, value: 3 },
      { id: 'b', label: 'B', value: 1 },
    ])
    expect(stacked.rows[0]!.labelLines.length).toBeGreaterThan(1)
    for (const line of stacked.rows[0]!.labelLines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(MIN_WIDTH)
    for (const line of beside.rows[0]!.labelLines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(beside.labelWidth)
    expect(beside.rows[0]!.height).toBe(beside.rows[0]!.labelLines.length * LINE)
    expectRowsApart(stacked)
    expectRowsApart(beside)
  })

  it('moves the Russian "Нагорный Карабах" beside its bar only where the chart is wide enough', () => {
    const { stacked, beside } = layouts(
      [
        { id: 'nk', label: 'Нагорный Карабах', value: 4400 },
        { id: 's', label: 'Шуша', value: 289 },
      ],
      'ru',
    )
    expect(stacked.minWidth).toBe(MIN_WIDTH)
    expect(beside.minWidth).toBeGreaterThanOrEqual(beside.labelWidth + 240 + beside.valueWidth)
    expect(beside.rows[0]!.labelLines).toEqual(['Нагорный Карабах'])
  })

  it('keeps tick labels apart at the narrowest width of the beside layout', () => {
    const { beside } = layouts([{ id: 'a', label: 'A', value: 1234567 }])
    const widths = beside.ticks.map((t) => textWidth(t.text, 12))
    for (let i = 1; i < beside.ticks.length; i++) {
      const gap = (beside.ticks[i]!.fraction - beside.ticks[i - 1]!.fraction) * 240
      expect(gap).toBeGreaterThan((widths[i]! + widths[i - 1]!) / 2)
    }
  })

  it('rounds every coordinate to a tenth of a pixel', () => {
    const { stacked, beside } = layouts([
      { id: 'a', label: 'A', value: 1 / 3 },
      { id: 'b', label: 'B', value: 2 / 3 },
    ])
    for (const layout of [stacked, beside])
      for (const row of layout.rows)
        for (const n of [row.barY, row.valueY, row.top, row.height, ...row.labelY])
          expect(Math.round(n * 10)).toBeCloseTo(n * 10, 9)
  })
})

describe('values of any size', () => {
  const euros = (rows: BarDatum[], lang: 'en' | 'ru' = 'en') => {
    const words = chartWords(rows, lang, { currency: 'EUR' })
    return { words, stacked: layoutBars(words, 'stacked'), beside: layoutBars(words, 'beside') }
  }
  const budget: BarDatum[] = [
    { id: 'schools', label: 'Schools', value: 1_450_000_000 },
    { id: 'sport', label: 'Sport', value: 4_250_000 },
    { id: 'twinning', label: 'Town twinning', value: 120_000 },
    { id: 'tourism', label: 'Tourist office', value: 0 },
  ]

  it('reads a share under 0.1% as "<0.1%", and only a real zero as "0.0%"', () => {
    const { words } = euros(budget)
    expect(words.bars.map((b) => b.share)).toEqual(['99.7%', '0.3%', '<0.1%', '0.0%'])
    expect(words.bars[2]!.readout).toBe('Town twinning:\u00a0€120,000 ·\u00a0<0.1%\u00a0of\u00a0the\u00a0total')
  })

  it('keeps every digit in the readout and the total, and writes large labels compactly', () => {
    const { words } = euros(budget)
    expect(words.bars.map((b) => b.valueLabel)).toEqual(['€1.45bn', '€4.25m', '€120,000', '€0'])
    expect(words.bars[0]!.value).toBe('€1,450,000,000')
    expect(words.total).toBe('Total: €1,454,370,000')
    expect(euros(budget, 'ru').words.bars[0]!.valueLabel).toBe('1,45\u00a0млрд\u00a0€')
  })

  it('draws a bar under 1 px as a visible mark, and zero as no bar at all', () => {
    const { stacked, beside } = euros(budget)
    for (const layout of [stacked, beside]) {
      expect(layout.rows.map((r) => r.tiny ?? false)).toEqual([false, true, true, false])
      expect(layout.rows[3]!.fraction).toBe(0)
    }
  })

  it('labels axis ticks compactly up to €1.45bn, apart at the narrowest width', () => {
    const { beside } = euros(budget)
    expect(beside.ticks.map((t) => t.text)).toEqual(['€0', '€500m', '€1bn'])
    for (let i = 1; i < beside.ticks.length; i++) {
      const gap = (beside.ticks[i]!.fraction - beside.ticks[i - 1]!.fraction) * 240
      expect(gap).toBeGreaterThanOrEqual(
        (textWidth(beside.ticks[i]!.text, 12) + textWidth(beside.ticks[i - 1]!.text, 12)) / 2 + 14,
      )
    }
  })

  it('draws negative values left of a zero line, with their own sign, and gives no shares', () => {
    const { words, beside, stacked } = euros([
      { id: 'gain', label: 'Gain', value: 80 },
      { id: 'none', label: 'None', value: 0 },
      { id: 'loss', label: 'Loss', value: -120 },
    ])
    for (const layout of [beside, stacked]) {
      expect(layout.zero).toBeCloseTo(0.6, 9)
      expect(layout.rows.map((r) => [r.start, r.fraction, r.negative ?? false])).toEqual([
        [0.6, 1, false],
        [0.6, 0.6, false],
        [0, 0.6, true],
      ])
    }
    expect(beside.ticks.map((t) => t.text)).toContain('\u2212€100')
    expect(words.bars.map((b) => [b.value, b.share])).toEqual([
      ['€80', undefined],
      ['€0', undefined],
      ['\u2212€120', undefined],
    ])
    expect(words.total).toBe('Total: \u2212€40')
  })

  it('keeps a chart without negative values starting at 0, as it always did', () => {
    const { beside } = euros(budget)
    expect(beside.zero).toBe(0)
    expect(beside.rows.every((r) => r.start === undefined && !r.negative)).toBe(true)
  })
})
