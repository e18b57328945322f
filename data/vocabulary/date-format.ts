import type { Lang } from './languages.ts'
import { AZ_MONTHS, INTL_LOCALE } from './locale.ts'
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
 * `1992-05-08` → "8 May 1992" / "8. Mai 1992" / "8 мая 1992 г."; `1988/1992` → "1988–1992" /
 * "1988–1992 гг."; `1992-05` → "May 1992" / "май 1992 г."; a time is shown in the offset the
 * source stated: "5 April 2016, 12:00 (UTC+4)". Words come from `Intl.DateTimeFormat` (ranges
 * from `formatRange`), except Azerbaijani, which the Workers runtime cannot write (our tables).
 * Shared by the API and the widgets.
 */
export function formatPartialDate(date: PartialDate, lang: Lang): string {
  const first = partsOf(date, date.start)
  if (!date.isRange)
    return point(first, date.precision, lang, true) + (date.precision === 'minute' ? time(first, date) : '')
  // `end` is exclusive: the last instant covered is one minute (or one millisecond) before it.
  const last = partsOf(date, new Date(Date.parse(date.end) - (date.precision === 'minute' ? 60_000 : 1)).toISOString())
  if (date.precision === 'minute')
    return `${point(first, 'day', lang, true)}${time(first, date)} ${EN_DASH} ${point(last, 'day', lang, true)}${time(last, date)}`
  return lang === 'az' ? azRange(first, last, date.precision) : intlRange(first, last, date.precision, lang)
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
  if (lang !== 'az') return intlPoint(p, precision === 'minute' ? 'day' : precision, lang)
  const year = withYear ? String(p.year) : ''
  switch (precision) {
    case 'year':
      return year
    case 'month':
      return [AZ_MONTHS[p.month], year].filter(Boolean).join(' ')
    case 'day':
    case 'minute':
      return [String(p.day), AZ_MONTHS[p.month], year].filter(Boolean).join(' ')
  }
}

type Unit = 'year' | 'month' | 'day'

const FIELDS: Record<Unit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(lang: Lang, unit: Unit): Intl.DateTimeFormat {
  const key = `${lang}:${unit}`
  let format = dateFormats.get(key)
  if (!format)
    dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...FIELDS[unit], timeZone: 'UTC' })))
  return format
}

const utc = (p: Parts) => Date.UTC(p.year, p.month, p.day)

function intlPoint(p: Parts, unit: Unit, lang: Lang): string {
  if (unit === 'year') return yearText(String(p.year), lang, false)
  return houseRules(dateFormat(lang, unit).format(utc(p)), lang)
}

function intlRange(a: Parts, b: Parts, unit: Unit, lang: Lang): string {
  if (unit === 'year')
    return a.year === b.year
      ? yearText(String(a.year), lang, false)
      : yearText(`${a.year}${EN_DASH}${b.year}`, lang, true)
  return houseRules(dateFormat(lang, unit).formatRange(utc(a), utc(b)), lang)
}

/**
 * What we add to `Intl`'s dates, the same in every runtime:
 * - the spaces around a range's dash, which ICU versions write differently (thin spaces in
 *   Node's, none or plain in workerd's): none between two numbers ("2–5 April", "2.–5. April"), a plain
 *   space otherwise ("30 April – 2 May");
 * - French writes the first of a month as an ordinal, "1er juillet" (no ICU does);
 * - Russian and Ukrainian keep "г."/"р." on the line of their year (a no-break space).
 */
function houseRules(text: string, lang: Lang): string {
  let out = text.replace(/(\d\.?|\S)[\s\u2009\u202f]*\u2013[\s\u2009\u202f]*(\S)/g, (_, x: string, y: string) =>
    /\d/.test(x) && /\d/.test(y) ? `${x}${EN_DASH}${y}` : `${x} ${EN_DASH} ${y}`,
  )
  if (lang === 'fr') out = out.replace(/(^|\D)1(?= \p{L})/gu, '$11er')
  if (lang === 'ru' || lang === 'uk') out = out.replace(/(\d)[ \u202f](гг?\.|рр?\.)/g, `$1${NBSP}$2`)
  return out
}

/**
 * A year or a span of years: "1992" in most languages; "1992 г." and "1988–1992 гг." in
 * Russian, as its typography writes a year standing alone (ICU writes the bare number).
 */
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

/** An Azerbaijani range from our tables: "1988–1992", "2–5 aprel 2016", "30 dekabr 2015 – 2 yanvar 2016". */
function azRange(a: Parts, b: Parts, precision: PartialDate['precision']): string {
  if (precision === 'year') return a.year === b.year ? String(a.year) : `${a.year}${EN_DASH}${b.year}`
  if (a.year !== b.year) return `${point(a, precision, 'az', true)} ${EN_DASH} ${point(b, precision, 'az', true)}`
  const year = String(a.year)
  if (precision === 'month') {
    if (a.month === b.month) return point(a, 'month', 'az', true)
    return `${AZ_MONTHS[a.month]} ${EN_DASH} ${AZ_MONTHS[b.month]} ${year}`
  }
  if (a.month === b.month) {
    if (a.day === b.day) return point(a, 'day', 'az', true)
    return `${a.day}${EN_DASH}${b.day} ${AZ_MONTHS[a.month]} ${year}`
  }
  return `${point(a, 'day', 'az', false)} ${EN_DASH} ${point(b, 'day', 'az', true)}`
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
    if (date.precision === 'month') return `${year}in ${AZ_MONTHS[p.month]} ayında`
    return `${p.day} ${AZ_MONTHS[p.month]} ${year} tarixində`
  }
  if (lang === 'en') return date.precision === 'day' ? `on ${plain}` : `in ${plain}`
  return plain
}
