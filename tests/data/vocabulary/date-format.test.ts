import { describe, expect, it } from 'vitest'
import {
  type Lang,
  formatPartialDate as labelDate,
  type PartialDate,
  parseEdtf,
} from '../../../data/vocabulary/index.ts'

const label = (edtf: string, lang: Lang) => labelDate(parseEdtf(edtf) as PartialDate, lang)

describe('labelDate', () => {
  it('writes a day in each language', () => {
    expect(label('1992-05-08', 'en')).toBe('8 May 1992')
    expect(label('1992-05-08', 'az')).toBe('8 may 1992')
    expect(label('1992-05-08', 'ru')).toBe('8 мая 1992\u00a0г.')
  })

  it('keeps a range of years a range of years', () => {
    expect(label('1988/1992', 'en')).toBe('1988–1992')
    expect(label('1988/1992', 'az')).toBe('1988–1992')
    expect(label('1988/1992', 'ru')).toBe('1988–1992\u00a0гг.')
    expect(label('1988', 'ru')).toBe('1988\u00a0г.')
  })

  it('writes ranges of days compactly', () => {
    expect(label('2016-04-02/2016-04-05', 'en')).toBe('2–5 April 2016')
    expect(label('2016-04-02/2016-04-05', 'ru')).toBe('2–5 апреля 2016\u00a0г.')
    expect(label('2016-04-30/2016-05-02', 'en')).toBe('30 April – 2 May 2016')
    expect(label('2015-12-30/2016-01-02', 'az')).toBe('30 dekabr 2015 – 2 yanvar 2016')
  })

  it('writes months standing alone, in the nominative in Russian', () => {
    expect(label('1992-05', 'ru')).toBe('май 1992\u00a0г.')
    expect(label('1992-05', 'en')).toBe('May 1992')
  })

  it('shows a time in the offset the source stated', () => {
    expect(label('2016-04-05T12:00+04:00', 'en')).toBe('5 April 2016, 12:00 (UTC+4)')
    expect(label('2016-04-05T12:00+04:00', 'ru')).toBe('5 апреля 2016\u00a0г., 12:00 (UTC+4)')
    expect(label('2016-04-05T23:30-05:30', 'en')).toBe('5 April 2016, 23:30 (UTC−5:30)')
  })
})
