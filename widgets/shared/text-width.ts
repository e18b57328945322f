/**
 * Text width without a DOM, like Observable Plot's `defaultWidthMap`: the server decides label
 * placement and wrapping from a per-character width table, so the output is deterministic.
 *
 * The table holds advance widths in hundredths of an em, measured in Chromium
 * (tests/widgets/shared/measure-text-widths.ts), taking for each character the wider of
 * Liberation Sans (Arial's metrics; `FONT_FAMILY` resolves to Arial, Helvetica or it on most
 * systems) and Noto Sans (the PNG renderer's font). Estimates therefore err on the wide side.
 * Arabic letters take the wider of DejaVu Sans (the page's fallback for Arabic) and Noto Sans
 * Arabic (the PNG's), in their isolated form, wider than the joined forms a word is set in;
 * Arabic marks and the direction marks (U+200E, U+200F, U+061C, U+202B, U+202C) have no advance.
 */

/** The font stack every widget uses; widths in the table are for these faces. */
export const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, "Noto Sans", Roboto, sans-serif'

/**
 * The stack of a right-to-left image: DejaVu Sans first, one font with Arabic, Latin and brackets.
 * resvg (the PNG) shapes a line in its first font and takes another font's glyphs only where the
 * glyph counts match, which Arabic ligatures break: with Noto Sans first a line of Arabic and
 * brackets painted boxes throughout, with Noto Sans Arabic first its brackets and Latin letters.
 * A browser without DejaVu Sans falls through to {@link FONT_FAMILY}.
 */
export const RTL_FONT_FAMILY = `"DejaVu Sans", ${FONT_FAMILY}`

/** Every character the width tables measure: what widgets may paint in an image. */
export const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '\u00a0\u202f²³°·«»–—‘’“”„…№×−' +
  'ÇçÖöÜüĞğİıŞşƏəÄäÉéÈèÁáÍíÓóÚúÑñ' +
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
  'ßẞÀàÂâÊêÎîÔôÛûÙùËëÏïŸÿŒœÆæ¿¡ІіЇїЄєҐґ€£' +
  '،؛؟ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي٠١٢٣٤٥٦٧٨٩٪٫٬' +
  '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u061c\u200e\u200f\u202b\u202c'
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const REGULAR = [28,28,41,65,58,89,74,23,34,34,56,59,28,34,28,38,58,58,58,58,58,58,58,58,58,58,28,28,59,59,59,56,102,67,67,73,73,67,62,78,75,34,50,67,56,91,76,79,67,79,73,67,62,74,67,95,67,67,62,33,38,33,58,56,34,57,62,50,62,57,35,62,62,26,26,54,26,94,62,61,62,62,42,50,37,62,51,79,53,51,50,38,56,38,59,28,17,35,35,43,28,56,56,56,100,23,23,36,36,42,100,108,59,59,73,50,79,61,74,62,78,62,34,28,67,50,79,62,67,57,67,57,67,57,67,57,34,28,79,61,74,62,76,62,67,66,67,55,73,67,67,93,61,76,76,63,70,91,75,78,74,67,73,62,64,82,67,74,68,104,103,80,89,66,72,102,73,56,60,57,44,61,56,56,76,49,63,63,54,59,77,62,60,61,61,50,47,51,83,52,62,59,90,90,63,76,55,52,80,58,64,77,67,57,67,57,67,57,34,28,79,61,74,62,74,62,67,57,34,28,67,51,100,95,100,89,62,34,29,26,29,28,72,52,54,44,58,58,33,35,54,48,28,28,49,28,79,28,100,53,100,100,65,65,65,48,48,49,49,123,123,131,131,93,93,60,60,30,104,78,89,73,62,74,53,49,79,79,54,54,54,59,54,54,54,58,58,54,54,33,32,0,0,0,0,0,0,0,0,0,0,0,0,0,0]
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const BOLD = [28,34,48,65,58,91,75,27,34,34,55,59,29,34,29,42,58,58,58,58,58,58,58,58,58,58,34,34,59,59,59,62,98,73,73,73,74,67,62,78,77,39,56,73,62,95,82,80,67,80,73,67,62,76,67,97,67,67,62,34,42,34,59,56,37,60,64,56,64,60,39,64,65,30,30,62,30,98,65,63,64,64,45,56,44,65,58,86,58,58,50,40,56,40,59,28,17,38,38,43,29,62,62,56,100,28,28,50,50,52,100,112,59,59,73,56,80,63,76,65,78,64,39,30,67,56,82,62,73,60,67,60,67,60,73,60,39,30,80,63,76,65,81,65,73,72,73,57,78,67,67,100,63,80,80,70,74,95,77,78,77,67,73,62,65,91,67,78,72,107,108,87,98,72,72,104,72,60,63,62,48,64,59,59,87,52,68,68,62,64,84,66,63,65,64,56,51,58,88,58,65,64,96,96,73,86,62,56,86,61,71,77,73,60,73,60,67,60,39,30,80,63,76,65,76,65,67,60,39,30,67,58,100,98,100,92,62,34,33,31,34,30,72,56,58,52,58,58,38,40,59,52,35,35,63,35,92,35,103,60,103,103,73,73,73,52,52,58,58,138,138,143,143,104,104,69,69,35,117,90,94,87,74,86,60,63,92,92,62,62,62,62,62,62,62,64,64,62,62,38,38,0,0,0,0,0,0,0,0,0,0,0,0,0,0]

