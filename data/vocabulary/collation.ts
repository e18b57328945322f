import type { Lang } from './languages.ts'

/**
 * The Azerbaijani Latin alphabet in order (lower case): ı is dotless, i dotted; x follows h and
 * q follows k. Unicode's own order and the English collation put q after p and ə after z.
 */
const AZ_ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz'

// Private code points that keep the alphabet's order and sort after digits and punctuation.
const AZ_RANK = new Map([...AZ_ALPHABET].map((letter, i) => [letter, String.fromCharCode(0xe000 + i)]))

/** Lower case by Azerbaijani rules (I → ı, İ → i), which the Workers runtime does not know. */
function azLower(text: string): string {
  return text.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase()
}

/**
 * A sort key: each letter of the alphabet by its rank, any other character as it is; with
 * `numeric`, a run of digits is prefixed by its length so 2 sorts before 10.
 */
function azKey(text: string, numeric: boolean): string {
  let key = ''
  for (const char of azLower(text.normalize('NFC'))) key += AZ_RANK.get(char) ?? char
  if (!numeric) return key
  return key.replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, '')
    return String.fromCharCode(0x1f + Math.min(digits.length, 0x60)) + digits
  })
}

const compareAz =
  (numeric: boolean) =>
  (a: string, b: string): number => {
    const ka = azKey(a, numeric)
    const kb = azKey(b, numeric)
    if (ka !== kb) return ka < kb ? -1 : 1
    // Same letters: upper case first, then a total order so the result never depends on input order.
    return a === b ? 0 : a < b ? -1 : 1
  }

const collators = new Map<string, (a: string, b: string) => number>()

/**
 * Compares two texts in `lang`'s alphabetical order. Azerbaijani is sorted by an explicit rule:
 * the Workers runtime has no Azerbaijani collation (`Intl.Collator('az')` falls back to English
 * there, putting Laçın before Qubadlı), while Node has one, so relying on `Intl` would pass the
 * tests in Node and sort wrongly in production. Other languages use `Intl.Collator`.
 * @example ['Laçın', 'Qubadlı'].sort(compareText('az')) // ['Qubadlı', 'Laçın']
 */
export function compareText(lang: Lang, options: { numeric?: boolean } = {}): (a: string, b: string) => number {
  const id = `${lang}:${options.numeric === true}`
  const known = collators.get(id)
  if (known) return known
  const compare =
    lang === 'az'
      ? compareAz(options.numeric === true)
      : new Intl.Collator(lang, { numeric: options.numeric === true }).compare
  collators.set(id, compare)
  return compare
}
