import { describe, expect, it } from 'vitest'
import { contrast, luminance, PALETTES } from '../../../widgets/frame/theme.ts'

describe('the palettes', () => {
  for (const [name, p] of Object.entries(PALETTES)) {
    it(`pass WCAG AA for text in ${name} (4.5:1 on the background)`, () => {
      for (const text of [p.fg, p.muted, p.link]) expect(contrast(text, p.bg)).toBeGreaterThanOrEqual(4.5)
    })

    it(`pass WCAG AA for graphics and focus rings in ${name} (3:1, WCAG 1.4.11)`, () => {
      for (const mark of [p.mark, p.markHover, p.focus, p.axis]) expect(contrast(mark, p.bg)).toBeGreaterThanOrEqual(3)
    })

    it(`tell highlighted bars from muted ones at a glance in ${name} (at least 3:1 between them)`, () => {
      // Muted bars are decoration by intent (their label and value say the figure as text), so
      // they sit close to the background and far from the highlighted bars: 1.8:1 before.
      expect(contrast(p.mark, p.markMuted)).toBeGreaterThanOrEqual(3)
      expect(contrast(p.markMuted, p.bg)).toBeLessThan(contrast(p.mark, p.bg))
    })

    it(`paint a hovered bar as a shade of the bars, not the text colour, in ${name}`, () => {
      expect(p.markHover).not.toBe(p.fg)
      expect(contrast(p.markHover, p.mark)).toBeGreaterThanOrEqual(1.3)
    })
  }

  it('never paints a hovered bar near-white in dark mode', () => {
    expect(luminance(PALETTES.dark.markHover)).toBeLessThan(0.4)
  })

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
