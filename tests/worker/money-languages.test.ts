import { describe, expect, it } from 'vitest'
import { LANGS } from '../../data/vocabulary/index.ts'
import { valueFormat } from '../../widgets/shared/value-format.ts'

// Inside workerd on purpose: its ICU has no Azerbaijani money or compact data (it writes
// "€ 1.5G"), so Azerbaijani is written from the vocabulary's own tables. The strings are Node's
// full ICU, with the charts' minus sign (U+2212): every supported language must match them here.
/** Per language: full €1,450,000,000; its label; the label of −€120,000,000; an axis tick of €500,000,000; a plain 4,250,000. */
const EXPECTED: Record<string, readonly string[]> = {
  en: ['€1,450,000,000', '€1.45bn', '\u2212€120m', '€500m', '4.25m'],
  az: [
    '1.450.000.000\u00a0€',
    '1,45\u00a0mlrd\u00a0€',
    '\u2212120\u00a0mln\u00a0€',
    '500\u00a0mln\u00a0€',
    '4,25\u00a0mln',
  ],
  ru: [
    '1\u00a0450\u00a0000\u00a0000\u00a0€',
    '1,45\u00a0млрд\u00a0€',
    '\u2212120\u00a0млн\u00a0€',
    '500\u00a0млн\u00a0€',
    '4,25\u00a0млн',
  ],
  de: [
    '1.450.000.000\u00a0€',
    '1,45\u00a0Mrd.\u00a0€',
    '\u2212120\u00a0Mio.\u00a0€',
    '500\u00a0Mio.\u00a0€',
    '4,25\u00a0Mio.',
  ],
  fr: [
    '1\u202f450\u202f000\u202f000\u00a0€',
    '1,45\u00a0Md\u00a0€',
    '\u2212120\u00a0M\u00a0€',
    '500\u00a0M\u00a0€',
    '4,25\u00a0M',
  ],
  es: ['1.450.000.000\u00a0€', '1450\u00a0M\u00a0€', '\u2212120\u00a0M\u00a0€', '500\u00a0M\u00a0€', '4,25\u00a0M'],
  uk: [
    '1\u00a0450\u00a0000\u00a0000\u00a0EUR',
    '1,45\u00a0млрд\u00a0EUR',
    '\u2212120\u00a0млн\u00a0EUR',
    '500\u00a0млн\u00a0EUR',
    '4,25\u00a0млн',
  ],
  tr: ['€1.450.000.000', '€1,45\u00a0Mr', '\u2212€120\u00a0Mn', '€500\u00a0Mn', '4,25\u00a0Mn'],
  ar: [
    '\u200f1,450,000,000\u00a0€',
    '\u200f1.45\u00a0مليار\u00a0€',
    '\u200e\u2212\u200f120\u00a0مليون\u00a0€',
    '\u200f500\u00a0مليون\u00a0€',
    '4.25\u00a0مليون',
  ],
}

describe('money and large counts inside workerd', () => {
  it('has a case for every supported language', () => {
    expect(Object.keys(EXPECTED)).toEqual([...LANGS])
  })

  for (const lang of LANGS)
    it(`writes money and compact figures in ${lang} as full ICU does`, () => {
      const money = valueFormat({ currency: 'EUR' }, lang)
      const count = valueFormat({}, lang)
      expect([
        money.full(1_450_000_000),
        money.label(1_450_000_000),
        money.label(-120_000_000),
        money.tick(500_000_000, 1_450_000_000),
        count.label(4_250_000),
      ]).toEqual(EXPECTED[lang])
    })
})
