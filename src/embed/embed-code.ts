import { html, raw } from 'hono/html'
import { embedUrl } from './embed-url.ts'

/** Everything an editor may copy for one widget with one set of options. */
export interface EmbedCodes {
  /** The widget page URL (pinned to the data version when `version` is given). */
  pageUrl: string
  /** iframe + the loader script: resizes to its content. */
  responsive: string
  /** iframe alone: right without any script (fixed initial height, scrolls if it must). */
  iframe: string
  /** `<amp-iframe>` for AMP pages (resizes through AMP's `embed-size` message). */
  amp: string
  oembedUrl: string
  svgUrl: string
  pngUrl: string
}

/** Options of {@link embedCodes}. */
export interface EmbedCodeOptions {
  /** PUBLIC_ORIGIN. */
  origin: string
  dataset: string
  widget: string
  /** Pin the data version; the bytes behind a pinned URL never change. */
  version?: string
  /** Widget options, as query parameters (defaults already left out). */
  params: Record<string, string>
  /** The chart's title, for the iframe's accessible name. */
  title: string
  /** Initial height in px, computed by the server for a phone-width column. */
  height: number
  /** The widest the iframe may get, in px (oEmbed's `maxwidth`); without it, the whole column. */
  maxWidth?: number
  /** Versioned loader URL and its SRI hash. */
  loader: { url: string; integrity: string }
}

/**
 * The iframe's sandbox: scripts (tooltips, keyboard, resizing), same-origin (the script reads its
 * own page), popups for the source links and downloads for "Get the data". No top navigation,
 * no forms, no modals.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads'

/** Builds every embed code from the same parts, so they cannot disagree. */
export function embedCodes(o: EmbedCodeOptions): EmbedCodes {
  const at = (format: 'page' | 'svg' | 'png', params = o.params) =>
    embedUrl(o.origin, {
      dataset: o.dataset,
      ...(o.version ? { version: o.version } : {}),
      widget: o.widget,
      format,
      params,
    })
  const pageUrl = at('page')
  const iframe =
    html`<iframe src="${pageUrl}" title="${o.title}" width="100%" height="${o.height}" style="border:0;width:100%;${raw(o.maxWidth ? `max-width:${o.maxWidth}px;` : '')}height:${raw(String(o.height))}px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="${SANDBOX}"></iframe>`.toString()
  const responsive = `${iframe}\n${html`<script src="${o.loader.url}" integrity="${o.loader.integrity}" crossorigin="anonymous" async></script>`}`
  const amp =
    html`<amp-iframe src="${pageUrl}" title="${o.title}" width="auto" height="${o.height}" layout="fixed-height" resizable sandbox="${SANDBOX}" frameborder="0"><div overflow tabindex="0" role="button" aria-label="Show the whole chart">↓</div></amp-iframe>`.toString()
  return {
    pageUrl,
    responsive,
    iframe,
    amp,
    oembedUrl: `${o.origin}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`,
    svgUrl: at('svg'),
    pngUrl: at('png'),
  }
}
