import { direction } from '../../data/vocabulary/index.ts'
import { embedded } from '../shared/bidi.ts'
import type { Theme } from '../shared/common-options.ts'
import { flat, type Markup, svg } from '../shared/markup.ts'
import { FONT_FAMILY, RTL_FONT_FAMILY, truncateText, wrapText } from '../shared/text-width.ts'
import { svgPalette } from './svg-frame.ts'
import type { Palette } from './theme.ts'
import { type FrameText, frameChrome } from './words.ts'

/** The social card (og:image, twitter:card summary_large_image), px. */
export const CARD_SIZE = { width: 1200, height: 630 } as const
/** Margin on every side: small, the card is seen shrunk to a ~500 px feed thumbnail. */
export const CARD_PAD = 48
/**
 * Type sizes of the card, px at 1200 wide. At a 500 px thumbnail (x0.42) the smallest, 28 px,
 * reads as ~12 px: no text on a card is smaller. The headline falls back to smaller sizes (never
 * under 40) when it needs more than two lines, and to three lines at 40.
 */
export const CARD_TYPE = {
  headline: [56, 48, 40],
  deck: 30,
  source: 28,
  /** Labels and values of the marks. */
  mark: 28,
} as const
/** Line pitch as a share of the type size. */
const LEADING = 1.2
/** From a line's top to its baseline, as a share of the type size (Arial's ascent). */
const ASCENT = 0.93

/** Where a card's mark is drawn, in card px. */
export interface CardArea {
  x: number
  y: number
  width: number
  height: number
}

/** Props of {@link cardDocument}. */
export interface CardProps {
  text: FrameText
  /** `auto` is drawn light: an image cannot follow the reader's scheme (as the PNG of the chart). */
  theme: Theme
  /** The chart's summary for `<desc>`. */
  description: string
  /** The simplified mark, drawn into `area` with the card's colours. */
  mark: (area: CardArea, palette: Palette) => Markup
}

/**
 * A 1200x630 social card composed for its size rather than a shrunken page: the title as a large
 * headline (two lines, three for a very long override), the subtitle as one deck line, the
 * widget's simplified mark, and the sources on one line, all at {@link CARD_TYPE} sizes within
 * {@link CARD_PAD}. The header option does not apply: a card without its headline says nothing
 * in a feed.
 */
export function cardDocument({ text, theme, description, mark }: CardProps): string {
  const p = svgPalette(theme)
  const t = frameChrome(text)
  const { width, height } = CARD_SIZE
  const inner = width - 2 * CARD_PAD
  const blocks: Markup[] = []
  let y = CARD_PAD
  // Right to left, lines are set against the right margin and embedded rtl (see svg-frame.ts).
  const rtl = direction(text.lang) === 'rtl'
  const lineX = rtl ? width - CARD_PAD : CARD_PAD
  const anchor = rtl ? svg` text-anchor="end"` : null
  const line = (words: string, size: number, cls: string, fill: string, bold = false) => {
    const weight = bold ? svg` font-weight="700"` : null
    blocks.push(
      svg`<text class="${cls}" x="${lineX}" y="${round(y + size * ASCENT)}"${anchor} font-size="${size}"${weight} fill="${fill}">${embedded(words, rtl)}</text>`,
    )
    y += size * LEADING
  }
  const headline = headlineLines(text.title.text, inner)
  for (const words of headline.lines) line(words, headline.size, 'fg', p.fg, true)
  if (text.subtitle) {
    y += 6
    line(truncateText(text.subtitle.text, inner, CARD_TYPE.deck), CARD_TYPE.deck, 'mu', p.muted)
  }
  const sources = text.sources.length
    ? `${text.sources.length === 1 ? t.source : t.sources}${t.colon} ${text.sources.map((s) => s.title).join('; ')}`
    : (text.asOf ?? '')
  const sourceTop = height - CARD_PAD - CARD_TYPE.source
  const area = { x: CARD_PAD, y: Math.ceil(y + 28), width: inner, height: 0 }
  area.height = Math.floor(sourceTop - 28 - area.y)
  const chart = mark(area, p)
  y = sourceTop
  if (sources) line(truncateText(sources, inner, CARD_TYPE.source), CARD_TYPE.source, 'mu', p.muted)
  return flat(
    svg`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="fb-ct fb-cd" lang="${text.lang}" font-family="${rtl ? RTL_FONT_FAMILY : FONT_FAMILY}" fill="${p.fg}"><title id="fb-ct">${text.title.text}</title><desc id="fb-cd">${description}</desc><rect class="bg" width="100%" height="100%" fill="${p.bg}"></rect>${blocks}<g class="mark">${chart}</g></svg>`,
  )
}

/**
 * The headline at the largest size that takes at most two lines; a title too long for two lines
 * at the smallest size takes three (a 120-character override), and only past that is it cut.
 */
function headlineLines(title: string, width: number): { size: number; lines: string[] } {
  for (const size of CARD_TYPE.headline) {
    const lines = wrapText(title, width, size, 'bold')
    if (lines.length <= 2) return { size, lines }
  }
  const size = CARD_TYPE.headline.at(-1)!
  const lines = wrapText(title, width, size, 'bold')
  if (lines.length <= 3) return { size, lines }
  return { size, lines: [...lines.slice(0, 2), truncateText(lines.slice(2).join(' '), width, size, 'bold')] }
}

const round = (n: number) => Math.round(n * 10) / 10
