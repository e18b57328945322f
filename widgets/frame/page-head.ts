import { html, type Markup } from '../shared/markup.ts'

/**
 * The tags that let a CMS, a social network or a browser understand a widget page: oEmbed
 * discovery, Open Graph and Twitter cards, the canonical URL, and the opt-in to native iframe
 * sizing (its presence opts in; HTML requires a `content` on a named meta, so it is empty).
 * Every URL is absolute and built by the route from PUBLIC_ORIGIN.
 */
export interface PageHead {
  /** The page's canonical URL (options in canonical order). */
  canonical: string
  /** The oEmbed endpoint for this page (JSON); a published chart has none. */
  oembed?: string
  /** The social card: a PNG of the chart. */
  image: { url: string; width: number; height: number }
  /** One sentence about the chart, from the dataset's metadata. */
  description: string
  /** Name of the service (og:site_name). */
  siteName: string
}

/** {@link PageHead} as markup for `<head>`, every value escaped. */
export function pageHeadTags(head: PageHead, title: string): Markup {
  const { canonical, description, image } = head
  return html`<meta name="description" content="${description}"/><meta name="responsive-embedded-sizing" content=""/><link rel="canonical" href="${canonical}"/>${head.oembed ? html`<link rel="alternate" type="application/json+oembed" href="${head.oembed}" title="${title}"/>` : null}<meta property="og:type" content="website"/><meta property="og:site_name" content="${head.siteName}"/><meta property="og:title" content="${title}"/><meta property="og:description" content="${description}"/><meta property="og:url" content="${canonical}"/><meta property="og:image" content="${image.url}"/><meta property="og:image:width" content="${image.width}"/><meta property="og:image:height" content="${image.height}"/><meta name="twitter:card" content="summary_large_image"/>`
}
