/** Addresses of widgets and their assets, built from the public origin, never from the request's Host. */

/** The parts of a widget URL: `/embed/{dataset}[@{version}]/{widget}[.svg|.png]?{options}`. */
export interface EmbedAddress {
  dataset: string
  /** The pinned content version, if any. */
  version?: string
  widget: string
  /** The widget page, or one of its images. */
  format: 'page' | 'svg' | 'png'
  /** Query parameters as given (validated later by the widget). */
  params: URLSearchParams
}

const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*'
const PATH = new RegExp(`^/embed/(${SEGMENT})(?:@([0-9a-f]{12}))?/(${SEGMENT})(?:\\.(svg|png))?$`)

/**
 * Reads a URL that claims to be one of our widgets. `undefined` unless it is exactly ours: the
 * same scheme, host and port as PUBLIC_ORIGIN, no user name or password (`https://ours@evil/`),
 * and a widget path. Nothing is fetched.
 */
export function parseEmbedUrl(input: string, origin: string): EmbedAddress | undefined {
  if (input.length > 2048) return undefined
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return undefined
  }
  if (url.origin !== origin || url.username || url.password) return undefined
  const match = PATH.exec(url.pathname)
  if (!match) return undefined
  const [, dataset, version, widget, format] = match
  return {
    dataset: dataset!,
    ...(version ? { version } : {}),
    widget: widget!,
    format: (format ?? 'page') as EmbedAddress['format'],
    params: url.searchParams,
  }
}

/**
 * Builds a widget URL from its parts; parameters are written in sorted order so that equal
 * options give equal URLs (and one edge-cache entry).
 */
export function embedUrl(
  origin: string,
  address: Omit<EmbedAddress, 'params'> & { params?: Record<string, string> },
): string {
  const pin = address.version ? `@${address.version}` : ''
  const suffix = address.format === 'page' ? '' : `.${address.format}`
  const query = new URLSearchParams(
    Object.entries(address.params ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ).toString()
  return `${origin}/embed/${address.dataset}${pin}/${address.widget}${suffix}${query ? `?${query}` : ''}`
}

/** A dataset or widget id in a path: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Absolute URL of a resource's CSV download (the "Get the data" link); with `version`, that
 * version's CSV (`/api/v1/datasets/{id}@{version}/…`), as a pinned chart shows it; with `lang`, its names
 * and dates in that language, as the reader of the chart reads them.
 */
export function csvUrl(origin: string, dataset: string, resource: string, version?: string, lang?: string): string {
  const query = lang ? `?${new URLSearchParams({ lang })}` : ''
  return `${origin}/api/v1/datasets/${dataset}${version ? `@${version}` : ''}/${resource}.csv${query}`
}

/** Path of the widgets' enhancement script for a content hash. */
export const enhanceScriptPath = (hash: string): string => `/embed/assets/enhance.${hash}.js`

/**
 * Whether a failed request was for a widget page (`/embed/:dataset/:widget`, not the `.svg` or
 * `.png`, not an asset): those get a readable HTML error page inside the iframe instead of problem+json.
 */
export function isWidgetPagePath(pathname: string): boolean {
  return (
    /^\/embed\/[^/]+\/[^/]+$/.test(pathname) &&
    !/\.(?:svg|png)$/.test(pathname) &&
    !pathname.startsWith('/embed/assets/')
  )
}
