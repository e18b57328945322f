import { esc } from '../shared/markup.ts'

/**
 * The tags that let a CMS, a social network or a browser understand a widget page: oEmbed
 * discovery, Open Graph and Twitter cards, the canonical URL, and the opt-in to native iframe
 * sizing. Every URL is absolute and built by the route from PUBLIC_ORIGIN.
 */
export interface PageHead {
  /** The page's canonical URL (options in canonical order). */
  canonical: string
  /** The oEmbed endpoint for this page (JSON). */
  oembed: string
  /** The social card: a PNG of the chart. */
  image: { url: string; width: number; height: number }
  /** One sentence about the chart, from the dataset's metadata. */
  description: string
  /** Name of the service (og:site_name). */
  siteName: string
}

/** {@link PageHead} as markup for `<head>` (a string, as the rest of the document: see frame.ts). */
export function pageHeadTags(head: PageHead, title: string): string {
  const description = esc(head.description)
  const canonical = esc(head.canonical)
  const t = esc(title)
  return (
    `<meta name="description" content="${description}"/><meta name="responsive-embedded-sizing"/>` +
    `<link rel="canonical" href="${canonical}"/><link rel="alternate" type="application/json+oembed" href="${esc(head.oembed)}" title="${t}"/>` +
    `<meta property="og:type" content="website"/><meta property="og:site_name" content="${esc(head.siteName)}"/>` +
    `<meta property="og:title" content="${t}"/><meta property="og:description" content="${description}"/>` +
    `<meta property="og:url" content="${canonical}"/><meta property="og:image" content="${esc(head.image.url)}"/>` +
    `<meta property="og:image:width" content="${esc(String(head.image.width))}"/><meta property="og:image:height" content="${esc(String(head.image.height))}"/>` +
    '<meta name="twitter:card" content="summary_large_image"/>'
  )
}
