import { textWidth, type Weight, wrapText } from '../shared/text-width.ts'
import { FRAME_SPACE, FRAME_TYPE, type FrameType, META_SEPARATOR } from './css.ts'
import { type FrameText, frameChrome } from './words.ts'

/** A block of the page's vertical flow (px): its height and its vertical margins. */
export interface FlowBlock {
  height: number
  /** @default 0 */
  marginTop?: number
  /** @default 0 */
  marginBottom?: number
  /**
   * The block establishes a formatting context (a flex container): margins never collapse
   * through it, even when it is empty.
   * @default false
   */
  context?: boolean
}

/**
 * Likely width in px of `text` on the page, by Arial's metrics (Liberation Sans: Arial's on
 * Windows, macOS and iOS, the font stack's face on most Linux). The page applies kerning, which
 * only narrows the common pairs, so a prediction from advances alone errs wide: a block may get a
 * line too many, rarely one too few (a script-free embed never corrects its height, and a short
 * one would hide the source line).
 */
export const pageTextWidth = (text: string, size: number, weight: Weight = 'normal'): number =>
  textWidth(text, size, weight, 'arial')

/** Likely number of lines of `text` wrapped on the page in `maxWidth` px. */
export const pageLines = (text: string, maxWidth: number, size: number, weight: Weight = 'normal'): number =>
  wrapText(text, maxWidth, size, weight, 'arial').length

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
 * border or padding, so adjacent margins collapse into the larger one, and through empty blocks
 * unless they establish a formatting context.
 */
export function flowHeight(blocks: readonly FlowBlock[]): number {
  let total = 0
  let margin = 0
  for (const block of blocks) {
    margin = Math.max(margin, block.marginTop ?? 0)
    if (block.height > 0 || block.context) {
      total += margin + block.height
      margin = 0
    }
    margin = Math.max(margin, block.marginBottom ?? 0)
  }
  return total + margin + 2 * FRAME_SPACE.page
}

/**
 * The frame's blocks around a chart in an iframe `width` px wide, as `chartFrame()` renders them
 * (frame.ts) and css.ts styles them: the title and subtitle (unless `header` is `none`,
 * which keeps the title for screen readers only, out of the flow), the chart's own blocks, then
 * the footer's notes and source line. Text is wrapped at the frame's width with the text-width
 * table's Arial metrics ({@link pageTextWidth}): a block may get a line too many, rarely one too few.
 */
export function frameBlocks(
  text: FrameText,
  header: 'show' | 'none',
  width: number,
  chart: readonly FlowBlock[],
): FlowBlock[] {
  const inner = frameWidth(width)
  const paragraph = (words: string, type: FrameType, weight: Weight = 'normal') =>
    linesHeight(pageLines(words, inner, type.size, weight), type)
  const blocks: FlowBlock[] = []
  if (header === 'show') {
    blocks.push({ height: paragraph(text.title.text, FRAME_TYPE.title, 'bold'), marginBottom: FRAME_SPACE.title })
    if (text.subtitle)
      blocks.push({ height: paragraph(text.subtitle.text, FRAME_TYPE.subtitle), marginBottom: FRAME_SPACE.subtitle })
  }
  blocks.push(...chart)
  // The figcaption: its margin collapses with its first paragraph's.
  blocks.push({ height: 0, marginTop: FRAME_SPACE.foot })
  const foot = { marginTop: FRAME_SPACE.footParagraph }
  if (text.notes) blocks.push({ ...foot, height: paragraph(text.notes.text, FRAME_TYPE.notes) })
  if (text.context) blocks.push({ ...foot, height: linesHeight(contextLines(text, inner), FRAME_TYPE.foot) })
  const meta = metaLines(text, inner)
  if (meta) blocks.push({ ...foot, height: linesHeight(meta, FRAME_TYPE.foot) })
  return blocks
}

/**
 * Height in CSS px of a widget's page in an iframe `width` px wide, rounded up to a whole px:
 * the frame's blocks around `chart`, the chart's blocks at that width.
 */
export function frameHeight(
  text: FrameText,
  header: 'show' | 'none',
  width: number,
  chart: readonly FlowBlock[],
): number {
  return Math.ceil(flowHeight(frameBlocks(text, header, width, chart)))
}

/**
 * Text the line breaker will not split, and what precedes it: a space (a break opportunity), a
 * hyphen (an opportunity without a space) or nothing, where only `overflow-wrap: break-word`
 * breaks, and only when what follows overflows even a line of its own.
 */
interface Piece {
  width: number
  before: 'space' | 'hyphen' | 'glued'
}

