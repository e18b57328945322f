import { formatNumber, INTL_LOCALE, type Lang } from '../../data/vocabulary/index.ts'
import { localizeUnit } from './chrome-text.ts'

const NBSP = '\u00a0'

/**
 * What a value column holds, as the descriptor says (`unit` or `currency` of its field): an amount
 * of money in an ISO 4217 currency, a quantity in a unit, or neither (a plain count).
 */
export interface ValueKind {
  /** The field's `unit`: an `Intl` unit identifier (`kilometer`) or free text (`km²`). */
  unit?: string
  /** The field's `currency`: an ISO 4217 code (`EUR`). */
  currency?: string
}

/** How a widget writes the values of one column in one language. */
export interface ValueFormat {
  /** Every digit the source gives, with the unit or currency: readouts, totals, screen readers. */
  full(value: number): string
  /** A bar's label: compact from a million on ("€1.45bn", "1,45 млрд €"), otherwise {@link full}. */
  label(value: number): string
  /** Axis ticks over values up to `max`: compact when `max` reaches {@link TICKS_COMPACT_FROM}. */
  tick(value: number, max: number): string
  /** A data table cell: the number alone, every digit (the header carries the unit). */
  cell(value: number): string
  /** What the value column's header adds ("km²", "€"), or '' for a plain count. */
  headerUnit: string
}

/** From this magnitude on, a bar's label is written compactly: "€1.45bn" reads, "€1,450,000,000" is counted. */
export const COMPACT_FROM = 1_000_000

/**
 * Ticks are compact when the axis reaches this: below it a tick has at most seven digits
 * ("5,000,000") and a few still fit side by side, so the figures stay whole.
 */
export const TICKS_COMPACT_FROM = 10_000_000

const formats = new Map<string, Intl.NumberFormat>()

/** One formatter per language and options; English is British English ("€1.45bn", not "€1.45B"). */
function intl(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}\u0000${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) formats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[lang], options)))
  return format
}

/** `Intl` writes a hyphen for minus; the charts write U+2212 everywhere, as d3's locales do. */
const withMinus = (text: string) => text.replace('-', '\u2212')

/** Answers of {@link isIntlUnit}, by unit: a column's unit is asked about on every render. */
const intlUnits = new Map<string, boolean>()

/**
 * Whether `unit` is one `Intl.NumberFormat` can place and translate (`kilometer`, `liter`, `percent`).
 * Asked of `Intl` once per unit: a free-text unit (`km²`) is refused with a thrown error, whose
 * cost every render would otherwise pay again.
 */
export function isIntlUnit(unit: string): boolean {
  let known = intlUnits.get(unit)
  if (known === undefined) {
    try {
      new Intl.NumberFormat('en', { style: 'unit', unit })
      known = true
    } catch {
      known = false
    }
    intlUnits.set(unit, known)
  }
  return known
}

/**
 * The formatter of a column of values in `lang`. A free-text unit (`km²`) keeps the charts'
 * number format and is appended after a no-break space, as it always was; money and `Intl` units
 * are placed by `Intl.NumberFormat` as a reader of the language expects ("€1,450,000,000",
 * "1 450 000 000 €").
 * @example valueFormat({ currency: 'EUR' }, 'en').label(1_450_000_000) // '€1.45bn'
 */
