/**
 * The one place that decides the headers of each kind of response. Hono's `secureHeaders()`
 * defaults (X-Frame-Options, CORP same-origin) would break embedding, so the policy is explicit.
 */
export type ResponseKind = 'api' | 'page' | 'widget' | 'image' | 'script' | 'error'

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
}

/** CORS for public, read-only data: any origin, never credentials. */
export const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Length, Content-Disposition, Link',
}

/** Who may frame widget pages when FRAME_ANCESTORS is empty: any https site, and local pages. */
export const DEFAULT_FRAME_ANCESTORS = 'https: http://localhost:* http://127.0.0.1:*'

/**
 * The `frame-ancestors` source list from the FRAME_ANCESTORS variable. A value that could end the
 * directive or add another (`;`, `,`, a line break) fails closed: nobody may frame.
 */
export function frameAncestorsOf(configured: string): string {
  const value = configured.trim()
  if (value === '') return DEFAULT_FRAME_ANCESTORS
  return /^[^;,\r\n]+$/.test(value) ? value : "'none'"
}

/**
 * An HTML page's CSP: nothing by default, scripts and styles only from our origin (styles may be
 * inline: the pages carry one `<style>`; scripts never), images from us or data: URLs, no `<base>`.
 */
function csp(...directives: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "base-uri 'none'",
    ...directives,
  ].join('; ')
}

/**
 * Headers for a response of `kind`; `frameAncestors` comes from the FRAME_ANCESTORS variable.
 * Built once per isolate, kind and configuration (they are on every response's path); callers
 * spread the frozen result into their own headers.
 */
export function policyHeaders(kind: ResponseKind, frameAncestors: string): Readonly<Record<string, string>> {
  const key = `${kind}\n${frameAncestors}`
  let headers = policies.get(key)
  if (!headers) {
    headers = Object.freeze(buildPolicy(kind, frameAncestors))
    policies.set(key, headers)
  }
  return headers
}

const policies = new Map<string, Readonly<Record<string, string>>>()

function buildPolicy(kind: ResponseKind, frameAncestors: string): Record<string, string> {
  switch (kind) {
    case 'api':
    case 'error':
      return {
        ...COMMON,
        ...CORS,
        'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      }
    case 'widget':
      return {
        ...COMMON,
        // 'self' only: a published chart's script reads its status document (src/charts/), nothing else.
        'Content-Security-Policy': csp(
          "connect-src 'self'",
          "form-action 'none'",
          `frame-ancestors ${frameAncestorsOf(frameAncestors)}`,
        ),
        'Cross-Origin-Resource-Policy': 'cross-origin',
      }
    case 'image':
      return {
        ...COMMON,
        ...CORS,
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        'Cross-Origin-Resource-Policy': 'cross-origin',
      }
    case 'script':
      return { ...COMMON, ...CORS, 'Cross-Origin-Resource-Policy': 'cross-origin' }
    case 'page':
      return {
        ...COMMON,
        'Content-Security-Policy': csp(
          "frame-src 'self'",
          "connect-src 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ),
        'X-Frame-Options': 'DENY',
        'Cross-Origin-Resource-Policy': 'same-origin',
      }
  }
}