/**
 * Advance widths of Liberation Sans alone, in font units (2048 to the em): Arial's metrics, what
 * the page's text is set in on most desktops and in the test browser. Heights use it (see
 * widgets/frame/height.ts): a height wants the line count the page will have, where a label
 * wants room in every face. U+202F is 284.5 units, kept as 285. An Arabic letter's entry is, in
 * DejaVu Sans (what the page sets Arabic in without an Arabic font of its own) and the same units,
 * the mean of its joined and isolated forms: a word's width from it leans wide, never short (see
 * measure-text-widths.ts).
 */
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const ARIAL_REGULAR = [569,569,727,1139,1139,1821,1366,391,682,682,797,1196,569,682,569,569,1139,1139,1139,1139,1139,1139,1139,1139,1139,1139,569,569,1196,1196,1196,1139,2079,1366,1366,1479,1479,1366,1251,1593,1479,569,1024,1366,1139,1706,1479,1593,1366,1593,1479,1366,1251,1479,1366,1933,1366,1366,1251,569,569,569,961,1139,682,1139,1139,1024,1139,1139,569,1139,1139,455,455,1024,455,1706,1139,1139,1139,1139,682,1024,569,1139,1024,1479,1024,1024,1024,684,532,684,1196,569,285,682,682,819,569,1139,1139,1139,2048,455,455,682,682,682,2048,2197,1196,1196,1479,1024,1593,1139,1479,1139,1593,1139,569,569,1366,1024,1612,1260,1366,1139,1366,1139,1366,1139,1366,1139,569,569,1593,1139,1479,1139,1479,1139,1366,1344,1366,1109,1387,1366,1367,1891,1237,1472,1472,1193,1344,1706,1479,1593,1472,1366,1479,1251,1301,1557,1366,1515,1365,1877,1920,1621,1813,1344,1472,2069,1479,1139,1173,1088,747,1195,1139,1139,1370,939,1144,1144,896,1195,1408,1131,1139,1109,1139,1024,938,1024,1685,1024,1173,1067,1643,1685,1280,1472,1067,1045,1536,1109,1251,1574,1366,1139,1366,1139,1366,1139,569,569,1593,1139,1479,1139,1479,1139,1366,1139,569,569,1366,1024,2048,1933,2048,1821,1251,682,569,455,569,569,1472,1045,1001,842,1139,1139,661,651,1087,963,597,597,1024,597,1111,597,1273,1086,1273,1273,1322,1322,1322,994,994,1060,1060,2164,2164,2126,2126,1787,1787,1105,1105,600,1580,1313,1410,1083,1226,1061,1009,1024,1111,1111,1100,1100,1100,1100,1100,1100,1100,1100,1100,1100,1100,665,651,0,0,0,0,0,0,0,0,0,0,0,0,0,0]
// biome-ignore format: one advance width per character of CHARS, kept on one line like the string
const ARIAL_BOLD = [569,682,971,1139,1139,1821,1479,487,682,682,797,1196,569,682,569,569,1139,1139,1139,1139,1139,1139,1139,1139,1139,1139,682,682,1196,1196,1196,1251,1997,1479,1479,1479,1479,1366,1251,1593,1479,569,1139,1479,1251,1706,1479,1593,1366,1593,1479,1366,1251,1479,1366,1933,1366,1366,1251,682,569,682,1196,1139,682,1139,1251,1139,1251,1139,682,1251,1251,569,569,1139,569,1821,1251,1251,1251,1251,797,1139,682,1251,1139,1593,1139,1139,1024,797,573,797,1196,569,285,682,682,819,569,1139,1139,1139,2048,569,569,1024,1024,1024,2048,2283,1196,1196,1479,1139,1593,1251,1479,1251,1593,1251,569,569,1366,1139,1612,1260,1479,1139,1366,1139,1366,1139,1479,1139,569,569,1593,1251,1479,1251,1479,1251,1479,1472,1479,1161,1459,1366,1370,1851,1283,1472,1472,1250,1437,1706,1479,1593,1472,1366,1479,1251,1274,1748,1366,1496,1439,2058,2087,1781,2005,1472,1457,2112,1472,1139,1265,1259,853,1300,1139,1139,1452,1018,1259,1259,1025,1301,1515,1237,1251,1237,1251,1139,1003,1139,1792,1139,1259,1189,1707,1728,1493,1749,1259,1131,1749,1195,1251,1574,1479,1139,1479,1139,1366,1139,569,569,1593,1251,1479,1251,1479,1251,1366,1139,569,569,1366,1139,2048,1933,2048,1821,1251,682,569,569,565,576,1457,1131,997,915,1139,1139,778,819,1188,1047,736,736,1279,736,1357,736,1447,1226,1447,1447,1476,1476,1476,1117,1117,1227,1227,2455,2455,2387,2387,2061,2061,1278,1278,700,1927,1653,1534,1307,1437,1292,1281,1279,1357,1357,1250,1250,1250,1250,1250,1250,1250,1250,1250,1250,1250,765,778,0,0,0,0,0,0,0,0,0,0,0,0,0,0]
const ARIAL_UNITS_PER_EM = 2048

