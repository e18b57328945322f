import type { FormatLocaleDefinition, FormatLocaleObject } from 'd3'
import { formatLocale } from 'd3'
import type { Lang } from './languages.ts'

/**
 * Azerbaijani number conventions as a d3 locale: "." groups, "," marks decimals. Written out
 * because the Workers runtime's ICU lacks them (it writes 1,450,000,000.5 for az); every other
 * language's numbers come from `Intl.NumberFormat` (tests/worker/intl-languages.test.ts proves it).
 */
export const NUMBER_LOCALES: Partial<Record<Lang, FormatLocaleDefinition>> = {
  az: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₼'], minus: '\u2212' },
}

/**
 * Azerbaijani month names, as they stand alone and after a day (the same form): the Workers
 * runtime's ICU has none (it writes `2002 M07 1`), so they are ours.
 */
export const AZ_MONTHS: readonly string[] = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
]

const AZ_SHORT_MONTHS = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek']

/**
 * The `Intl` locale behind each language. English dates are written day first ("8 May 1992"),
 * the house style since the first chart, which is British English's order.
 */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = {
  en: 'en-GB',
  az: 'az',
  ru: 'ru',
  de: 'de',
  fr: 'fr',
  es: 'es',
  uk: 'uk',
  tr: 'tr',
  ar: 'ar',
}

const shortMonthFormats = new Map<Lang, Intl.DateTimeFormat>()

/**
 * A month's short name in `lang` for axes ("Apr", "апр.", "Mär"), standing alone; `month` is
 * 0-11. English says "Sep" (en-GB would say "Sept"), as the axes always have.
 */
export function shortMonthName(month: number, lang: Lang): string {
  if (lang === 'az') return AZ_SHORT_MONTHS[month]!
  let format = shortMonthFormats.get(lang)
  if (!format)
    shortMonthFormats.set(
      lang,
      (format = new Intl.DateTimeFormat(lang === 'en' ? 'en' : INTL_LOCALE[lang], { month: 'short', timeZone: 'UTC' })),
    )
  return format.format(Date.UTC(2000, month, 1))
}

let azLocale: FormatLocaleObject | undefined

/** The d3 number locale of Azerbaijani, built once per isolate. */
export function azNumberLocale(): FormatLocaleObject {
  azLocale ??= formatLocale(NUMBER_LOCALES.az!)
  return azLocale
}

const formatters = new Map<string, (n: number) => string>()

/** Below this, an integer has at most 12 digits: d3's default precision keeps every one. */
const EXACT_INTEGER = 1e12

/**
 * `value` (an integer under {@link EXACT_INTEGER} in magnitude) grouped by threes, exactly as d3's
 * `,` writes it in Azerbaijani (locale.test.ts compares the two). Why: d3 goes through
 * `toPrecision(12)`, trimming and regrouping, a visible part of a timeline render's profile
 * (bench/README.md, "What was done").
 */
function groupAzInteger(value: number): string {
  const digits = String(Math.abs(value))
  let out = digits.length > 3 ? digits.slice(0, ((digits.length - 1) % 3) + 1) : digits
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`
  // -0 prints as 0, as in d3.
  return value < 0 ? `\u2212${out}` : out
}

/** The d3 specifiers the widgets use: `,` grouping, `.N` precision, `~` trimming, `f`/`r`/`%`. */
const SPECIFIER = /^(,)?(?:\.(\d+))?(~)?([fr%])?$/

/**
 * An `Intl.NumberFormat` that writes what the d3 `specifier` asks, in `lang`'s conventions, with
 * two house rules on top: a true minus sign (U+2212, as d3 writes it) and, in Russian, a narrow
 * no-break space before "%" ("30,0 %", as reviewed in translations-2026-12).
 */
function intlFormatter(lang: Lang, specifier: string): (n: number) => string {
  const match = SPECIFIER.exec(specifier)
  if (!match) throw new RangeError(`unsupported number format: ${specifier}`)
  const [, comma, precision, trim, type] = match
  const digits = precision === undefined ? undefined : Number(precision)
  // `negative`: -0 prints as 0, as in d3.
  const options: Intl.NumberFormatOptions = { useGrouping: comma ? 'auto' : false, signDisplay: 'negative' }
  if (type === 'f' || type === '%') {
    if (type === '%') options.style = 'percent'
    options.maximumFractionDigits = digits ?? 6
    options.minimumFractionDigits = trim ? 0 : (digits ?? 6)
  } else {
    // No type: d3 keeps 12 significant digits; `r`: 6 unless told, trailing zeros kept unless `~`.
    options.maximumSignificantDigits = Math.max(1, digits ?? (type === 'r' ? 6 : 12))
    if (type === 'r' && !trim) options.minimumSignificantDigits = options.maximumSignificantDigits
  }
  const format = new Intl.NumberFormat(INTL_LOCALE[lang], options)
  const percent = lang === 'ru' && type === '%'
  return (n) => {
    const text = format.format(n).replace('-', '\u2212')
    return percent ? text.replace('\u00a0%', '\u202f%') : text
  }
}

/**
 * Formats `value` with a d3 format specifier (`,`, `,~r`, `.1%`, `,.1f`) in the conventions of
 * `lang`: `Intl.NumberFormat`, except Azerbaijani (d3 with {@link NUMBER_LOCALES}); formatters are cached.
 * @example formatNumber(4400, 'ru') // '4 400' (with a no-break space)
 */
export function formatNumber(value: number, lang: Lang, specifier = ','): string {
  if (lang === 'az' && specifier === ',' && Number.isInteger(value) && Math.abs(value) < EXACT_INTEGER)
    return groupAzInteger(value)
  const key = `${lang}\u0000${specifier}`
  let format = formatters.get(key)
  if (!format)
    formatters.set(key, (format = lang === 'az' ? azNumberLocale().format(specifier) : intlFormatter(lang, specifier)))
  return format(value)
}
