import type { Child } from 'hono/jsx'
import type { Palette } from '../frame/theme.ts'
import { percent, round } from '../shared/round.ts'
import type { ChartWords } from './bar-text.ts'
import { LINE, type BarLayout } from './layout.ts'

/** Props shared by both renderings of the bars. */
interface BarsProps {
  layout: BarLayout
  words: ChartWords
  /** Ids to emphasise; when not empty, the other bars are muted. */
  highlight: ReadonlySet<string>
}

/** Props of {@link BarChartSvg}. */
export interface BarChartSvgProps extends BarsProps {
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
export function BarChartSvg({ layout, words, highlight, idPrefix, title }: BarChartSvgProps): Child {
  const beside = layout.arrangement === 'beside'
  const left = -layout.labelWidth
  const labelX = beside ? -8 : 0
  const muted = (id: string) => highlight.size > 0 && !highlight.has(id)
  return (
    <svg class="bc" height={layout.height} role="img" aria-labelledby={`${idPrefix}t ${idPrefix}d`} data-roving="">
      <title id={`${idPrefix}t`}>{title}</title>
      <desc id={`${idPrefix}d`}>{words.description}</desc>
      {layout.ticks.length ? (
        <g aria-hidden="true">
          {layout.ticks.map((t) => (
            <line class="gr" x1={percent(t.fraction)} x2={percent(t.fraction)} y2={layout.gridBottom} />
          ))}
          {layout.ticks.map((t) => (
            <text class="tk" x={percent(t.fraction)} y={layout.tickY}>
              {t.text}
            </text>
          ))}
        </g>
      ) : null}
      {beside ? <line class="ax" x1="0" x2="0" y2={layout.gridBottom} aria-hidden="true" /> : null}
      <text class="tot" x={left} y={layout.totalY}>
        {words.total}
      </text>
      {layout.rows.map((row, i) => {
        const bar = words.bars[i]!
        const end = percent(row.fraction)
        const readout = layout.readouts[i]!
        return (
          <g class={muted(bar.datum.id) ? 'bar mute' : 'bar'} tabindex="0" aria-label={bar.readout}>
            <rect class="hit" y={row.top} height={row.height} width="100%" />
            <rect class="mk" y={row.barY} height={row.barHeight} width={end} />
            <text class="lb" x={labelX} y={row.labelY[0]}>
              {lines(row.labelLines, labelX, row.labelY)}
            </text>
            <text class="vl" x={end} dx="5" y={row.valueY}>
              {bar.value}
            </text>
            <rect class="rb" x={left} y={round(layout.totalY - 13)} width="100%" height={readout.length * LINE + 2} />
            <text class="ro" x={left} y={layout.totalY}>
              {lines(readout, left, readout.map((_, j) => round(layout.totalY + j * LINE)))}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Props of {@link BarChartImage}. */
export interface BarChartImageProps extends BarsProps {
  /** Width of the chart in px (labels, bars and values). */
  width: number
  palette: Palette
}

/**
 * The same chart at a fixed width for the standalone image: absolute coordinates, colours as
 * attributes (with classes the image's dark-mode style can override), no interaction.
 */
export function BarChartImage({ layout, words, highlight, width, palette: p }: BarChartImageProps): Child {
  const area = width - layout.labelWidth - layout.valueWidth
  const x = (fraction: number) => round(fraction * area)
  const muted = (id: string) => highlight.size > 0 && !highlight.has(id)
  return (
    <g>
      <g transform={`translate(${layout.labelWidth},0)`}>
        {layout.ticks.map((t) => (
          <line class="gr" x1={x(t.fraction)} x2={x(t.fraction)} y2={layout.gridBottom} stroke={p.grid} />
        ))}
        {layout.ticks.map((t) => (
          <text class="mu" x={x(t.fraction)} y={layout.tickY} font-size={12} text-anchor="middle" fill={p.muted}>
            {t.text}
          </text>
        ))}
        <line class="ax" x1="0" x2="0" y2={layout.gridBottom} stroke={p.axis} />
        {layout.rows.map((row, i) => {
          const bar = words.bars[i]!
          const mute = muted(bar.datum.id)
          return (
            <g>
              <rect class={mute ? 'mm' : 'mk'} y={row.barY} height={row.barHeight} width={x(row.fraction)} fill={mute ? p.markMuted : p.mark} />
              <text class={mute ? 'mu' : 'fg'} x={-8} y={row.labelY[0]} text-anchor="end" fill={mute ? p.muted : undefined}>
                {lines(row.labelLines, -8, row.labelY)}
              </text>
              <text
                class={mute ? 'mu halo' : 'fg halo'}
                x={round(x(row.fraction) + 5)}
                y={row.valueY}
                fill={mute ? p.muted : undefined}
                stroke={p.bg}
                stroke-width={3}
                stroke-linejoin="round"
                paint-order="stroke"
              >
                {bar.value}
              </text>
            </g>
          )
        })}
      </g>
      <text class="fg" y={layout.totalY}>
        {words.total}
      </text>
    </g>
  )
}

/** Text lines: one line as is, several as `<tspan>`s with their own baselines. */
function lines(texts: readonly string[], x: number, ys: readonly number[]): Child {
  if (texts.length === 1) return texts[0]
  return texts.map((t, i) => (
    <tspan x={x} y={ys[i]}>
      {t}
    </tspan>
  ))
}
