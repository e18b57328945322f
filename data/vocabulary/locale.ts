import type { FormatLocaleDefinition, FormatLocaleObject, TimeLocaleDefinition } from 'd3'
import { formatLocale } from 'd3'
import type { Lang } from './languages.ts'

/**
 * Number conventions per language, as d3 locale definitions: English groups with "," and marks
 * decimals with "."; Azerbaijani groups with "." and marks decimals with ","; Russian groups with
 * a no-break space (U+00A0, so "4 400" never breaks across lines) and marks decimals with ","; it
 * sets the percent sign apart by a narrow no-break space (U+202F: "30,0 %"), as Russian typography does.
 */
export const NUMBER_LOCALES: Record<Lang, FormatLocaleDefinition> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '\u2212' },
  az: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₼'], minus: '\u2212' },
  ru: {
    decimal: ',',
    thousands: '\u00a0',
    grouping: [3],
    currency: ['', '\u00a0₽'],
    minus: '\u2212',
    percent: '\u202f%',
  },
}

/** Month names as they stand alone ("May 1992", "май 1992 г."). */
const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
}

/**
 * Month names after a day number. Russian puts the month in the genitive ("8 мая"); English and
 * Azerbaijani use the same form as alone.
 */
export const MONTHS_AFTER_DAY: Record<Lang, readonly string[]> = {
  en: MONTHS.en,
  az: MONTHS.az,
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
}

/** Months as they stand alone, for "May 1992" (exported for axes and date formatting). */
export const MONTHS_ALONE = MONTHS

const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
}

/**
 * Date conventions per language, as d3 time locale definitions (for axis ticks: `%b`, `%Y`...).
 * Day-precise text with Russian genitive months comes from `formatPartialDate()`, which d3's
 * locales cannot express.
 */
export const TIME_LOCALES: Record<Lang, TimeLocaleDefinition> = {
  en: {
    dateTime: '%-d %B %Y, %H:%M',
    date: '%-d %B %Y',
    time: '%H:%M',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [...MONTHS.en] as TimeLocaleDefinition['months'],
    shortMonths: [...SHORT_MONTHS.en] as TimeLocaleDefinition['shortMonths'],
  },
  az: {
    dateTime: '%-d %B %Y, %H:%M',
    date: '%-d %B %Y',
    time: '%H:%M',
    periods: ['AM', 'PM'],
    days: ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'],
    shortDays: ['B.', 'B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.'],
    months: [...MONTHS.az] as TimeLocaleDefinition['months'],
    shortMonths: [...SHORT_MONTHS.az] as TimeLocaleDefinition['shortMonths'],
  },
  ru: {
    dateTime: '%-d %B %Y г., %H:%M',
    date: '%-d %B %Y г.',
    time: '%H:%M',
    periods: ['AM', 'PM'],
    days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
    shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
    months: [...MONTHS.ru] as TimeLocaleDefinition['months'],
    shortMonths: [...SHORT_MONTHS.ru] as TimeLocaleDefinition['shortMonths'],
  },
}

const numberLocales = new Map<Lang, FormatLocaleObject>()

/** The d3 number locale of `lang`, built once per isolate. */
export function numberLocale(lang: Lang): FormatLocaleObject {
  let locale = numberLocales.get(lang)
  if (!locale) numberLocales.set(lang, (locale = formatLocale(NUMBER_LOCALES[lang])))
  return locale
}

const formatters = new Map<string, (n: number) => string>()

/** Below this, an integer has at most 12 digits: d3's default precision keeps every one. */
const EXACT_INTEGER = 1e12

/**
 * `value` (an integer under {@link EXACT_INTEGER} in magnitude) grouped by threes, exactly as d3's
 * `,` writes it in `lang` (locale.test.ts compares the two). Why: d3 goes through
 * `toPrecision(12)`, trimming and regrouping, a visible part of a timeline render's profile
 * (bench/README.md, "What was done"); integers are most of what the charts print.
 */
function groupInteger(value: number, lang: Lang): string {
  const digits = String(Math.abs(value))
  const { thousands, minus } = NUMBER_LOCALES[lang]
  let out = digits.length > 3 ? digits.slice(0, ((digits.length - 1) % 3) + 1) : digits
  for (let i = out.length; i < digits.length; i += 3) out += thousands + digits.slice(i, i + 3)
  // -0 prints as 0, as in d3.
  return value < 0 ? `${minus ?? '\u2212'}${out}` : out
}

/**
 * Formats `value` with a d3 format specifier in the conventions of `lang`; formatters are cached.
 * @example formatNumber(4400, 'ru') // '4 400' (with a no-break space)
 */
export function formatNumber(value: number, lang: Lang, specifier = ','): string {
  if (specifier === ',' && Number.isInteger(value) && Math.abs(value) < EXACT_INTEGER) return groupInteger(value, lang)
  const key = `${lang}\u0000${specifier}`
  let format = formatters.get(key)
  if (!format) formatters.set(key, (format = numberLocale(lang).format(specifier)))
  return format(value)
}
