/**
 * Small helpers the catalogues share.
 */

/** Joins names with `and`: "A and B", "A, B and C" (no serial comma, as in every catalogue so far). */
export const join =
  (and: string, comma = ', ') =>
  (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(comma)} ${and} ${items.at(-1)}`

/**
 * A sentence from a phrase: a full stop added unless the phrase already ends with one, so an
 * abbreviation at the end ("1993 г.", "1988–1992 гг.") never gets a second.
 */
export const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`)