/**
 * A width table: advances by UTF-16 code unit in `perEm` units to the em (a typed-array lookup
 * keeps `textWidth` cheap in the render path). A character the table does not know is a full
 * em, so estimates stay safe; combining marks (U+0300–U+036F) add no advance.
 */
interface WidthTable {
  byCode: Uint16Array
  perEm: number
}

function table(widths: readonly number[], perEm: number): WidthTable {
  const byCode = new Uint16Array(0x10000).fill(perEm)
  for (let code = 0x300; code <= 0x36f; code++) byCode[code] = 0
  for (const [i, ch] of [...CHARS].entries()) byCode[ch.charCodeAt(0)] = widths[i]!
  return { byCode, perEm }
}

const tables = {
  /** The wider of Liberation Sans and Noto Sans, in hundredths of an em: room in either face. */
  safe: { normal: table(REGULAR, 100), bold: table(BOLD, 100) },
  /** Liberation Sans (Arial's metrics) alone: the likely width on the page. */
  arial: { normal: table(ARIAL_REGULAR, ARIAL_UNITS_PER_EM), bold: table(ARIAL_BOLD, ARIAL_UNITS_PER_EM) },
}

/** Font weights the table knows. */
export type Weight = keyof typeof tables.safe

/**
 * Which widths to estimate with: `safe` (the default) for placing labels, wide enough for every
 * face of the font stack; `arial` for predicting where the page's text will wrap.
 */
export type Metrics = keyof typeof tables

/**
 * Estimated width in px of `text` set at `fontSize` px.
 * @example textWidth('Shusha', 13) // ≈ 45
 */
export function textWidth(
  text: string,
  fontSize: number,
  weight: Weight = 'normal',
  metrics: Metrics = 'safe',
): number {
  const { byCode, perEm } = tables[metrics][weight]
  let units = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair (emoji, CJK extensions) counts once, as a full em.
    if (code >= 0xdc00 && code <= 0xdfff) continue
    units += byCode[code]!
  }
  return (units * fontSize) / perEm
}

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces and after hyphens (never
 * at a no-break space, so "4 400 км²" or "8 May 1992" joined by U+00A0 stay whole); a single word
 * wider than the line is cut between characters rather than overflow.
 * @example wrapText('Нагорный Карабах', 80, 13) // ['Нагорный', 'Карабах']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: Weight = 'normal',
  metrics: Metrics = 'safe',
): string[] {
  const trimmed = text.trim()
  // Most labels fit on one line: skip splitting them.
  if (!/[\t\n\r]/.test(trimmed) && textWidth(trimmed, fontSize, weight, metrics) <= maxWidth)
    return trimmed ? [trimmed] : []
  const space = textWidth(' ', fontSize, weight, metrics)
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
    const w = textWidth(word, fontSize, weight, metrics)
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
      const c = textWidth(ch, fontSize, weight, metrics)
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
 * `text`, cut with an ellipsis if it is wider than `maxWidth`: between words when the cut keeps at
 * least half of what fits, inside a word otherwise.
 * @example truncateText('Nagorno-Karabakh', 60, 13) // 'Nagorno-…'
 * @example truncateText('Source: The Occupation in Figures', 150, 13) // 'Source: The Occupation…'
 */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: Weight = 'normal'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text
  let cut = ''
  let rest = ''
  for (const ch of text) {
    if (textWidth(`${cut}${ch}…`, fontSize, weight) > maxWidth) {
      rest = text.slice(cut.length)
      break
    }
    cut += ch
  }
  // Cut between words where that keeps most of the line: "Source: «The Occupation…", not
  // "«The Occupat…". A long word alone is still cut where it must be.
  const space = cut.search(/\s\S*$/)
  if (!/^\s/.test(rest) && space >= cut.length / 2) cut = cut.slice(0, space)
  return `${cut.trimEnd().replace(/[\s,;:·–—]+$/, '')}…`
}
