import type { Lang } from './languages.ts'
import { MONTHS_AFTER_DAY, MONTHS_ALONE } from './locale.ts'
import type { PartialDate } from './partial-date.ts'

const EN_DASH = '\u2013'
const NBSP = '\u00a0'

interface Parts {
  year: number
  /** 0-11 */
  month: number
  day: number
  hour: number
  minute: number
}

/**
 * A partial date in words, at the precision its source gives, never finer:
 * `1992-05-08` → "8 May 1992" / "8 may 1992" / "8 мая 1992 г." (Russian genitive); `1988/1992` →
 * "1988–1992" / "1988–1992 гг."; `1992-05` → "May 1992" / "май 1992 г."; a time is shown in the
 * offset the source stated: "5 April 2016, 12:00 (UTC+4)". Shared by the API and the widgets.
 */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  const first = partsOf(date, date.start)
  if (!date.isRange)
    return point(first, date.precision, lang, true) + (date.precision === 'minute' ? time(first, date) : '')
  // `end` is exclusive: the last instant covered is one minute (or one millisecond) before it.
  const last = partsOf(date, new Date(Date.parse(date.end) - (date.precision === 'minute' ? 60_000 : 1)).toISOString())
  return range(first, last, date, lang)
}

/**
 * An ISO calendar date (`2026-11-28`, as in a dataset's `updated`) in words:
 * "28 November 2026" / "28 noyabr 2026" / "28 ноября 2026 г.".
 */
export function formatIsoDay(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number)
  return point({ year: y!, month: m! - 1, day: d!, hour: 0, minute: 0 }, 'day', lang, true)
}

function partsOf(date: PartialDate, iso: string): Parts {
  const shifted = new Date(Date.parse(iso) + (date.offsetMinutes ?? 0) * 60_000)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

function point(p: Parts, precision: PartialDate['precision'], lang: Lang, withYear: boolean): string {
  const year = withYear ? yearText(String(p.year), lang, false) : ''
  switch (precision) {
    case 'year':
      return year
    case 'month':
      return [MONTHS_ALONE[lang][p.month], year].filter(Boolean).join(' ')
    case 'day':
    case 'minute':
      return [String(p.day), MONTHS_AFTER_DAY[lang][p.month], year].filter(Boolean).join(' ')
  }
}

/** "1992" in en/az; "1992 г." (and "1988–1992 гг." for a span) in Russian. */
function yearText(years: string, lang: Lang, plural: boolean): string {
  if (lang !== 'ru') return years
  return `${years}${NBSP}${plural ? 'гг.' : 'г.'}`
}

function time(p: Parts, date: PartialDate): string {
  const hhmm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
  const offset = date.offsetMinutes ?? 0
  const sign = offset < 0 ? '\u2212' : '+'
  const abs = Math.abs(offset)
  const zone =
    abs === 0 ? 'UTC' : `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`
  return `, ${hhmm} (${zone})`
}

function range(a: Parts, b: Parts, date: PartialDate, lang: Lang): string {
  const precision = date.precision
  if (precision === 'year') {
    if (a.year === b.year) return yearText(String(a.year), lang, false)
    return yearText(`${a.year}${EN_DASH}${b.year}`, lang, true)
  }
  if (precision === 'minute')
    return `${point(a, 'day', lang, true)}${time(a, date)} ${EN_DASH} ${point(b, 'day', lang, true)}${time(b, date)}`
  if (a.year !== b.year) return `${point(a, precision, lang, true)} ${EN_DASH} ${point(b, precision, lang, true)}`
  const year = yearText(String(a.year), lang, false)
  if (precision === 'month') {
    if (a.month === b.month) return point(a, 'month', lang, true)
    return `${MONTHS_ALONE[lang][a.month]} ${EN_DASH} ${MONTHS_ALONE[lang][b.month]} ${year}`
  }
  if (a.month === b.month) {
    if (a.day === b.day) return point(a, 'day', lang, true)
    return `${a.day}${EN_DASH}${b.day} ${MONTHS_AFTER_DAY[lang][a.month]} ${year}`
  }
  return `${point(a, 'day', lang, false)} ${EN_DASH} ${point(b, 'day', lang, true)}`
}

/**
 * The Azerbaijani ordinal suffix of a number, by the vowel harmony of its last spoken word:
 * 2016 → "2016-cı" (altı), 1994 → "1994-cü" (dörd), 2020 → "2020-ci" (iyirmi), 1990 → "1990-cı" (doxsan).
 */
export function azOrdinal(n: number): string {
  const units = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu']
  const tens = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı']
  const abs = Math.abs(n)
  const suffix =
    abs % 10
      ? units[abs % 10]
      : abs % 100
        ? tens[(abs % 100) / 10]
        : abs % 1000
          ? 'cü' // yüz
          : abs === 0
            ? 'cı' // sıfır
            : abs % 1_000_000
              ? 'ci' // min
              : 'cu' // milyon
  return `${n}-${suffix}`
}

/**
 * When a date's figures were published, as the phrase after "as published …", at the date's
 * precision (a year, a month or a day; never a range or a time): "in April 2016" /
 * "2016-cı ilin aprel ayında" / "апрель 2016 г." (for "по состоянию на …"). Month names come from
 * the locale data, never from a dataset.
 */
export function formatPublishedDate(date: PartialDate, lang: Lang): string {
  const p = partsOf(date, date.start)
  const plain = formatPartialDate(date, lang)
  if (lang === 'az') {
    const year = `${azOrdinal(p.year)} il`
    if (date.precision === 'year') return `${year}də`
    if (date.precision === 'month') return `${year}in ${MONTHS_ALONE.az[p.month]} ayında`
    return `${p.day} ${MONTHS_AFTER_DAY.az[p.month]} ${year} tarixində`
  }
  if (lang === 'en') return date.precision === 'day' ? `on ${plain}` : `in ${plain}`
  return plain
}
