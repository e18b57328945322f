import { describe, expect, it } from 'vitest'
import { contrast, PALETTES } from '../../../widgets/frame/theme.ts'

describe('the palettes', () => {
  for (const [name, p] of Object.entries(PALETTES)) {
    it(`pass WCAG AA for text in ${name} (4.5:1 on the background)`, () => {
      for (const text of [p.fg, p.muted, p.link]) expect(contrast(text, p.bg)).toBeGreaterThanOrEqual(4.5)
    })

    it(`pass WCAG AA for graphics and focus rings in ${name} (3:1, WCAG 1.4.11)`, () => {
      for (const mark of [p.mark, p.markMuted, p.focus, p.axis]) expect(contrast(mark, p.bg)).toBeGreaterThanOrEqual(3)
    })

    it(`tell highlighted bars from muted ones in ${name}`, () => {
      expect(contrast(p.mark, p.markMuted)).toBeGreaterThan(1.1)
      expect(p.mark).not.toBe(p.markMuted)
    })
  }

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
