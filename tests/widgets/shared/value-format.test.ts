import { describe, expect, it } from 'vitest'
import { isIntlUnit, valueFormat } from '../../../widgets/shared/value-format.ts'

const NBSP = '\u00a0'
/** Intl's own spaces (no-break, narrow no-break) as plain spaces, so the cases read. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('valueFormat', () => {
  it('writes a free-text unit exactly as the charts always did', () => {
    const en = valueFormat({ unit: 'km²' }, 'en')
    expect([en.full(4400), en.label(4400), en.tick(4000, 4400), en.cell(4400), en.headerUnit]).toEqual([
      `4,400${NBSP}km²`,
      `4,400${NBSP}km²`,
      '4,000',
      '4,400',
      'km²',
    ])
    const ru = valueFormat({ unit: 'km²' }, 'ru')
    expect([ru.full(289.5), ru.headerUnit]).toEqual([`289,5${NBSP}км²`, 'км²'])
  })

  it('writes money in full where it is read and compactly where it is drawn, as each language does', () => {
    const en = valueFormat({ currency: 'EUR' }, 'en')
    expect(en.full(1_450_000_000)).toBe('€1,450,000,000')
    expect(en.full(12.5)).toBe('€12.50')
    expect(en.full(0.125)).toBe('€0.125')
    expect(en.label(1_450_000_000)).toBe('€1.45bn')
    // Under a million the label keeps every digit.
    expect(en.label(350_000)).toBe('€350,000')
    expect([0, 500_000_000, 1_000_000_000].map((v) => en.tick(v, 1_450_000_000))).toEqual(['€0', '€500m', '€1bn'])
    expect(en.tick(2000, 5000)).toBe('€2,000')
    expect([en.cell(1_450_000_000), en.headerUnit]).toEqual(['1,450,000,000', '€'])
    const ru = valueFormat({ currency: 'EUR' }, 'ru')
    expect(plain(ru.label(1_450_000_000))).toBe('1,45 млрд €')
    expect(plain(ru.full(1_450_000_000))).toBe('1 450 000 000 €')
  })

  it('writes minus as U+2212, as the rest of the chart does', () => {
    expect(valueFormat({ currency: 'EUR' }, 'en').label(-250_000_000)).toBe('\u2212€250m')
    expect(valueFormat({ currency: 'EUR' }, 'en').full(-12)).toBe('\u2212€12')
    expect(valueFormat({}, 'en').full(-12)).toBe('\u221212')
  })

  it('places an Intl unit by Intl and a plain count with no unit', () => {
    expect(isIntlUnit('kilometer')).toBe(true)
    expect(isIntlUnit('km²')).toBe(false)
    const km = valueFormat({ unit: 'kilometer' }, 'ru')
    expect([plain(km.full(1234.5)), km.headerUnit]).toEqual(['1 234,5 км', 'км'])
    const count = valueFormat({}, 'en')
    expect([count.full(1_450_000_000), count.label(1_450_000_000), count.headerUnit]).toEqual([
      '1,450,000,000',
      '1.45bn',
      '',
    ])
  })
})
