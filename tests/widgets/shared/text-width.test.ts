import { describe, expect, it } from 'vitest'
import { textWidth, truncateText, wrapText } from '../../../widgets/shared/text-width.ts'

describe('textWidth', () => {
  it('adds the widths of the characters, scaled to the font size', () => {
    expect(textWidth('', 13)).toBe(0)
    expect(textWidth('ii', 10)).toBeCloseTo(2 * textWidth('i', 10))
    expect(textWidth('W', 20)).toBeCloseTo(2 * textWidth('W', 10))
    expect(textWidth('W', 13)).toBeGreaterThan(textWidth('i', 13))
  })

  it('knows Azerbaijani and Cyrillic letters', () => {
    expect(textWidth('ə', 100)).toBeLessThan(100)
    expect(textWidth('Ж', 100)).toBeLessThan(100)
  })

  it('treats an unknown character as a full em, so estimates err wide', () => {
    expect(textWidth('中', 13)).toBe(13)
  })

  it('makes bold at least as wide as regular', () => {
    expect(textWidth('Нагорный Карабах', 13, 'bold')).toBeGreaterThanOrEqual(textWidth('Нагорный Карабах', 13))
  })
})

describe('wrapText', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText('Shusha', 200, 13)).toEqual(['Shusha'])
  })

  it('breaks at spaces', () => {
    expect(wrapText('Нагорный Карабах', textWidth('Нагорный', 13) + 1, 13)).toEqual(['Нагорный', 'Карабах'])
  })

  it('breaks after a hyphen', () => {
    expect(wrapText('Nagorno-Karabakh', textWidth('Nagorno-', 13) + 1, 13)).toEqual(['Nagorno-', 'Karabakh'])
  })

  it('cuts a word wider than the line rather than overflow', () => {
    const lines = wrapText('Pneumonoultramicroscopicsilicovolcanoconiosis', 60, 13)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(60)
    expect(lines.join('')).toBe('Pneumonoultramicroscopicsilicovolcanoconiosis')
  })
})

describe('truncateText', () => {
  it('cuts with an ellipsis to fit', () => {
    const cut = truncateText('Nagorno-Karabakh', 60, 13)
    expect(cut.endsWith('…')).toBe(true)
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(60)
    expect(truncateText('Shusha', 60, 13)).toBe('Shusha')
  })
})
