import type { Child } from 'hono/jsx'
import type { Lang } from '../../data/vocabulary/index.ts'
import type { Theme } from '../shared/common-options.ts'
import { esc, flat, Markup } from '../shared/markup.ts'
import { FRAME_CSS } from './css.ts'
import { pageHeadTags, type PageHead } from './page-head.ts'

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
  /** The page's content: markup from `raw()` (the widgets' frame) or JSX (the error page). */
  body: Markup | Child
}

/**
 * A complete, small HTML document for a widget page: CSS inline in one `<style>` (the widget CSP
 * allows inline styles, never inline scripts), the enhancement script external and deferred.
 * Written as a string, as the frame is (see frame.ts); the page comes back flat, ready to encode.
 */
export function widgetDocument({ lang, theme, title, css, scriptUrl, head, body }: WidgetDocumentProps): string {
  const scheme = theme === 'auto' ? 'light dark' : theme
  return flat(
    `<!doctype html><html lang="${esc(lang)}" class="t-${esc(theme)}"><head><meta charset="utf-8"/>` +
      `<meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="color-scheme" content="${esc(scheme)}"/>` +
      `<title>${esc(title)}</title>${head ? pageHeadTags(head, title) : ''}<style>${FRAME_CSS}${css}</style>` +
      `${scriptUrl ? `<script src="${esc(scriptUrl)}" defer=""></script>` : ''}</head><body>${markupOf(body)}</body></html>`,
  )
}

/** Content as markup: strings from `raw()` and JSX render themselves; other text is escaped. */
function markupOf(body: Markup | Child): string {
  if (body instanceof Markup) return body.text
  if (body === null || body === undefined || typeof body === 'boolean') return ''
  if (typeof body === 'string') return esc(body)
  if (typeof body === 'number') return String(body)
  if (typeof body === 'object' && 'isEscaped' in body) return String(body)
  return String(<>{body}</>)
}
