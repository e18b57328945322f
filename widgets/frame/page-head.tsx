import type { Child } from 'hono/jsx'

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

/** Renders {@link PageHead} inside `<head>`. */
export function PageHeadTags({ head, title }: { head: PageHead; title: string }): Child {
  return (
    <>
      <meta name="description" content={head.description} />
      <meta name="responsive-embedded-sizing" />
      <link rel="canonical" href={head.canonical} />
      <link rel="alternate" type="application/json+oembed" href={head.oembed} title={title} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={head.siteName} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={head.description} />
      <meta property="og:url" content={head.canonical} />
      <meta property="og:image" content={head.image.url} />
      <meta property="og:image:width" content={String(head.image.width)} />
      <meta property="og:image:height" content={String(head.image.height)} />
      <meta name="twitter:card" content="summary_large_image" />
    </>
  )
}
