import { timeFormatLocale, type TimeLocaleDefinition } from 'd3'
import type { Lang, PartialDate } from '../../data/types.ts'

const DAYS = ['', '', '', '', '', '', ''] as const

/** Month names as they stand after a day number ("8 May", "8 may", "8 мая": Russian genitive). */
const MONTHS_AFTER_DAY: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
}

/** Month names standing alone ("May 1992", "май 1992 г."). */
const MONTHS_ALONE: Record<Lang, string[]> = {
  ...MONTHS_AFTER_DAY,
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
}

/** Russian writes "г." after a year and "гг." after a range of years. */
const YEAR_SUFFIX: Record<Lang, { one: string; many: string }> = {
  en: { one: '', many: '' },
  az: { one: '', many: '' },
  ru: { one: '\u00a0г.', many: '\u00a0гг.' },
}

function locale(months: string[]) {
  const definition: TimeLocaleDefinition = {
    dateTime: '%x %X',
    date: '%x',
    time: '%H:%M',
    periods: ['', ''],
    days: [...DAYS] as unknown as TimeLocaleDefinition['days'],
    shortDays: [...DAYS] as unknown as TimeLocaleDefinition['shortDays'],
    months: months as unknown as TimeLocaleDefinition['months'],
    shortMonths: months as unknown as TimeLocaleDefinition['shortMonths'],
  }
  return timeFormatLocale(definition)
}

const FORMATS = Object.fromEntries(
  (['en', 'az', 'ru'] as const).map((lang) => {
    const afterDay = locale(MONTHS_AFTER_DAY[lang])
    const alone = locale(MONTHS_ALONE[lang])
    return [
      lang,
      {
        dayMonth: afterDay.utcFormat('%-d %B'),
        day: afterDay.utcFormat('%-d'),
        month: alone.utcFormat('%B'),
        year: afterDay.utcFormat('%Y'),
        time: afterDay.utcFormat('%H:%M'),
      },
    ]
  }),
) as Record<Lang, Record<'dayMonth' | 'day' | 'month' | 'year' | 'time', (d: Date) => string>>

/**
 * Writes a partial date for readers, at its own precision and in the conventions of the language:
 * "8 May 1992", "8 may 1992", "8 мая 1992 г."; "1988–1992", "1988–1992 гг."; "2–5 April 2016";
 * "5 April 2016, 12:00 (UTC+4)" (a time is shown in the offset the source stated).
 */
export function labelDate(date: PartialDate, lang: Lang): string {
  const f = FORMATS[lang]
  const suffix = YEAR_SUFFIX[lang]
  const first = new Date(date.start)
  if (date.precision === 'minute') {
    const offset = date.offsetMinutes ?? 0
    const local = new Date(first.getTime() + offset * 60_000)
    return `${f.dayMonth(local)} ${f.year(local)}${suffix.one}, ${f.time(local)} (${utcOffset(offset)})`
  }
  // The last day covered: `end` is exclusive.
  const last = new Date(Date.parse(date.end) - 86_400_000)
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear()
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth()
  switch (date.precision) {
    case 'year':
      return sameYear ? `${f.year(first)}${suffix.one}` : `${f.year(first)}–${f.year(last)}${suffix.many}`
    case 'month':
      if (sameMonth) return `${f.month(first)} ${f.year(first)}${suffix.one}`
      if (sameYear) return `${f.month(first)} – ${f.month(last)} ${f.year(first)}${suffix.one}`
      return `${f.month(first)} ${f.year(first)}${suffix.one} – ${f.month(last)} ${f.year(last)}${suffix.one}`
    case 'day':
      if (!date.isRange || first.getTime() === last.getTime()) return `${f.dayMonth(first)} ${f.year(first)}${suffix.one}`
      if (sameMonth) return `${f.day(first)}–${f.dayMonth(last)} ${f.year(first)}${suffix.one}`
      if (sameYear) return `${f.dayMonth(first)} – ${f.dayMonth(last)} ${f.year(first)}${suffix.one}`
      return `${f.dayMonth(first)} ${f.year(first)}${suffix.one} – ${f.dayMonth(last)} ${f.year(last)}${suffix.one}`
  }
}

function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const sign = minutes < 0 ? '−' : '+'
  const abs = Math.abs(minutes)
  const hours = Math.floor(abs / 60)
  const rest = abs % 60
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`
}
