/**
 * `text` embedded right to left (U+202B … U+202C) when `rtl`: a standalone image has no `dir`, and
 * resvg (the PNG) and browsers both lay an SVG text out left to right by default, so an Arabic line
 * ending in a Latin word ("المصدر: … factbox") put that word on the right. Embedded, both order it
 * as the page does; `direction="rtl"` would too, but browsers then swap `text-anchor` and resvg
 * does not. The marks have no advance (widgets/shared/text-width.ts).
 * @example embedded('المصدر: factbox', true) // '\u202bالمصدر: factbox\u202c'
 */
export function embedded(text: string, rtl: boolean): string {
  return rtl ? `\u202b${text}\u202c` : text
}
