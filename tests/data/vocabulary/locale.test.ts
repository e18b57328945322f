import { type FormatLocaleDefinition, formatLocale } from 'd3'
import { describe, expect, it } from 'vitest'
import {
  azNumberLocale,
  formatIsoDay,
  formatNumber,
  formatPartialDate,
  type PartialDate,
  parseEdtf,
} from '../../../data/vocabulary/index.ts'

const edtf = (text: string) => parseEdtf(text) as PartialDate

/** The d3 locales English and Russian were written with before `Intl`: their output must not change. */
const OLD_D3: Record<'en' | 'ru', FormatLocaleDefinition> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '\u2212' },
  ru: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0₽'], minus: '\u2212' },
}

describe('formatNumber', () => {
  it('groups thousands with a comma in English, a dot in Azerbaijani and a no-break space in Russian', () => {
    expect(formatNumber(4400, 'en')).toBe('4,400')
    expect(formatNumber(4400, 'az')).toBe('4.400')
    expect(formatNumber(4400, 'ru')).toBe('4\u00a0400')
  })

  it('marks decimals with a dot in English and a comma in Azerbaijani and Russian', () => {
    expect(formatNumber(14682.5, 'en', ',.1f')).toBe('14,682.5')
    expect(formatNumber(14682.5, 'az', ',.1f')).toBe('14.682,5')
    expect(formatNumber(14682.5, 'ru', ',.1f')).toBe('14\u00a0682,5')
  })

  it('writes integers exactly as d3 did before Intl (en, ru) and does (az, its short path), up to 12 digits', () => {
    const integers = [
      0, -0, 1, -1, 9, 12, 999, 1000, -1000, 4400, 14682, 99999, 100000, 999999, 1000000, 123456789, 999999999999,
    ]
    // A fixed pseudo-random sweep over every magnitude, so the test never changes between runs.
    for (let i = 0, x = 12345; i < 2000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648
      integers.push((i % 2 ? -1 : 1) * Math.floor((x / 2147483648) * 10 ** (i % 13)))
    }
    for (const lang of ['en', 'az', 'ru'] as const) {
      const d3 = lang === 'az' ? azNumberLocale().format(',') : formatLocale(OLD_D3[lang]).format(',')
      const beyond = lang === 'az' ? [1e12, -1e12, 123456789012345] : []
      for (const n of [...integers, ...beyond, 0.5, -2.25]) expect([n, formatNumber(n, lang)]).toEqual([n, d3(n)])
    }
    // Beyond 12 digits d3 wrote "1e+12"; Intl writes the number.
    expect(formatNumber(1e12, 'en')).toBe('1,000,000,000,000')
    expect(formatNumber(-1234, 'en')).toBe('\u22121,234')
  })

  it('formats percentages in each language', () => {
    expect(formatNumber(0.0197, 'en', '.1%')).toBe('2.0%')
    // Russian sets the sign apart by a narrow no-break space, so "30,0 %" never wraps before it.
    expect(formatNumber(0.0197, 'ru', '.1%')).toBe('2,0\u202f%')
    expect(formatNumber(0.0197, 'az', '.1%')).toBe('2,0%')
  })
})

describe('formatPartialDate', () => {
  it('writes a day with the month in words, in the genitive in Russian', () => {
    expect(formatPartialDate(edtf('1992-05-08'), 'en')).toBe('8 May 1992')
    expect(formatPartialDate(edtf('1992-05-08'), 'az')).toBe('8 may 1992')
    expect(formatPartialDate(edtf('1992-05-08'), 'ru')).toBe('8 мая 1992\u00a0г.')
  })

  it('keeps a range of years as a range of years, never inventing days', () => {
    expect(formatPartialDate(edtf('1988/1992'), 'en')).toBe('1988–1992')
    expect(formatPartialDate(edtf('1988/1992'), 'az')).toBe('1988–1992')
    expect(formatPartialDate(edtf('1988/1992'), 'ru')).toBe('1988–1992\u00a0гг.')
  })

  it('writes a month and a year at their precision', () => {
    expect(formatPartialDate(edtf('1994-05'), 'en')).toBe('May 1994')
    expect(formatPartialDate(edtf('1994-05'), 'ru')).toBe('май 1994\u00a0г.')
    expect(formatPartialDate(edtf('1988'), 'ru')).toBe('1988\u00a0г.')
  })

  it('writes a range of days within a month compactly', () => {
    expect(formatPartialDate(edtf('2016-04-02/2016-04-05'), 'en')).toBe('2–5 April 2016')
    expect(formatPartialDate(edtf('2016-04-02/2016-04-05'), 'ru')).toBe('2–5 апреля 2016\u00a0г.')
    expect(formatPartialDate(edtf('2016-03-30/2016-04-05'), 'az')).toBe('30 mart – 5 aprel 2016')
  })

  it('writes a minute in the offset the source gave', () => {
    expect(formatPartialDate(edtf('2016-04-05T12:00+04:00'), 'en')).toBe('5 April 2016, 12:00 (UTC+4)')
    expect(formatPartialDate(edtf('2016-04-05T12:00+04:00'), 'ru')).toBe('5 апреля 2016\u00a0г., 12:00 (UTC+4)')
  })

  it('formats an ISO update date', () => {
    expect(formatIsoDay('2026-11-28', 'en')).toBe('28 November 2026')
    expect(formatIsoDay('2026-11-28', 'az')).toBe('28 noyabr 2026')
    expect(formatIsoDay('2026-11-28', 'ru')).toBe('28 ноября 2026\u00a0г.')
  })
})
