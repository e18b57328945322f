/**
 * Text width without a DOM, like Observable Plot's `defaultWidthMap`: the server decides label
 * placement and wrapping from a per-character width table, so the output is deterministic.
 *
 * The table holds advance widths in hundredths of an em, measured in Chromium
 * (tests/widgets/shared/measure-text-widths.ts), taking for each character the wider of
 * Liberation Sans (Arial's metrics; `FONT_FAMILY` resolves to Arial, Helvetica or it on most
 * systems) and Noto Sans (the PNG renderer's font). Estimates therefore err on the wide side.
 */

/** The font stack every widget uses; widths in the table are for these faces. */
export const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, "Noto Sans", Roboto, sans-serif'

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u202f²³°·«»–—‘’“”„…№×−' +
  'ÇçÖöÜüĞğİıŞşƏəÄäÉéÈèÁáÍíÓóÚúÑñ' +
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя'
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const REGULAR = [28,28,41,65,58,89,74,23,34,34,56,59,28,34,28,38,58,58,58,58,58,58,58,58,58,58,28,28,59,59,59,56,102,67,67,73,73,67,62,78,75,34,50,67,56,91,76,79,67,79,73,67,62,74,67,95,67,67,62,33,38,33,58,56,34,57,62,50,62,57,35,62,62,26,26,54,26,94,62,61,62,62,42,50,37,62,51,79,53,51,50,38,56,38,59,28,17,35,35,43,28,56,56,56,100,23,23,36,36,42,100,108,59,59,73,50,79,61,74,62,78,62,34,28,67,50,79,62,67,57,67,57,67,57,67,57,34,28,79,61,74,62,76,62,67,66,67,55,73,67,67,93,61,76,76,63,70,91,75,78,74,67,73,62,64,82,67,74,68,104,103,80,89,66,72,102,73,56,60,57,44,61,56,56,76,49,63,63,54,59,77,62,60,61,61,50,47,51,83,52,62,59,90,90,63,76,55,52,80,58]
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const BOLD = [28,34,48,65,58,91,75,27,34,34,55,59,29,34,29,42,58,58,58,58,58,58,58,58,58,58,34,34,59,59,59,62,98,73,73,73,74,67,62,78,77,39,56,73,62,95,82,80,67,80,73,67,62,76,67,97,67,67,62,34,42,34,59,56,37,60,64,56,64,60,39,64,65,30,30,62,30,98,65,63,64,64,45,56,44,65,58,86,58,58,50,40,56,40,59,28,17,38,38,43,29,62,62,56,100,28,28,50,50,52,100,112,59,59,73,56,80,63,76,65,78,64,39,30,67,56,82,62,73,60,67,60,67,60,73,60,39,30,80,63,76,65,81,65,73,72,73,57,78,67,67,100,63,80,80,70,74,95,77,78,77,67,73,62,65,91,67,78,72,107,108,87,98,72,72,104,72,60,63,62,48,64,59,59,87,52,68,68,62,64,84,66,63,65,64,56,51,58,88,58,65,64,96,96,73,86,62,56,86,61]

/** Width of a character the table does not know: a full em, so estimates stay safe. Combining
 * marks (U+0300–U+036F) add no advance. */
const UNKNOWN = 100
/** Widths by UTF-16 code unit: a typed-array lookup keeps `textWidth` cheap in the render path. */
function table(widths: readonly number[]): Uint8Array {
  const byCode = new Uint8Array(0x10000).fill(UNKNOWN)
  for (let code = 0x300; code <= 0x36f; code++) byCode[code] = 0
  for (const [i, ch] of [...CHARS].entries()) byCode[ch.charCodeAt(0)] = widths[i]!
  return byCode
}

const tables = { normal: table(REGULAR), bold: table(BOLD) }

/** Font weights the table knows. */
export type Weight = keyof typeof tables

/**
 * Estimated width in px of `text` set at `fontSize` px.
 * @example textWidth('Shusha', 13) // ≈ 45
 */
export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  const byCode = tables[weight]
  let hundredths = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair (emoji, CJK extensions) counts once, as a full em.
    if (code >= 0xdc00 && code <= 0xdfff) continue
    hundredths += byCode[code]!
  }
  return (hundredths * fontSize) / 100
}

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces and after hyphens (never
 * at a no-break space, so "4 400 км²" or "8 May 1992" joined by U+00A0 stay whole); a single word
 * wider than the line is cut between characters rather than overflow.
 * @example wrapText('Нагорный Карабах', 80, 13) // ['Нагорный', 'Карабах']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'normal'): string[] {
  const trimmed = text.trim()
  // Most labels fit on one line: skip splitting them.
  if (!/[\t\n\r]/.test(trimmed) && textWidth(trimmed, fontSize, weight) <= maxWidth) return trimmed ? [trimmed] : []
  const space = textWidth(' ', fontSize, weight)
  const lines: string[] = []
  let line = ''
  let width = 0
  // Words are cut out by hand (no regex split, no arrays of words): this runs for every label
  // and readout that wraps, several times per render.
  for (let at = 0; at < trimmed.length; ) {
    const end = wordEnd(trimmed, at)
    const word = trimmed.slice(at, end)
    at = end
    while (at < trimmed.length && isBreakSpace(trimmed.charCodeAt(at))) at++
    const glue = line === '' || line.endsWith('-') ? 0 : space
    const w = textWidth(word, fontSize, weight)
    if (width + glue + w <= maxWidth) {
      line += (glue ? ' ' : '') + word
      width += glue + w
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    width = 0
    if (w <= maxWidth) {
      line = word
      width = w
      continue
    }
    for (const ch of word) {
      const c = textWidth(ch, fontSize, weight)
      if (line !== '' && width + c > maxWidth) {
        lines.push(line)
        line = ''
        width = 0
      }
      line += ch
      width += c
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** A space, tab or line break: where words end (a no-break space is not one). */
const isBreakSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13

/**
 * End of the word starting at `at`: the next break space, or just after a hyphen that something
 * other than a line terminator follows (a word may break after its hyphens).
 */
function wordEnd(text: string, at: number): number {
  let i = at
  while (i < text.length) {
    const code = text.charCodeAt(i++)
    if (isBreakSpace(code)) return i - 1
    if (code === 45 && i < text.length) {
      const next = text.charCodeAt(i)
      if (!isBreakSpace(next) && next !== 0x2028 && next !== 0x2029) return i
    }
  }
  return i
}

/**
 * `text`, cut with an ellipsis if it is wider than `maxWidth`.
 * @example truncateText('Nagorno-Karabakh', 60, 13) // 'Nagorno-…'
 */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'normal'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text
  let cut = ''
  for (const ch of text) {
    if (textWidth(`${cut}${ch}…`, fontSize, weight) > maxWidth) break
    cut += ch
  }
  return `${cut.trimEnd()}…`
}
