import { direction } from '../../data/vocabulary/index.ts'
import { embedded } from '../shared/bidi.ts'
import type { Theme } from '../shared/common-options.ts'
import { flat, type Markup, raw, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { FONT_FAMILY, RTL_FONT_FAMILY, wrapText } from '../shared/text-width.ts'
import { PALETTES, type Palette } from './theme.ts'
import { type FrameText, frameChrome } from './words.ts'

/** Margin around the standalone image. */
const PAD = 16
const TITLE = { size: 18, line: 23 }
const SUBTITLE = { size: 14, line: 18 }
const FOOT = { size: 12, line: 16 }
/** Space between the blocks. */
const GAP = 12

/** Props of {@link svgDocument}. */
export interface SvgDocumentProps {
  text: FrameText
  /** `none` leaves the title out of the picture (it stays in `<title>`). @default 'show' */
  header?: 'show' | 'none'
  theme: Theme
  /** Width of the whole image, px. */
  width: number
  /** The chart, drawn for `width - 2 * PAD` (see {@link svgChartWidth}), and its height. */
  chart: Markup
  chartHeight: number
  /** The chart's summary for `<desc>`. */
  description: string
}

/**
 * Colours as presentation attributes, so renderers without CSS (resvg for PNG) paint the right
 * theme; `theme=auto` adds a `prefers-color-scheme` style that browsers apply over them.
 */
export function svgPalette(theme: Theme): Palette {
  return theme === 'dark' ? PALETTES.dark : PALETTES.light
}

/**
 * Dark colours for `theme=auto`, by class name of the painted elements (`bg`, `fg`, `mu`, `mk`,
 * `mm`, `gr`, `ax`, `halo`): charts drawn into a standalone image use these classes.
 */
const AUTO_DARK_STYLE = (() => {
  const d = PALETTES.dark
  // Trusted CSS: built from the palette's constant colours.
  return raw(
    '<style>@media(prefers-color-scheme:dark){' +
      `.bg{fill:${d.bg}}svg{fill:${d.fg}}.fg{fill:${d.fg}}.mu{fill:${d.muted}}.mk{fill:${d.mark}}.mm{fill:${d.markMuted}}` +
      `.gr{stroke:${d.grid}}.ax{stroke:${d.axis}}.halo{stroke:${d.bg}}}</style>`,
  )
})()

/**
 * A standalone SVG document: the frame's words set as SVG text (wrapped with the width table)
 * around a chart, with `role="img"`, a title and a description, and its own dark-mode styles.
 * Usable in `<img>`, as a download, and as the PNG renderer's input.
 */
export function svgDocument({
  text,
  header = 'show',
  theme,
  width,
  chart,
  chartHeight,
  description,
}: SvgDocumentProps): string {
  const p = svgPalette(theme)
  const t = frameChrome(text)
  const inner = width - 2 * PAD
  // Right to left, every line is set against the right margin (anchored at its end: resvg and
  // browsers agree on that without `direction`, see imageBars).
  const rtl = direction(text.lang) === 'rtl'
  const lineX = rtl ? width - PAD : PAD
  const anchor = rtl ? svg` text-anchor="end"` : null
  const blocks: Markup[] = []
  let y = PAD
  const paragraph = (words: string, style: { size: number; line: number }, cls: string, bold = false) => {
    const lines = wrapText(words, inner, style.size, bold ? 'bold' : 'normal')
    const top = y + style.size * 0.93
    const tspans = lines.map(
      (line, i) => svg`<tspan x="${lineX}" y="${round(top + i * style.line, 2)}">${embedded(line, rtl)}</tspan>`,
    )
    const weight = bold ? svg` font-weight="700"` : null
    const fill = cls === 'mu' ? svg` fill="${p.muted}"` : null
    blocks.push(svg`<text class="${cls}" font-size="${style.size}"${anchor}${weight}${fill}>${tspans}</text>`)
    y += lines.length * style.line
  }
  if (header === 'show') {
    paragraph(text.title.text, TITLE, 'fg', true)
    if (text.subtitle) paragraph(text.subtitle.text, SUBTITLE, 'mu')
    y += GAP - 4
  }
  const chartY = y
  y += chartHeight + GAP
  if (text.notes) paragraph(text.notes.text, FOOT, 'mu')
  if (text.context) {
    const { words, sources } = text.context
    const label = sources.length === 1 ? t.source : t.sources
    const cited = sources.length ? ` ${label}${t.colon} ${sources.map((s) => s.title).join('; ')}.` : ''
    paragraph(`${words.text}${cited}`, FOOT, 'mu')
  }
  const meta = [
    text.sources.length
      ? `${text.sources.length === 1 ? t.source : t.sources}${t.colon} ${text.sources.map((s) => s.title).join('; ')}`
      : '',
    text.asOf ?? '',
  ].filter(Boolean)
  if (meta.length) paragraph(meta.join(' · '), FOOT, 'mu')
  const height = Math.ceil(y + PAD - 4)
  return flat(
    svg`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="fb-st fb-sd" lang="${text.lang}" class="t-${theme}" font-family="${direction(text.lang) === 'rtl' ? RTL_FONT_FAMILY : FONT_FAMILY}" font-size="13" fill="${p.fg}"><title id="fb-st">${text.title.text}</title><desc id="fb-sd">${description}</desc>${theme === 'auto' ? AUTO_DARK_STYLE : null}<rect class="bg" width="100%" height="100%" fill="${p.bg}"></rect>${blocks}<g transform="translate(${PAD},${chartY})">${chart}</g></svg>`,
  )
}

/** Inner width of the chart in a standalone image of `width` px. */
export const svgChartWidth = (width: number): number => width - 2 * PAD
