/** Addresses the embed pages write, built from the public origin, never from the request's Host. */

/** A dataset or widget id in a path: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Absolute URL of a resource's CSV download (the "Get the data" link). */
export function csvUrl(origin: string, dataset: string, resource: string): string {
  return `${origin}/api/v1/datasets/${dataset}/${resource}.csv`
}

/** Path of the widgets' enhancement script for a content hash. */
export const enhanceScriptPath = (hash: string): string => `/embed/assets/enhance.${hash}.js`

/**
 * Whether a failed request was for a widget page (`/embed/:dataset/:widget`, not the `.svg`, not
 * an asset): those get a readable HTML error page inside the iframe instead of problem+json.
 */
export function isWidgetPagePath(pathname: string): boolean {
  return /^\/embed\/[^/]+\/[^/]+$/.test(pathname) && !pathname.endsWith('.svg') && !pathname.startsWith('/embed/assets/')
}
