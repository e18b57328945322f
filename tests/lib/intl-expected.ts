import type { Lang } from '../../data/vocabulary/index.ts'

/**
 * What every supported language must write, as Node's full ICU writes it (after our house rules,
 * data/vocabulary/date-format.ts), or as our own tables write it for Azerbaijani (whose Node ICU
 * output is the same). tests/worker/intl-languages.test.ts checks these inside workerd: that test
 * is what makes a language supported. `satisfies Record<Lang, …>` makes adding a language to
 * `LANGS` without its line here a type error. Values: 2002-07-01 (French "1er"), 2003-01-15
 * (German "15."), 2002-07, 2002, 2016-04-02/05, 2016-04-30/05-02, 1988/1992, 1 450 000 000,
 * −14 682.5 (`,.1f`), 0.0197 (`.1%`), words with the language's own letters, sorted, and the
 * plural categories of a few numbers.
 */
export const INTL_EXPECTED = {
  en: {
    firstDay: '1 July 2002',
    day: '15 January 2003',
    month: 'July 2002',
    year: '2002',
    dayRange: '2–5 April 2016',
    daysAcrossMonths: '30 April – 2 May 2016',
    yearRange: '1988–1992',
    integer: '1,450,000,000',
    decimal: '\u221214,682.5',
    percent: '2.0%',
    words: ['zebra', 'Éclair', 'apple', 'eclair', 'Zoë'],
    sorted: ['apple', 'eclair', 'Éclair', 'zebra', 'Zoë'],
    plurals: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  az: {
    firstDay: '1 iyul 2002',
    day: '15 yanvar 2003',
    month: 'iyul 2002',
    year: '2002',
    dayRange: '2–5 aprel 2016',
    daysAcrossMonths: '30 aprel – 2 may 2016',
    yearRange: '1988–1992',
    integer: '1.450.000.000',
    decimal: '\u221214.682,5',
    percent: '2,0%',
    words: ['Qubadlı', 'Laçın', 'Xaçmaz', 'Hacıqabul', 'Əli', 'Ehtiyat', 'İsmayıllı', 'Ismayıl'],
    sorted: ['Ehtiyat', 'Əli', 'Hacıqabul', 'Xaçmaz', 'Ismayıl', 'İsmayıllı', 'Qubadlı', 'Laçın'],
    plurals: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  ru: {
    firstDay: '1 июля 2002\u00a0г.',
    day: '15 января 2003\u00a0г.',
    month: 'июль 2002\u00a0г.',
    year: '2002\u00a0г.',
    dayRange: '2–5 апреля 2016\u00a0г.',
    daysAcrossMonths: '30 апреля – 2 мая 2016\u00a0г.',
    yearRange: '1988–1992\u00a0гг.',
    integer: '1\u00a0450\u00a0000\u00a0000',
    decimal: '\u221214\u00a0682,5',
    percent: '2,0\u202f%',
    words: ['яма', 'Юг', 'жук', 'ёж', 'еда', 'Ель'],
    sorted: ['еда', 'ёж', 'Ель', 'жук', 'Юг', 'яма'],
    plurals: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'many'],
  },
  de: {
    firstDay: '1. Juli 2002',
    day: '15. Januar 2003',
    month: 'Juli 2002',
    year: '2002',
    dayRange: '2.–5. April 2016',
    daysAcrossMonths: '30. April – 2. Mai 2016',
    yearRange: '1988–1992',
    integer: '1.450.000.000',
    decimal: '\u221214.682,5',
    percent: '2,0\u00a0%',
    words: ['Zucker', 'Uhr', 'Übel', 'Ofen', 'Öl', 'Äpfel', 'Apfel'],
    sorted: ['Apfel', 'Äpfel', 'Ofen', 'Öl', 'Übel', 'Uhr', 'Zucker'],
    plurals: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  fr: {
    firstDay: '1er juillet 2002',
    day: '15 janvier 2003',
    month: 'juillet 2002',
    year: '2002',
    dayRange: '2–5 avril 2016',
    daysAcrossMonths: '30 avril – 2 mai 2016',
    yearRange: '1988–1992',
    integer: '1\u202f450\u202f000\u202f000',
    decimal: '\u221214\u202f682,5',
    percent: '2,0\u00a0%',
    words: ['zèbre', 'côté', 'cote', 'côte', 'coté', 'Ève', 'eau'],
    sorted: ['cote', 'coté', 'côte', 'côté', 'eau', 'Ève', 'zèbre'],
    plurals: ['one', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  es: {
    firstDay: '1 de julio de 2002',
    day: '15 de enero de 2003',
    month: 'julio de 2002',
    year: '2002',
    dayRange: '2–5 de abril de 2016',
    daysAcrossMonths: '30 de abril – 2 de mayo de 2016',
    yearRange: '1988–1992',
    integer: '1.450.000.000',
    decimal: '\u221214.682,5',
    percent: '2,0\u00a0%',
    words: ['oso', 'ñu', 'nube', 'luz', 'llama', 'chico', 'cuna'],
    sorted: ['chico', 'cuna', 'llama', 'luz', 'nube', 'ñu', 'oso'],
    plurals: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  uk: {
    firstDay: '1 липня 2002\u00a0р.',
    day: '15 січня 2003\u00a0р.',
    month: 'липень 2002\u00a0р.',
    year: '2002',
    dayRange: '2–5 квітня 2016\u00a0р.',
    daysAcrossMonths: '30 квітня – 2 травня 2016\u00a0р.',
    yearRange: '1988–1992',
    integer: '1\u00a0450\u00a0000\u00a0000',
    decimal: '\u221214\u00a0682,5',
    percent: '2,0%',
    words: ['їжак', 'іній', 'ирій', 'єнот', 'емаль', 'ґанок', 'груша'],
    sorted: ['груша', 'ґанок', 'емаль', 'єнот', 'ирій', 'іній', 'їжак'],
    plurals: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'many'],
  },
  tr: {
    firstDay: '1 Temmuz 2002',
    day: '15 Ocak 2003',
    month: 'Temmuz 2002',
    year: '2002',
    dayRange: '2–5 Nisan 2016',
    daysAcrossMonths: '30 Nisan – 2 Mayıs 2016',
    yearRange: '1988–1992',
    integer: '1.450.000.000',
    decimal: '\u221214.682,5',
    percent: '%2,0',
    words: ['ürün', 'uzak', 'şeker', 'sabah', 'öğle', 'ozan', 'inek', 'ılık', 'çay', 'cam'],
    sorted: ['cam', 'çay', 'ılık', 'inek', 'ozan', 'öğle', 'sabah', 'şeker', 'uzak', 'ürün'],
    plurals: ['other', 'one', 'other', 'other', 'other', 'other', 'other', 'other'],
  },
  ar: {
    firstDay: '1 يوليو 2002',
    day: '15 يناير 2003',
    month: 'يوليو 2002',
    year: '2002',
    dayRange: '2–5 أبريل 2016',
    daysAcrossMonths: '30 أبريل – 2 مايو 2016',
    yearRange: '1988–1992',
    integer: '1,450,000,000',
    decimal: '\u200e\u221214,682.5',
    percent: '2.0\u200e%\u200e',
    words: ['ياسمين', 'باب', 'تفاح', 'أسد', 'ثعلب', 'جمل'],
    sorted: ['أسد', 'باب', 'تفاح', 'ثعلب', 'جمل', 'ياسمين'],
    plurals: ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other'],
  },
} satisfies Record<Lang, IntlCase>

/** One language's expected strings. */
export interface IntlCase {
  firstDay: string
  day: string
  month: string
  year: string
  dayRange: string
  daysAcrossMonths: string
  yearRange: string
  integer: string
  decimal: string
  percent: string
  /** Words to sort, in this (unsorted) order. */
  words: string[]
  sorted: string[]
  /** `Intl.PluralRules` categories of {@link PLURAL_SAMPLES}. */
  plurals: string[]
}

/** Numbers whose plural category each language's expectations give: 0, 1, 2, 3, 5, 11, 21, 100. */
export const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100]
