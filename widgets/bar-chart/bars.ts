import type { Palette } from '../frame/theme.ts'
import { embedded } from '../shared/bidi.ts'
import { type Interpolation, type Markup, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { type BarLayout, LINE, MIN_MARK, NESTED_INDENT, type RowLayout } from './layout.ts'
import type { ChartWords } from './words.ts'

// The bars are written with the `svg` template, not JSX: they repeat per bar, where JSX cost the
// most (bench/README.md, "Where the misses come from"). Every word from the dataset is escaped.

/** Props shared by both renderings of the bars. */
interface BarsProps {
  layout: BarLayout
  words: ChartWords
  /** Ids to emphasise; when not empty, the other bars are muted. */
  highlight: ReadonlySet<string>
}

/** Props of {@link pageBars}. */
export interface PageBarsProps extends BarsProps {
  /** Prefix of the element ids, unique per arrangement in the page. */
  idPrefix: string
  title: string
}

/**
 * The chart as inline SVG for the page: the width follows the page (bar lengths, ticks and value
 * positions are percentages of the bar area) while text keeps its size in px, so nothing scales
 * under 12 px. Labels sit in the wrapper's padding (see `barCss`). Every bar is focusable and
 * shows its readout on hover, focus or tap, with no script.
 */
export function pageBars({ layout, words, highlight, idPrefix: id, title }: PageBarsProps): Markup {
  const beside = layout.arrangement === 'beside'
  const left = -layout.labelWidth
  const labelX = beside ? -8 : 0
  const { ticks, gridBottom, totalY } = layout
  const grid = ticks.length
    ? svg`<g aria-hidden="true">${ticks.map((t) => {
        const x = percentOf(t.fraction)
        return svg`<line class="gr" x1="${x}%" x2="${x}%" y2="${gridBottom}"></line>`
      })}${ticks.map((t) => svg`<text class="tk" x="${percentOf(t.fraction)}%" y="${layout.tickY}">${t.text}</text>`)}</g>`
    : null
  const zero = percentOf(layout.zero)
  const axis = diverging(layout)
    ? svg`<line class="ax" x1="${zero}%" x2="${zero}%" y2="${gridBottom}" aria-hidden="true"></line>`
    : beside
      ? svg`<line class="ax" x1="0" x2="0" y2="${gridBottom}" aria-hidden="true"></line>`
      : null
  const readoutTop = round(layout.readoutY - 13)
  const bars = layout.rows.map((row, i) => {
    const bar = words.bars[i]!
    const end = percentOf(row.fraction)
    const readout = layout.readouts[i]!
    const muted = highlight.size > 0 && !highlight.has(bar.datum.id)
    const readoutY = readout.map((_, j) => round(layout.readoutY + j * LINE))
    const x = bar.nested && !beside ? labelX + NESTED_INDENT : labelX
    const cls = `bar${muted ? ' mute' : ''}${bar.nested ? ' in' : ''}`
    return svg`<g class="${cls}" tabindex="0" aria-label="${bar.readout}"><rect class="hit" y="${row.top}" height="${row.height}" width="100%"></rect>${pageMark(row)}<text class="lb" x="${x}" y="${row.labelY[0]}">${labelLines(row.labelLines, x, row.labelY, bar.date)}</text><text class="vl" x="${end}%" dx="5" y="${row.valueY}">${bar.valueLabel}</text><rect class="rb" x="${left}" y="${readoutTop}" width="100%" height="${readout.length * LINE + 2}"></rect><text class="ro" x="${left}" y="${layout.readoutY}">${lines(readout, left, readoutY)}</text></g>`
  })
  const subtotal =
    words.subtotal && layout.subtotalY !== undefined
      ? svg`<text class="tot sub" x="${left}" y="${layout.subtotalY}">${words.subtotal.text}</text>`
      : null
  return svg`<svg class="bc" height="${layout.height}" role="img" aria-labelledby="${id}t ${id}d" data-roving=""><title id="${id}t">${title}</title><desc id="${id}d">${words.description}</desc>${grid}${axis}<text class="tot" x="${left}" y="${totalY}">${words.total}</text>${subtotal}${bars}</svg>`
}

/** Props of {@link imageBars}. */
export interface ImageBarsProps extends BarsProps {
  /** Width of the chart in px (labels, bars and values). */
  width: number
  palette: Palette
  /**
   * Right to left: the chart mirrored like the page's (bars grow leftwards from the right, names
   * right of them, values left), each text at its mirrored place with its anchor swapped.
   * @default false
   */
  rtl?: boolean
}

/** `text-anchor` as an attribute (`start`, the default, writes nothing), swapped right to left. */
function anchorAttr(anchor: 'start' | 'middle' | 'end', rtl: boolean): Markup | null {
  const side = rtl && anchor !== 'middle' ? (anchor === 'start' ? 'end' : 'start') : anchor
  return side === 'start' ? null : svg` text-anchor="${side}"`
}

/**
 * The same chart at a fixed width for the standalone image: absolute coordinates, colours as
 * attributes (with classes the image's dark-mode style can override), no interaction. Right to
 * left, the coordinates are mirrored rather than the drawing flipped: resvg (the PNG) and
 * browsers then agree, with no CSS transform and no `direction` (whose anchors they read
 * differently); both order an Arabic text's words by its first letter.
 */
export function imageBars({ layout, words, highlight, width, palette: p, rtl = false }: ImageBarsProps): Markup {
  const beside = layout.arrangement === 'beside'
  const area = width - layout.labelWidth - layout.valueWidth
  const x = (fraction: number) => round(fraction * area)
  // Inside the bar group: left to right from the bar area's start, or mirrored about it.
  const m = (u: number) => (rtl ? -u : u)
  const rtlText = (text: string) => embedded(text, rtl)
  const { ticks, gridBottom } = layout
  const grid = ticks.map(
    (t) =>
      svg`<line class="gr" x1="${m(x(t.fraction))}" x2="${m(x(t.fraction))}" y2="${gridBottom}" stroke="${p.grid}"></line>`,
  )
  const tickLabels = ticks.map(
    (t) =>
      svg`<text class="mu" x="${m(x(t.fraction))}" y="${layout.tickY}" font-size="12" text-anchor="middle" fill="${p.muted}">${t.text}</text>`,
  )
  const bars = layout.rows.map((row, i) => {
    const bar = words.bars[i]!
    const mute = highlight.size > 0 && !highlight.has(bar.datum.id)
    const mutedFill = mute ? svg` fill="${p.muted}"` : null
    // Beside: labels end left of the bars; stacked: they start above them, a nested one indented.
    const labelX = m(beside ? -8 : bar.nested ? NESTED_INDENT : 0)
    const anchor = anchorAttr(beside ? 'end' : 'start', rtl)
    const { left, width: length } = imageMark(row, x)
    const start = rtl ? -(left + length) : left
    const at = start ? svg` x="${start}"` : null
    const valueAnchor = anchorAttr('start', rtl)
    return svg`<g><rect class="${mute ? 'mm' : 'mk'}"${at} y="${row.barY}" height="${row.barHeight}" width="${length}" fill="${mute ? p.markMuted : p.mark}"></rect><text class="${mute ? 'mu' : 'fg'}" x="${labelX}" y="${row.labelY[0]}"${anchor}${mutedFill}>${labelLines(row.labelLines.map(rtlText), labelX, row.labelY, bar.date && rtlText(bar.date), p.muted)}</text><text class="${mute ? 'mu halo' : 'fg halo'}" x="${m(round(x(row.fraction) + 5))}" y="${row.valueY}"${valueAnchor}${mutedFill} stroke="${p.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${rtlText(bar.valueLabel)}</text></g>`
  })
  // The total and subtotal start at the chart's start edge: x 0, or its right end.
  const edge = rtl ? svg` x="${width}" text-anchor="end"` : null
  const subtotal =
    words.subtotal && layout.subtotalY !== undefined
      ? svg`<text class="fg"${edge} y="${layout.subtotalY}">${rtlText(words.subtotal.text)}</text>`
      : null
  const axisX = m(x(layout.zero))
  const axis =
    beside || diverging(layout)
      ? svg`<line class="ax" x1="${axisX}" x2="${axisX}" y2="${gridBottom}" stroke="${p.axis}"></line>`
      : null
  const origin = rtl ? width - layout.labelWidth : layout.labelWidth
  return svg`<g><g transform="translate(${origin},0)">${grid}${tickLabels}${axis}${bars}</g><text class="fg"${edge} y="${layout.totalY}">${rtlText(words.total)}</text>${subtotal}</g>`
}

/** Whether the chart has negative values, drawn left of a zero line inside the bar area. */
const diverging = (layout: BarLayout): boolean => layout.zero > 0

/**
 * A row's bar on the page, in percentages of the bar area so it follows the page's width. A bar
 * under 1 px is a {@link MIN_MARK} px mark from the zero line outwards, so a tiny value still shows.
 * A negative value's label then sits at the zero line, right of it, where its row has no bar.
 */
function pageMark(row: RowLayout): Markup {
  const { barY: y, barHeight: height, start, fraction } = row
  if (row.tiny) {
    const negative = row.negative === true
    const zero = percentOf(negative ? fraction : (start ?? 0))
    const shift = negative ? svg` transform="translate(-${MIN_MARK},0)"` : null
    const at = zero ? svg` x="${zero}%"` : null
    return svg`<rect class="mk"${at} y="${y}" height="${height}" width="${MIN_MARK}"${shift}></rect>`
  }
  if (start === undefined)
    return svg`<rect class="mk" y="${y}" height="${height}" width="${percentOf(fraction)}%"></rect>`
  return svg`<rect class="mk" x="${percentOf(start)}%" y="${y}" height="${height}" width="${percentOf(fraction - start)}%"></rect>`
}

/** The left end and the length (px) of a row's bar in the standalone image, `x` mapping fractions to px. */
function imageMark(row: RowLayout, x: (fraction: number) => number): { left: number; width: number } {
  const left = x(row.start ?? 0)
  if (!row.tiny) return { left, width: x(row.fraction) - left }
  return row.negative ? { left: x(row.fraction) - MIN_MARK, width: MIN_MARK } : { left, width: MIN_MARK }
}

/** A fraction of the bar area as a percentage at two decimals: `percent()` without the `%`, a number the templates need not escape. */
const percentOf = (fraction: number): number => round(fraction * 100, 2)

/**
 * A label's lines; in date order the last line is the bar's date, set in the muted colour (`fill`
 * for the standalone image, the `dt` class on the page).
 */
function labelLines(texts: readonly string[], x: number, ys: readonly number[], date?: string, fill?: string) {
  if (!date || texts.length < 2 || texts.at(-1) !== date) return lines(texts, x, ys)
  const last = texts.length - 1
  return texts.map((t, i) =>
    i < last
      ? svg`<tspan x="${x}" y="${ys[i]}">${t}</tspan>`
      : fill
        ? svg`<tspan x="${x}" y="${ys[i]}" fill="${fill}" class="mu">${t}</tspan>`
        : svg`<tspan x="${x}" y="${ys[i]}" class="dt">${t}</tspan>`,
  )
}

/** Text lines: one line as is, several as `<tspan>`s with their own baselines. */
function lines(texts: readonly string[], x: number, ys: readonly number[]): Interpolation {
  if (texts.length === 1) return texts[0]!
  return texts.map((t, i) => svg`<tspan x="${x}" y="${ys[i]}">${t}</tspan>`)
}