/** The narrowest frame a chart is made for: a 280 px iframe less the page's padding. */
const NARROWEST = 280 - 2 * FRAME_SPACE.page

/**
 * Whether a source's title fits on one line of the footer in the narrowest frame (by the text-width
 * table, which errs wide): such a title is kept whole (`white-space: nowrap`), never broken inside.
 */
export const fitsOneLine = (title: string): boolean => textWidth(title, FRAME_TYPE.foot.size) <= NARROWEST

/** Pieces of running text: each word, broken after a hyphen as wrapText breaks it. */
function wordPieces(text: string, size: number): Piece[] {
  const pieces: Piece[] = []
  // Only ordinary spaces break: a no-break space ("2016 г.") glues its words, as in the browser.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean))
    for (const [i, part] of word.split(/(?<=-)(?=.)/).entries())
      pieces.push({ width: pageTextWidth(part, size), before: i ? 'hyphen' : 'space' })
  return pieces
}

/** "Source: A; B" as pieces: a title that fits a line is one piece (kept whole), others are words. */
function citedPieces(label: string, sources: FrameText['sources'], size: number): Piece[] {
  const pieces = wordPieces(label, size)
  sources.forEach((s, i) => {
    if (fitsOneLine(s.title))
      pieces.push({ width: pageTextWidth(s.title + (i < sources.length - 1 ? ';' : ''), size), before: 'space' })
    else pieces.push(...wordPieces(s.title + (i < sources.length - 1 ? ';' : ''), size))
  })
  return pieces
}

/** Lines of the note on what changed since: its words, then "Sources: …". */
function contextLines(text: FrameText, maxWidth: number): number {
  const { words, sources } = text.context!
  const size = FRAME_TYPE.foot.size
  const t = frameChrome(text)
  const pieces = wordPieces(words.text, size)
  if (sources.length)
    pieces.push(...citedPieces((sources.length === 1 ? t.source : t.sources) + t.colon, sources, size))
  return packLines(pieces, maxWidth, pageTextWidth(' ', size))
}

/**
 * Lines of the source line: "Source: A; B", then "Get the data" (kept whole, `white-space: nowrap`)
 * and the as-of sentence. The dot between two parts is the first part's pseudo-element,
 * glued to its last word, and a space follows it: a line may end with a dot, never start with one.
 * A link's "(opens in a new tab)" is visually hidden and takes no room.
 */
function metaLines(text: FrameText, maxWidth: number): number {
  const size = FRAME_TYPE.foot.size
  const t = frameChrome(text)
  const parts: Piece[][] = []
  if (text.sources.length)
    parts.push(citedPieces((text.sources.length === 1 ? t.source : t.sources) + t.colon, text.sources, size))
  if (text.dataUrl) parts.push([{ width: pageTextWidth(t.getTheData, size), before: 'space' }])
  // The as-of sentence wraps between its words (in Azerbaijani it is wider than a phone's line).
  if (text.asOf) parts.push(wordPieces(text.asOf, size))
  const separator = pageTextWidth(META_SEPARATOR.text, size) + META_SEPARATOR.padding * size
  const pieces = parts.flatMap((part, i) =>
    i < parts.length - 1 ? [...part, { width: separator, before: 'glued' as const }] : part,
  )
  return packLines(pieces, maxWidth, pageTextWidth(' ', size))
}

/**
 * Lines needed to set `pieces` greedily into lines of `maxWidth`. A run of glued pieces moves to
 * the next line whole; only when it overflows that line too is it broken between its pieces (a
 * piece wider than a line is cut between characters or overflows: it fills its lines alone).
 */
function packLines(pieces: readonly Piece[], maxWidth: number, space: number): number {
  const runs: Piece[][] = []
  for (const piece of pieces) {
    if (piece.before === 'glued' && runs.length) runs.at(-1)!.push(piece)
    else runs.push([piece])
  }
  let lines = 0
  let width = 0
  for (const run of runs) {
    const glue = run[0]!.before === 'space' ? space : 0
    const runWidth = run.reduce((sum, p) => sum + p.width, 0)
    if (lines > 0 && width + glue + runWidth <= maxWidth) {
      width += glue + runWidth
      continue
    }
    width = 0
    lines++
    for (const piece of run) {
      if (width > 0 && width + piece.width > maxWidth) {
        lines++
        width = 0
      }
      const extra = Math.max(0, Math.ceil(piece.width / maxWidth) - 1)
      lines += extra
      width = extra ? maxWidth : width + piece.width
    }
  }
  return lines
}
