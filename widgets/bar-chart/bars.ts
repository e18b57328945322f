import type { Palette } from '../frame/theme.ts'
import { esc } from '../shared/markup.ts'
import { percent, round } from '../shared/round.ts'
import type { ChartWords } from './words.ts'
import { LINE, type BarLayout } from './layout.ts'

// The bars are written as strings, not JSX: they repeat per bar and JSX cost most of a render
// (see widgets/shared/markup.ts). Every word from the dataset goes through `esc`.

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
 * The chart as inline SVG markup for the page: the width follows the page (bar lengths, ticks and
 * value positions are percentages of the bar area) while text keeps its size in px, so nothing
 * scales under 12 px. Labels sit in the wrapper's padding (see `barCss`). Every bar is focusable
 * and shows its readout on hover, focus or tap, with no script.
 */
export function pageBars({ layout, words, highlight, idPrefix, title }: PageBarsProps): string {
  const beside = layout.arrangement === 'beside'
  const left = -layout.labelWidth
  const labelX = beside ? -8 : 0
  const id = esc(idPrefix)
  let out = `<svg class="bc" height="${layout.height}" role="img" aria-labelledby="${id}t ${id}d" data-roving="">`
  out += `<title id="${id}t">${esc(title)}</title><desc id="${id}d">${esc(words.description)}</desc>`
  if (layout.ticks.length) {
    out += '<g aria-hidden="true">'
    for (const t of layout.ticks) {
      const x = percent(t.fraction)
      out += `<line class="gr" x1="${x}" x2="${x}" y2="${layout.gridBottom}"></line>`
    }
    for (const t of layout.ticks) out += `<text class="tk" x="${percent(t.fraction)}" y="${layout.tickY}">${esc(t.text)}</text>`
    out += '</g>'
  }
  if (beside) out += `<line class="ax" x1="0" x2="0" y2="${layout.gridBottom}" aria-hidden="true"></line>`
  out += `<text class="tot" x="${left}" y="${layout.totalY}">${esc(words.total)}</text>`
  const readoutTop = round(layout.totalY - 13)
  layout.rows.forEach((row, i) => {
    const bar = words.bars[i]!
    const end = percent(row.fraction)
    const readout = layout.readouts[i]!
    const muted = highlight.size > 0 && !highlight.has(bar.datum.id)
    out +=
      `<g class="${muted ? 'bar mute' : 'bar'}" tabindex="0" aria-label="${esc(bar.readout)}">` +
      `<rect class="hit" y="${row.top}" height="${row.height}" width="100%"></rect>` +
      `<rect class="mk" y="${row.barY}" height="${row.barHeight}" width="${end}"></rect>` +
      `<text class="lb" x="${labelX}" y="${row.labelY[0]}">${lines(row.labelLines, labelX, row.labelY)}</text>` +
      `<text class="vl" x="${end}" dx="5" y="${row.valueY}">${esc(bar.value)}</text>` +
      `<rect class="rb" x="${left}" y="${readoutTop}" width="100%" height="${readout.length * LINE + 2}"></rect>` +
      `<text class="ro" x="${left}" y="${layout.totalY}">${lines(readout, left, readout.map((_, j) => round(layout.totalY + j * LINE)))}</text>` +
      '</g>'
  })
  return `${out}</svg>`
}

/** Props of {@link imageBars}. */
export interface ImageBarsProps extends BarsProps {
  /** Width of the chart in px (labels, bars and values). */
  width: number
  palette: Palette
}

/**
 * The same chart at a fixed width for the standalone image, as SVG markup: absolute coordinates,
 * colours as attributes (with classes the image's dark-mode style can override), no interaction.
 */
export function imageBars({ layout, words, highlight, width, palette: p }: ImageBarsProps): string {
  const area = width - layout.labelWidth - layout.valueWidth
  const x = (fraction: number) => round(fraction * area)
  let out = `<g><g transform="translate(${layout.labelWidth},0)">`
  for (const t of layout.ticks) out += `<line class="gr" x1="${x(t.fraction)}" x2="${x(t.fraction)}" y2="${layout.gridBottom}" stroke="${p.grid}"></line>`
  for (const t of layout.ticks)
    out += `<text class="mu" x="${x(t.fraction)}" y="${layout.tickY}" font-size="12" text-anchor="middle" fill="${p.muted}">${esc(t.text)}</text>`
  out += `<line class="ax" x1="0" x2="0" y2="${layout.gridBottom}" stroke="${p.axis}"></line>`
  layout.rows.forEach((row, i) => {
    const bar = words.bars[i]!
    const mute = highlight.size > 0 && !highlight.has(bar.datum.id)
    const mutedFill = mute ? ` fill="${p.muted}"` : ''
    out +=
      `<g><rect class="${mute ? 'mm' : 'mk'}" y="${row.barY}" height="${row.barHeight}" width="${x(row.fraction)}" fill="${mute ? p.markMuted : p.mark}"></rect>` +
      `<text class="${mute ? 'mu' : 'fg'}" x="-8" y="${row.labelY[0]}" text-anchor="end"${mutedFill}>${lines(row.labelLines, -8, row.labelY)}</text>` +
      `<text class="${mute ? 'mu halo' : 'fg halo'}" x="${round(x(row.fraction) + 5)}" y="${row.valueY}"${mutedFill} stroke="${p.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(bar.value)}</text></g>`
  })
  return `${out}</g><text class="fg" y="${layout.totalY}">${esc(words.total)}</text></g>`
}

/** Text lines: one line as is, several as `<tspan>`s with their own baselines. */
function lines(texts: readonly string[], x: number, ys: readonly number[]): string {
  if (texts.length === 1) return esc(texts[0]!)
  let out = ''
  texts.forEach((t, i) => (out += `<tspan x="${x}" y="${ys[i]}">${esc(t)}</tspan>`))
  return out
}
