import { CHROME_TEXT } from '../shared/chrome-text.ts'
import { textWidth, wrapText } from '../shared/text-width.ts'
import { FRAME_SPACE, FRAME_TYPE, META_SEPARATOR, type FrameType } from './frame-css.ts'
import type { FrameText } from './frame-text.ts'

/** A block of the page's vertical flow (px): its height and its vertical margins. */
export interface FlowBlock {
  height: number
  /** @default 0 */
  marginTop?: number
  /** @default 0 */
  marginBottom?: number
}

/** Width of the frame (`.fb`, the container the widgets' container queries ask) in an iframe `width` px wide. */
export const frameWidth = (width: number): number => width - 2 * FRAME_SPACE.page

/**
 * Blink lays out in 1/64 px: a 16.8 px line is 16.796875 px. Summing snapped lines keeps a
 * prediction of several hundred px within a pixel of the real one, whatever the line count.
 */
const snap = (px: number): number => Math.floor(px * 64) / 64

/** Height of `lines` lines of a block set in `type`. */
export const linesHeight = (lines: number, type: FrameType): number => lines * snap(type.size * type.line)

/**
 * Height in CSS px of the vertical flow of `blocks` inside the page's padding, with CSS margin
 * collapsing: none of the frame's wrappers (`main`, `figure`, `.fb-chart`, `figcaption`) has a
 * border or padding, so adjacent margins collapse into the larger one, through empty blocks too.
 */
export function flowHeight(blocks: readonly FlowBlock[]): number {
  let total = 0
  let margin = 0
  for (const block of blocks) {
    margin = Math.max(margin, block.marginTop ?? 0)
    if (block.height > 0) {
      total += margin + block.height
      margin = 0
    }
    margin = Math.max(margin, block.marginBottom ?? 0)
  }
  return total + margin + 2 * FRAME_SPACE.page
}

/**
 * The frame's blocks around a chart in an iframe `width` px wide, as `Frame` renders them
 * (frame.tsx) and frame-css.ts styles them: the title and subtitle (unless `header` is `none`,
 * which keeps the title for screen readers only, out of the flow), the chart's own blocks, then
 * the footer's notes and source line. Text is wrapped with the text-width table at the frame's
 * width, which errs on the wide side: a prediction may count a line too many, rarely one too few.
 */
export function frameBlocks(text: FrameText, header: 'show' | 'none', width: number, chart: readonly FlowBlock[]): FlowBlock[] {
  const inner = frameWidth(width)
  const paragraph = (words: string, type: FrameType, weight: 'normal' | 'bold' = 'normal') =>
    linesHeight(wrapText(words, inner, type.size, weight).length, type)
  const blocks: FlowBlock[] = []
  if (header === 'show') {
    blocks.push({ height: paragraph(text.title.text, FRAME_TYPE.title, 'bold'), marginBottom: FRAME_SPACE.title })
    if (text.subtitle) blocks.push({ height: paragraph(text.subtitle.text, FRAME_TYPE.subtitle), marginBottom: FRAME_SPACE.subtitle })
  }
  blocks.push(...chart)
  // The figcaption: its margin collapses with its first paragraph's.
  blocks.push({ height: 0, marginTop: FRAME_SPACE.foot })
  const foot = { marginTop: FRAME_SPACE.footParagraph }
  if (text.notes) blocks.push({ ...foot, height: paragraph(text.notes.text, FRAME_TYPE.notes) })
  const meta = metaLines(text, inner)
  if (meta) blocks.push({ ...foot, height: linesHeight(meta, FRAME_TYPE.foot) })
  return blocks
}

/**
 * Height in CSS px of a widget's page in an iframe `width` px wide, rounded up to a whole px:
 * the frame's blocks around `chart`, the chart's blocks at that width.
 */
export function frameHeight(text: FrameText, header: 'show' | 'none', width: number, chart: readonly FlowBlock[]): number {
  return Math.ceil(flowHeight(frameBlocks(text, header, width, chart)))
}

/** A run of text the line breaker will not split, and whether a breakable space precedes it. */
interface Piece {
  width: number
  space: boolean
}

/**
 * Lines of the source line: "Source: A; B", then "Get the data" and "Updated …", each kept whole
 * (`white-space: nowrap`) and led by a padded dot. The dot is a pseudo-element with no space
 * before it, so there is no break opportunity there: it stays on the line of the word before.
 * A link's "(opens in a new tab)" is visually hidden and takes no room.
 */
function metaLines(text: FrameText, maxWidth: number): number {
  const size = FRAME_TYPE.foot.size
  const t = CHROME_TEXT[text.lang]
  const pieces: Piece[] = []
  if (text.sources.length) {
    const label = text.sources.length === 1 ? t.source : t.sources
    const words = `${label}: ${text.sources.map((s) => s.title).join('; ')}`.split(/\s+/).filter(Boolean)
    for (const word of words)
      // After a hyphen the line may break too, with no space (as wrapText does).
      word.split(/(?<=-)(?=.)/).forEach((part, i) => pieces.push({ width: textWidth(part, size), space: i === 0 }))
  }
  const whole = [text.dataUrl ? t.getTheData : '', text.updated ? `${t.updated} ${text.updated}` : ''].filter(Boolean)
  const separator = textWidth(META_SEPARATOR.text, size) + 2 * META_SEPARATOR.padding * size
  for (const words of whole) {
    const last = pieces.at(-1)
    if (last) last.width += separator + textWidth(words, size)
    else pieces.push({ width: textWidth(words, size), space: true })
  }
  return packLines(pieces, maxWidth, textWidth(' ', size))
}

/**
 * Lines needed to set `pieces` greedily into lines of `maxWidth`. A piece wider than a line is
 * cut (`overflow-wrap: break-word`) or overflows; either way it fills its lines and the next
 * piece starts a new one.
 */
function packLines(pieces: readonly Piece[], maxWidth: number, space: number): number {
  let lines = 0
  let width = 0
  for (const piece of pieces) {
    const glue = piece.space ? space : 0
    if (lines > 0 && width + glue + piece.width <= maxWidth) {
      width += glue + piece.width
      continue
    }
    lines += Math.max(1, Math.ceil(piece.width / maxWidth))
    width = piece.width > maxWidth ? maxWidth : piece.width
  }
  return lines
}
