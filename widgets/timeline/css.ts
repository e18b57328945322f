import type { Palette } from '../frame/theme.ts'

/** Narrowest container width (px) at which the horizontal drawing replaces the vertical one. */
export const WIDE_FROM = 552
/**
 * Narrowest container width (px) at which a horizontal drawing laid out for desktops replaces
 * the one laid out at {@link WIDE_FROM}: its labels wrap less and need fewer rows.
 */
export const WIDER_FROM = 880

/**
 * The key above the drawing in the page: an HTML list whose items (a swatch and its words) wrap
 * like text. Sizes in px; the text's line height is the page's.
 */
export const KEY = {
  fontSize: 12,
  /** Between rows of items, and between items in a row. */
  rowGap: 2,
  columnGap: 14,
  /** Between the swatch and its words. */
  swatchGap: 5,
  swatch: { width: 16, height: 12 },
  /** Under the key, above the drawing. */
  marginBottom: 8,
} as const

/**
 * Styles of the timeline. `color` maps a palette key to a CSS value: custom properties in the
 * page (the frame switches them with the theme), literal colours in the standalone SVG.
 * Which drawing shows is decided by a container query on the frame (`.fb`), which in an iframe is
 * the iframe's width: no script, no layout jump.
 */
export function timelineCss(color: (key: keyof Palette) => string, page: boolean): string {
  return (
    (page
      ? '.tl svg{display:block;overflow:visible}.tl .tl-w,.tl .tl-x{display:none}' +
        `@container fb (min-width:${WIDE_FROM}px){.tl .tl-n{display:none}.tl .tl-w{display:block}}` +
        `@container fb (min-width:${WIDER_FROM}px){.tl .tl-w{display:none}.tl .tl-x{display:block}}` +
        `.tl-key{display:flex;flex-wrap:wrap;gap:${KEY.rowGap}px ${KEY.columnGap}px;margin:0 0 ${KEY.marginBottom}px;padding:0;list-style:none;font-size:${KEY.fontSize}px;color:var(--mu)}` +
        `.tl-key li{display:flex;align-items:center;gap:${KEY.swatchGap}px}.tl-key svg{flex:none}`
      : '') +
    // A halo in the background colour keeps gridlines and leaders from cutting through letters.
    `.tl text{font-size:12px;fill:${color('muted')};paint-order:stroke;stroke:${color('bg')};stroke-width:3px;stroke-linejoin:round}` +
    `.tl .n{font-size:13px;font-weight:700;fill:${color('fg')}}.tl .c{fill:${color('fg')}}` +
    `.tl .strip{fill:${color('grid')};fill-opacity:.45}` +
    `.tl .sep,.tl .axl{stroke:${color('axis')}}.tl .grid{stroke:${color('grid')}}` +
    `.tl .ld{fill:none;stroke:${color('axis')}}` +
    `.tl .dot,.tl .bar{fill:${color('mark')}}.tl .hatch{fill:${color('mark')}}` +
    `.tl .sp{stroke:${color('mark')};stroke-width:1}` +
    `.tl .ring{fill:${color('bg')};stroke:${color('fg')};stroke-width:1.5}` +
    `.tl .mu .dot,.tl .mu .bar{fill:${color('markMuted')}}.tl .mu .n{fill:${color('muted')}}` +
    `.tl .brk{fill:none;stroke:${color('fg')};stroke-width:1.5}` +
    `.tl .area{fill:${color('mark')};fill-opacity:.16}` +
    // Decoration only: axes, gridlines and the stretched step chart never take the pointer.
    '.tl .run,.tl .ax{pointer-events:none}' +
    `.tl .step,.tl .up{fill:none;stroke:${color('mark')};stroke-width:2;vector-effect:non-scaling-stroke}` +
    '.tl .up{stroke-width:1.5;stroke-dasharray:4 3}' +
    `.tl .rule{stroke:${color('fg')};stroke-dasharray:2 3}` +
    (page
      ? `.tl .ev{outline:none}.tl .ev:focus-visible .n,.tl .ev:focus-visible .c{fill:${color('focus')};text-decoration:underline}` +
        `.tl .ev:focus-visible .ld{stroke:${color('focus')};stroke-width:2}`
      : '')
  )
}
