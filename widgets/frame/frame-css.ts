import { FONT_FAMILY } from '../shared/text-width.ts'
import { themeCss } from './theme.ts'

/**
 * Styles of the frame shared by every widget page: typography, the blocks, the visually hidden
 * data table, focus rings and reduced motion. Sizes never go under 12 px.
 */
export const FRAME_CSS =
  themeCss('html') +
  '*{box-sizing:border-box}' +
  `html{background:var(--bg);color:var(--fg);font:14px/1.4 ${FONT_FAMILY};-webkit-text-size-adjust:100%;text-size-adjust:100%}` +
  'body{margin:0;padding:12px}' +
  '.fb{margin:0;container:fb/inline-size;overflow-wrap:break-word}' +
  '.fb-title{font-size:19px;line-height:1.25;margin:0 0 4px;font-weight:700}' +
  '.fb-sub{margin:0 0 12px;color:var(--mu);font-size:15px;line-height:1.35}' +
  '.fb-foot{margin:12px 0 0;font-size:12px;color:var(--mu)}' +
  '.fb-foot p{margin:4px 0 0}' +
  '.fb-notes{font-size:13px}' +
  '.fb-meta>span+span:before{content:"·";padding:0 .45em}' +
  '.fb-nw{white-space:nowrap}' +
  'a{color:var(--ln);text-underline-offset:2px}' +
  ':focus-visible{outline:2px solid var(--fo);outline-offset:2px}' +
  '.fb-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}' +
  '@media(prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}'