export function valueFormat(kind: ValueKind, lang: Lang): ValueFormat {
  const cell = (v: number) => formatNumber(v, lang, Number.isInteger(v) ? ',' : ',~r')
  if (OWN_COMPACT[lang]) return writtenByHand(kind, lang, cell, OWN_COMPACT[lang])
  const styled: Intl.NumberFormatOptions | undefined = kind.currency
    ? { style: 'currency', currency: kind.currency }
    : kind.unit && isIntlUnit(kind.unit)
      ? { style: 'unit', unit: kind.unit }
      : undefined
  const compactOptions = { ...styled, notation: 'compact', maximumSignificantDigits: 3 } as const
  const compact = (v: number) => withMinus(intl(lang, compactOptions).format(v))
  if (!styled) {
    const unit = kind.unit ? localizeUnit(kind.unit, lang) : ''
    const full = (v: number) => (unit ? `${cell(v)}${NBSP}${unit}` : cell(v))
    const compactText = (v: number) => (unit ? `${compact(v)}${NBSP}${unit}` : compact(v))
    return {
      full,
      label: (v) => (Math.abs(v) >= COMPACT_FROM ? compactText(v) : full(v)),
      tick: (v, max) => (max >= TICKS_COMPACT_FROM ? compact(v) : formatNumber(v, lang, ',')),
      cell,
      headerUnit: unit,
    }
  }
  // Every digit: no rounding to the currency's cents, and no ".00" after a whole amount.
  const exact = intl(lang, { ...styled, maximumFractionDigits: 20, trailingZeroDisplay: 'stripIfInteger' })
  const full = (v: number) => withMinus(exact.format(v))
  return {
    full,
    label: (v) => (Math.abs(v) >= COMPACT_FROM ? compact(v) : full(v)),
    tick: (v, max) => (max >= TICKS_COMPACT_FROM ? compact(v) : full(v)),
    cell,
    headerUnit: exact.formatToParts(1).find((p) => p.type === 'currency' || p.type === 'unit')?.value ?? '',
  }
}

/**
 * Languages whose money, units and compact figures the Workers runtime's ICU cannot write: it
 * formats Azerbaijani money as "€ 1.5G" and groups it as "1,450,000,000" (measured in workerd;
 * Node's full ICU writes "1,45 mlrd €"). Their compact scales, as full ICU writes them, largest first.
 */
const OWN_COMPACT: Partial<Record<Lang, readonly (readonly [number, string])[]>> = {
  az: [
    [1e9, '\u00a0mlrd'],
    [1e6, '\u00a0mln'],
    [1e3, 'K'],
  ],
}

/**
 * {@link valueFormat} for a language in {@link OWN_COMPACT}: the vocabulary's own number format
 * (its tables, not the runtime's ICU), the symbol after a no-break space as full ICU places it
 * ("1.450.000.000 €", "1,45 mlrd €").
 */
function writtenByHand(
  kind: ValueKind,
  lang: Lang,
  cell: (v: number) => string,
  scales: readonly (readonly [number, string])[],
): ValueFormat {
  const styled: Intl.NumberFormatOptions | undefined = kind.currency
    ? { style: 'currency', currency: kind.currency, currencyDisplay: 'narrowSymbol' }
    : kind.unit && isIntlUnit(kind.unit)
      ? { style: 'unit', unit: kind.unit }
      : undefined
  // The symbol alone is the same in every language's ICU data ("€", "km"); English is always there.
  const unit = styled
    ? (intl('en', styled)
        .formatToParts(1)
        .find((p) => p.type === 'currency' || p.type === 'unit')?.value ?? '')
    : kind.unit
      ? localizeUnit(kind.unit, lang)
      : ''
  const withUnit = (text: string) => (unit ? `${text}${NBSP}${unit}` : text)
  const compact = (v: number) => {
    const scale = scales.find(([size]) => Math.abs(v) >= size)
    return scale ? `${formatNumber(v / scale[0], lang, '.3~r')}${scale[1]}` : formatNumber(v, lang, '.3~r')
  }
  const full = (v: number) => withUnit(cell(v))
  return {
    full,
    label: (v) => (Math.abs(v) >= COMPACT_FROM ? withUnit(compact(v)) : full(v)),
    // Money keeps its symbol on the axis, as Intl writes it in other languages; a unit is in the header.
    tick: (v, max) =>
      max >= TICKS_COMPACT_FROM ? (kind.currency ? withUnit(compact(v)) : compact(v)) : formatNumber(v, lang, ','),
    cell,
    headerUnit: unit,
  }
}
