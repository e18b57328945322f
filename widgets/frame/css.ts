import { FONT_FAMILY } from '../shared/text-width.ts'
import { printThemeCss, themeCss } from './theme.ts'

/** A block's type: font size in px and line height as a multiple of it (CSS `line-height: 1.4`). */
export interface FrameType {
  size: number
  line: number
}

const PAGE_TYPE = { size: 14, line: 1.4 } as const

/**
 * The frame's type scale, read by the CSS below and by `frameHeight()` (height.ts), which
 * predicts the page's height from it. The footer's blocks set no line height: they inherit the
 * page's.
 */
export const FRAME_TYPE = {
  page: PAGE_TYPE,
  title: { size: 19, line: 1.25 },
  subtitle: { size: 15, line: 1.35 },
  foot: { size: 12, line: PAGE_TYPE.line },
  notes: { size: 13, line: PAGE_TYPE.line },
} as const satisfies Record<string, FrameType>

/** The frame's vertical spacing in px: page padding and the margins between its blocks. */
export const FRAME_SPACE = {
  /** `body` padding, on every side. */
  page: 12,
  /** Under the title. */
  title: 4,
  /** Under the subtitle. */
  subtitle: 12,
  /** Above the footer (notes and the source line). */
  foot: 12,
  /** Above each paragraph of the footer. */
  footParagraph: 4,
} as const

/**
 * The dot between the source, "Get the data" and the as-of date, and its padding before it (em);
 * a space follows it in the markup, so a line breaks after the dot, never before it.
 */
export const META_SEPARATOR = { text: '·', padding: 0.3 } as const

/** A number as the CSS writes it: `.45`, not `0.45`. */
const css = (n: number): string => String(n).replace(/^0\./, '.')

/**
 * Print: the light palette whatever the theme; the arrangement is the one the container queries
 * pick for the paper's width, as on screen; the data table (visually hidden on screen) is printed
 * under the chart; readouts, focus rings, the newer-version notice and "Get the data" are left
 * out; the source line stays, and a published chart's citation is printed open.
 */
const PRINT_CSS =
  printThemeCss('html') +
  '@media print{body{padding:0}' +
  '.fb-sr:has(>table){position:static;width:auto;height:auto;margin:12px 0 0;overflow:visible;clip:auto;clip-path:none;white-space:normal}' +
  'table{border-collapse:collapse;font-size:12px}th,td{padding:1px 12px 1px 0;text-align:left;font-weight:400}' +
  'thead th{font-weight:700}td.n{text-align:right}caption{text-align:left;padding:0 0 4px}' +
  '.ro,.rb{visibility:hidden!important}:focus-visible{outline:none}' +
  '.fb-newer,.fb-meta>span:has(>a[download]),.fb-cite summary{display:none}' +
  '.fb-cite::details-content{content-visibility:visible;display:contents}' +
  'a{color:inherit;text-decoration:none}.fb-chart,tr{break-inside:avoid}}'

const { page, title, subtitle, foot, notes } = FRAME_TYPE
const space = FRAME_SPACE

/**
 * Styles of the frame shared by every widget page: typography, the blocks, the visually hidden
 * data table, focus rings and reduced motion. Sizes never go under 12 px.
 */
export const FRAME_CSS =
  themeCss('html') +
  '*{box-sizing:border-box}' +
  `html{background:var(--bg);color:var(--fg);font:${page.size}px/${page.line} ${FONT_FAMILY};-webkit-text-size-adjust:100%;text-size-adjust:100%}` +
  `body{margin:0;padding:${space.page}px}` +
  '.fb{margin:0;container:fb/inline-size;overflow-wrap:break-word}' +
  `.fb-title{font-size:${title.size}px;line-height:${title.line};margin:0 0 ${space.title}px;font-weight:700}` +
  `.fb-sub{margin:0 0 ${space.subtitle}px;color:var(--mu);font-size:${subtitle.size}px;line-height:${subtitle.line}}` +
  `.fb-foot{margin:${space.foot}px 0 0;font-size:${foot.size}px;color:var(--mu)}` +
  `.fb-foot p{margin:${space.footParagraph}px 0 0}` +
  `.fb-notes{font-size:${notes.size}px}` +
  `.fb-meta>span:not(:last-child):after{content:"${META_SEPARATOR.text}";padding-left:${css(META_SEPARATOR.padding)}em}` +
  '.fb-nw{white-space:nowrap}' +
  'a{color:var(--ln);text-underline-offset:2px}' +
  ':focus-visible{outline:2px solid var(--fo);outline-offset:2px}' +
  '.fb-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}' +
  '@media(prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}' +
  PRINT_CSS
