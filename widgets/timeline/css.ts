import type { Palette } from '../frame/theme.ts'
import { LIST } from './layout-list.ts'
import { LIST_STEPS } from './layout-list-steps.ts'

/** Narrowest container width (px) at which the horizontal drawing replaces the list by year. */
export const WIDE_FROM = 552
/**
 * Narrowest container width (px) at which a horizontal drawing laid out for desktops replaces
 * the one laid out at {@link WIDE_FROM}: its labels wrap less and need fewer rows.
 */
export const WIDER_FROM = 880
/**
 * Narrowest container width (px) of a third horizontal drawing, for the widest frames (a 1200 px
 * iframe): laid out at this width, its labels wrap at a quarter of it instead of the 220 px they
 * have at {@link WIDER_FROM}, so fewer of them wrap and the flags take fewer rows.
 */
export const WIDEST_FROM = 1080

/** The cumulative view's note under either arrangement (how a range-dated item is counted), px. */
export const NOTE = { fontSize: 12, line: 16, marginTop: 8 } as const

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
      ? '.tl svg{display:block;overflow:visible}.tl .tl-w,.tl .tl-x,.tl .tl-y{display:none}' +
        `@container fb (min-width:${WIDE_FROM}px){.tl .tl-n{display:none}.tl .tl-w{display:block}}` +
        `@container fb (min-width:${WIDER_FROM}px){.tl .tl-w{display:none}.tl .tl-x{display:block}}` +
        `@container fb (min-width:${WIDEST_FROM}px){.tl .tl-x{display:none}.tl .tl-y{display:block}}` +
        `.tl-key{display:flex;flex-wrap:wrap;gap:${KEY.rowGap}px ${KEY.columnGap}px;margin:0 0 ${KEY.marginBottom}px;padding:0;list-style:none;font-size:${KEY.fontSize}px;color:var(--mu)}` +
        `.tl-key li{display:flex;align-items:center;gap:${KEY.swatchGap}px}.tl-key svg{flex:none}` +
        `.tl-note{margin:${NOTE.marginTop}px 0 0;font-size:${NOTE.fontSize}px;line-height:${NOTE.line}px;color:${color('muted')}}` +
        listCss(color)
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
    `.tl .step{fill:none;stroke:${color('mark')};stroke-width:2;vector-effect:non-scaling-stroke}` +
    `.tl .rule{stroke:${color('fg')};stroke-dasharray:2 3}` +
    (page
      ? `.tl .ev{outline:none}.tl .ev:focus-visible .n,.tl .ev:focus-visible .c{fill:${color('focus')};text-decoration:underline}` +
        `.tl .ev:focus-visible .ld{stroke:${color('focus')};stroke-width:2}`
      : '')
  )
}

/**
 * The page of a timeline that has no honest drawing for some width classes (render.ts leaves a
 * drawing out where a leader would run through a label), appended to {@link timelineCss}: the
 * chart's class `tl-lw`, `tl-lx` or `tl-ly` keeps the list shown in that class. Only such pages
 * carry these rules.
 */
export const LIST_FALLBACK_CSS =
  `@container fb (min-width:${WIDE_FROM}px){.tl-lw .tl-n{display:block}}` +
  `@container fb (min-width:${WIDER_FROM}px){.tl-lw .tl-n{display:none}.tl-lx .tl-n{display:block}}` +
  `@container fb (min-width:${WIDEST_FROM}px){.tl-lx .tl-n{display:none}.tl-ly .tl-n{display:block}}`

/**
 * The phone list of a right-to-left page, appended to {@link timelineCss}: the spine, the marks
 * on it and the break mark move to the right edge (the drawings keep their time axis left to right).
 */
export function listRtlCss(color: (key: keyof Palette) => string): string {
  const { indent, spine } = LIST
  const padding = indent - spine.x - spine.width
  const mid = spine.x + spine.width / 2
  const at = (width: number) => `left:auto;right:${mid - width / 2 - indent}px`
  return (
    `.tl-l ol{margin-left:0;margin-right:${spine.x}px;border-left:0;border-right:${spine.width}px solid ${color('axis')};padding-left:0;padding-right:${padding}px}` +
    `.tl-l ol>li:before{${at(10)}}.tl-l ol>.sp:before{${at(6)}}` +
    `.tl-l .tl-gap{padding-left:0;padding-right:${indent}px}.tl-l .tl-gap:before{left:auto;right:${mid - 4}px;transform:skewX(25deg)}`
  )
}

/**
 * Styles of the phone list (`listLayout`): lines of {@link LIST} px, the spine a border of each
 * year's list, the marks pseudo-elements on it (a dot for a day, a hatched bar for a span, a ring
 * for a context event), one mark for the entries of one day, and a break mark at a gap in the years.
 */
function listCss(color: (key: keyof Palette) => string): string {
  const { line, indent, spine, name, small } = LIST
  const padding = indent - spine.x - spine.width
  const mid = spine.x + spine.width / 2
  // Pseudo-elements are placed from the entry's left edge, which is `indent` right of the list's.
  const at = (width: number) => `left:${mid - width / 2 - indent}px;width:${width}px`
  return (
    `.tl-end{margin:0 0 ${LIST_STEPS.gap}px;font-size:${small.size}px;line-height:${line}px}.tl-s{margin-bottom:${LIST_STEPS.gap}px}` +
    `.tl-l,.tl-l ol{list-style:none;margin:0;padding:0}.tl-l>li+li{margin-top:${LIST.yearGap}px}` +
    `.tl-l h2{margin:0 0 ${LIST.headingGap}px;font-size:${name.size}px;line-height:${line}px}` +
    `.tl-l ol{margin-left:${spine.x}px;border-left:${spine.width}px solid ${color('axis')};padding-left:${padding}px}` +
    `.tl-l ol>li{position:relative;font-size:${small.size}px;line-height:${line}px;color:${color('muted')}}` +
    `.tl-l ol>li+li{margin-top:${LIST.gap}px}.tl-l ol>.sd{margin-top:${LIST.sameDay}px}` +
    '.tl-l li>span{display:block}' +
    `.tl-l .it .tl-nm{font-size:${name.size}px;font-weight:700;color:${color('fg')}}.tl-l .tl-t{color:${color('fg')}}` +
    `.tl-l ol>li:before{content:"";position:absolute;top:3px;${at(10)};height:10px;border-radius:50%;background:${color('mark')}}` +
    `.tl-l ol>.cx:before{background:${color('bg')};border:2px solid ${color('muted')}}` +
    `.tl-l ol>.sp:before{top:2px;bottom:2px;${at(6)};height:auto;border-radius:0;border:1px solid ${color('mark')};background:repeating-linear-gradient(-45deg,${color('mark')} 0 1.5px,transparent 1.5px 4px)}` +
    `.tl-l ol>.mu:before{background:${color('markMuted')}}.tl-l .mu .tl-nm{color:${color('muted')}}` +
    // Entries of one day sit together under the first one's mark: one mark for the day.
    '.tl-l ol>.sd:before{content:none}' +
    `.tl-l .tl-gap{position:relative;padding-left:${indent}px;font-size:${small.size}px;line-height:${line}px;color:${color('muted')}}` +
    `.tl-l .tl-gap:before{content:"";position:absolute;top:2px;left:${mid - 4}px;width:8px;height:12px;border:solid ${color('fg')};border-width:0 2px;transform:skewX(-25deg)}`
  )
}
