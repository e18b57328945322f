import type { BarLayout } from './layout.ts'

/**
 * Widest bar area (px) of the beside arrangement: in a 1000-1200 px frame, bars as long as the
 * frame would be ~50 times their thickness; capped, the chart keeps its proportions and the
 * values stay near their labels.
 */
export const MAX_BAR_AREA = 560

/** Space above each arrangement's wrapper (px); it collapses with the subtitle's margin. */
export const BAR_WRAP_MARGIN = 4

/** The chart's static styles (colours are the frame's theme variables). */
const STATIC_CSS =
  `.bw{margin:${BAR_WRAP_MARGIN}px 0 0}` +
  '.bc{display:block;width:100%;overflow:visible;font-size:13px;fill:var(--fg)}' +
  '.hit{fill:transparent}' +
  '.mk{fill:var(--mk)}' +
  '.mute .mk{fill:var(--mm)}' +
  '.mute .lb,.mute .vl{fill:var(--mu)}' +
  '.bb .lb{text-anchor:end}' +
  '.vl{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}' +
  '.gr{stroke:var(--gr)}' +
  '.ax{stroke:var(--ax)}' +
  '.tk{font-size:12px;fill:var(--mu);text-anchor:middle}' +
  '.ro,.rb{visibility:hidden}' +
  '.rb{fill:var(--bg)}' +
  '.bar{outline:none;cursor:default}' +
  '.bar:hover .ro,.bar:focus .ro,.bar:hover .rb,.bar:focus .rb{visibility:visible}' +
  '.dt{fill:var(--mu)}' +
  '.bar:hover .lb,.bar:focus .lb{text-decoration:underline}' +
  '.bar:focus-visible .mk{stroke:var(--fo);stroke-width:2px}' +
  '.bar:focus-visible .hit{stroke:var(--fo);stroke-width:1px;stroke-dasharray:3 2}' +
  '.mk{transition:fill .2s}' +
  '.bar:hover .mk,.bar:focus .mk{fill:var(--mh)}'

/**
 * Styles of the chart on the page. Both arrangements are in the page; a container query on the
 * frame shows the one that fits, so the first paint is right at any width with no script. The
 * stacked one is the default, so a browser without container queries still gets a chart that
 * fits every width.
 */
export function barCss(stacked: BarLayout, beside: BarLayout, rtl = false): string {
  return (
    STATIC_CSS +
    `.bs{padding-${rtl ? 'left' : 'right'}:${stacked.valueWidth}px}` +
    `.bb{display:none;padding:0 ${rtl ? beside.labelWidth : beside.valueWidth}px 0 ${rtl ? beside.valueWidth : beside.labelWidth}px;max-width:${beside.labelWidth + MAX_BAR_AREA + beside.valueWidth}px}` +
    `@container fb (min-width:${beside.minWidth}px){.bs{display:none}.bb{display:block}}` +
    (rtl ? RTL_CSS : '')
  )
}

/**
 * A right-to-left chart is the left-to-right one mirrored: bars grow leftwards from the right,
 * names sit right of them, values left. The drawing is flipped as a whole and each text flipped
 * back about its own box, so the layout (and its measured text boxes) stays the same; the beside
 * labels' anchor is swapped like every SVG text's on an rtl page (widget-document.ts).
 */
const RTL_CSS =
  '.bc{transform:scaleX(-1)}.bc text{transform:scaleX(-1);transform-box:fill-box;transform-origin:center}.bb .lb{text-anchor:start}'
