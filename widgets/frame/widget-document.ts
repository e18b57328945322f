import { type Child, Fragment } from 'hono/jsx'
import { direction, type Lang } from '../../data/vocabulary/index.ts'
import type { Theme } from '../shared/common-options.ts'
import { flat, html, Markup, raw } from '../shared/markup.ts'
import { FRAME_CSS } from './css.ts'
import { type PageHead, pageHeadTags } from './page-head.ts'

/** Props of {@link widgetDocument}. */
export interface WidgetDocumentProps {
  lang: Lang
  theme: Theme
  /** The `<title>` of the page (the chart's title). */
  title: string
  /** The widget's own CSS, appended to the frame's. Trusted: built from constants and numbers. */
  css: string
  /** Same-origin URL of the enhancement script; omitted, the page has no script at all. */
  scriptUrl?: string
  /** oEmbed discovery, social-card and canonical tags. */
  head?: PageHead
  /** The page's content: {@link Markup} (the widgets' frame) or JSX (the error page). */
  body: Markup | Child
}

/**
 * A right-to-left page's SVG text. Inside an `rtl` page SVG text takes the page's direction, so its
 * words order right to left around numbers, but `text-anchor` then anchors the other end: each
 * anchor is swapped so every text keeps the box the layout (which measured it) gave it.
 */
const RTL_CSS =
  'svg text{text-anchor:end}svg text[text-anchor=end]{text-anchor:start}svg text[text-anchor=middle],svg .tk{text-anchor:middle}'

/**
 * A complete, small HTML document for a widget page: CSS inline in one `<style>` (the widget CSP
 * allows inline styles, never inline scripts), the enhancement script external and deferred.
 * The page comes back as one flat string, ready to encode (see `flat()`).
 * @example widgetDocument({ lang: 'en', theme: 'auto', title: 'Area', css: '', body: html`<p>…</p>` })
 */
export function widgetDocument({ lang, theme, title, css, scriptUrl, head, body }: WidgetDocumentProps): string {
  const scheme = theme === 'auto' ? 'light dark' : theme
  const script = scriptUrl ? html`<script src="${scriptUrl}" defer=""></script>` : null
  // Trusted CSS: the frame's and the widget's styles are built from constants and numbers.
  const rtl = direction(lang) === 'rtl'
  const style = raw(FRAME_CSS + css + (rtl ? RTL_CSS : ''))
  return flat(
    html`<!doctype html><html lang="${lang}"${rtl ? html` dir="rtl"` : null} class="t-${theme}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="color-scheme" content="${scheme}"/><title>${title}</title>${head ? pageHeadTags(head, title) : null}<style>${style}</style>${script}</head><body>${markupOf(body)}</body></html>`,
  )
}

/** Content as markup: a {@link Markup} as it is, JSX rendered by Hono inside a fragment as `<>{body}</>` is, text escaped. */
function markupOf(body: Markup | Child): Markup | string | number | null {
  if (body instanceof Markup) return body
  if (body === null || body === undefined || typeof body === 'boolean') return null
  if (typeof body === 'string' || typeof body === 'number') return body
  // Trusted: text Hono has already escaped (its `html` helper and `raw()` mark it so).
  if (typeof body === 'object' && 'isEscaped' in body) return raw(String(body))
  // Trusted: Hono's JSX runtime rendered it and escaped its text itself.
  return raw(String(Fragment({ children: body })))
}
