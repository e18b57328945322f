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

  it('measures Arabic letters, and gives marks and direction marks no advance', () => {
    // Chromium at 100 px (tests/widgets/shared/measure-text-widths.ts): "مدينة القمر" is 441 px in
    // Noto Sans Arabic, 467 px on the page (DejaVu Sans); it used to count as 10 ems (1028 px).
    expect(textWidth('مدينة القمر', 100)).toBeGreaterThanOrEqual(467)
    expect(textWidth('مدينة القمر', 100)).toBeLessThan(700)
    // The page's estimate leans wide of 467, never short.
    expect(textWidth('مدينة القمر', 100, 'normal', 'arial')).toBeCloseTo(553, 0)
    expect(textWidth('\u200f\u200e\u064b\u0651', 100)).toBe(0)
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

  it('cuts between words when that keeps most of the line, never after a separator', () => {
    const text = 'Source: «The Occupation in Figures» fact box (2016)'
    for (const width of [120, 160, 200, 240, 280]) {
      const cut = truncateText(text, width, 13)
      expect(textWidth(cut, 13), `${width}`).toBeLessThanOrEqual(width)
      const kept = cut.slice(0, -1)
      // What is kept ends a word of the text: the next character is a space.
      expect(text.startsWith(kept) && /\s/.test(text[kept.length]!), `${width}: ${cut}`).toBe(true)
      expect(kept, `${width}`).not.toMatch(/[\s,;:]$/)
    }
    expect(truncateText('Sources: A; B and C', textWidth('Sources: A; B', 13) + 1, 13)).toBe('Sources: A…')
  })
})

/** wrapText as it was written first (regex splitting), kept as the reference for the faster one. */
function referenceWrap(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: 'normal' | 'bold' = 'normal',
): string[] {
  const trimmed = text.trim()
  if (!/[\t\n\r]/.test(trimmed) && textWidth(trimmed, fontSize, weight) <= maxWidth) return trimmed ? [trimmed] : []
  const words = trimmed.split(/[ \t\n\r]+/).flatMap((w) => (w.includes('-') ? w.split(/(?<=-)(?=.)/) : [w]))
  const space = textWidth(' ', fontSize, weight)
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const word of words) {
    const glue = line === '' || line.endsWith('-') ? 0 : space
    const w = textWidth(word, fontSize, weight)
    if (width + glue + w <= maxWidth) {
      line += (glue ? ' ' : '') + word
      width += glue + w
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    width = 0
    if (w <= maxWidth) {
      line = word
      width = w
      continue
    }
    for (const ch of word) {
      const c = textWidth(ch, fontSize, weight)
      if (line !== '' && width + c > maxWidth) {
        lines.push(line)
        line = ''
        width = 0
      }
      line += ch
      width += c
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

describe('wrapText against its first, regex-based version', () => {
  it('breaks every text exactly as the reference does, at every width', () => {
    const texts = [
      'Nagorno-Karabakh: 4,400\u00a0km² · 30.0%\u00a0of\u00a0the\u00a0total · 1988–1992',
      'UN Security Council Resolution 822',
      'Нагорный Карабах и семь прилегающих районов',
      'Dağlıq Qarabağ   münaqişəsi\tbaşlayır',
      'a--b -c- - -- x-\u2028y x-\u00a0y re-\ud83d\ude00emoji',
      'line\nbreak\r\nand\ttab',
      '  padded   words  ',
      'Pneumonoultramicroscopicsilicovolcanoconiosis-and-more',
      '',
      ' ',
      '-',
      'a-',
      '\u00a0lead and trail\u00a0',
    ]
    let cases = 0
    for (const text of texts)
      for (const size of [12, 13])
        for (const weight of ['normal', 'bold'] as const)
          for (let width = -1; width <= 320; width += 3) {
            expect(wrapText(text, width, size, weight), `${JSON.stringify(text)} at ${width} px`).toEqual(
              referenceWrap(text, width, size, weight),
            )
            cases++
          }
    expect(cases).toBeGreaterThan(5000)
  })
})
