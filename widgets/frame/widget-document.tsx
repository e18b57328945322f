import type { Child } from 'hono/jsx'
import type { Lang } from '../../data/types.ts'
import type { Theme } from '../shared/common-options.ts'
import { flat } from '../shared/markup.ts'
import { FRAME_CSS } from './frame-css.ts'
import { PageHeadTags, type PageHead } from './page-head.tsx'

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
  body: Child
}

/**
 * A complete, small HTML document for a widget page: CSS inline in one `<style>` (the widget CSP
 * allows inline styles, never inline scripts), the enhancement script external and deferred.
 */
export function widgetDocument({ lang, theme, title, css, scriptUrl, head, body }: WidgetDocumentProps): string {
  const scheme = theme === 'auto' ? 'light dark' : theme
  const html = (
    <html lang={lang} class={`t-${theme}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="color-scheme" content={scheme} />
        <title>{title}</title>
        {head ? <PageHeadTags head={head} title={title} /> : null}
        <style dangerouslySetInnerHTML={{ __html: FRAME_CSS + css }} />
        {scriptUrl ? <script src={scriptUrl} defer /> : null}
      </head>
      <body>{body}</body>
    </html>
  )
  return flat(`<!doctype html>${html.toString()}`)
}
