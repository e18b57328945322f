import {
  compareText,
  formatNumber,
  formatPartialDate,
  INTL_LOCALE,
  type Lang,
  type PartialDate,
  parseEdtf,
} from '../../data/vocabulary/index.ts'
import { type IntlCase, PLURAL_SAMPLES } from './intl-expected.ts'

const date = (edtf: string, lang: Lang) => formatPartialDate(parseEdtf(edtf) as PartialDate, lang)

/** What the running runtime writes for each value of {@link IntlCase} in `lang`. */
export function intlActual(lang: Lang, words: readonly string[]): IntlCase {
  return {
    firstDay: date('2002-07-01', lang),
    day: date('2003-01-15', lang),
    month: date('2002-07', lang),
    year: date('2002', lang),
    dayRange: date('2016-04-02/2016-04-05', lang),
    daysAcrossMonths: date('2016-04-30/2016-05-02', lang),
    yearRange: date('1988/1992', lang),
    integer: formatNumber(1_450_000_000, lang),
    decimal: formatNumber(-14_682.5, lang, ',.1f'),
    percent: formatNumber(0.0197, lang, '.1%'),
    words: [...words],
    sorted: [...words].sort(compareText(lang)),
    plurals: PLURAL_SAMPLES.map((n) => new Intl.PluralRules(INTL_LOCALE[lang]).select(n)),
  }
}
