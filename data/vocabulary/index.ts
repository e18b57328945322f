/**
 * The vocabulary every layer shares: languages, partial dates (the type, EDTF parsing and their
 * formatting in words), number and month formats per language, and the error a bad option throws.
 * `data/`, `widgets/` and `src/` import these from here, so no layer reaches into another's internals
 * for them (tests/architecture/ checks it).
 */

export { compareText } from './collation.ts'
export { azOrdinal, formatIsoDay, formatPartialDate, formatPublishedDate } from './date-format.ts'
export { parseEdtf } from './edtf.ts'
export type { Lang, LocalizedText } from './languages.ts'
export { direction, inLanguage, LANGS, LANGUAGE_NAMES, languageName, RTL_LANGS } from './languages.ts'
export { AZ_MONTHS, azNumberLocale, formatNumber, INTL_LOCALE, NUMBER_LOCALES, shortMonthName } from './locale.ts'
export { keyword, OptionError } from './option-error.ts'
export type { PartialDate } from './partial-date.ts'
export { type PluralForms, plural } from './plural.ts'
export { WORD_KEYS, type WordKey, type WordOverrides } from './words.ts'
