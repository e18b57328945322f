import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { policyHeaders, type ResponseKind } from './headers.ts'

/** Edge caching for data that changes only when a dataset is redeployed. */
export const CACHE_REVALIDATE = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'
/** For URLs whose bytes never change (content-addressed assets). */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/**
 * For a chart pinned to a dataset version: its data never changes, but a new renderer may draw it
 * differently, so it is kept long and revalidated, never `immutable` (until renders are frozen).
 */
export const CACHE_PINNED = 'public, max-age=2592000, stale-while-revalidate=31536000'

/** A strong ETag: the first 128 bits of the SHA-256 of the bytes, in quotes. */
export async function strongEtag(body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return `"${Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
}

export interface CachedBody {
  body: string | Uint8Array<ArrayBuffer>
  etag: string
}

/** Options of `sendCached`. */
export interface SendOptions {
  /** The Content-Type header. */
  type: string
  /** Which header policy applies (src/lib/headers.ts). */
  kind: ResponseKind
  /** @default CACHE_REVALIDATE */
  cacheControl?: string
  /** Extra headers (Content-Disposition, Link). */
  headers?: Record<string, string>
}

/**
 * Sends a body with its policy headers, a strong ETag and caching headers, or a 304 with the same
 * headers when the client's copy is current. HEAD is answered by Hono from the GET handler.
 */
export function sendCached(c: Context<AppEnv>, { body, etag }: CachedBody, options: SendOptions): Response {
  const headers: Record<string, string> = {
    ...policyHeaders(options.kind, c.env?.FRAME_ANCESTORS ?? ''),
    'Cache-Control': options.cacheControl ?? CACHE_REVALIDATE,
    ETag: etag,
    ...options.headers,
  }
  if (etagMatches(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': options.type } })
}

/**
 * Memoizes rendered bodies per isolate. Output depends on the URL alone, so a normalized key
 * (dataset version, resource, canonical options) identifies the bytes; entries are bounded by
 * count and by bytes (thousands of datasets make large bodies common: 500 rows of JSON is ~80 kB).
 * `salt` (the renderer version, for charts) is part of every key and ETag.
 */
export function createBodyCache(limit = 500, salt = '', maxBytes = 16 * 2 ** 20) {
  const entries = new Map<string, Promise<CachedBody>>()
  const sizes = new Map<string, number>()
  let total = 0
  const evict = (key: string) => {
    entries.delete(key)
    total -= sizes.get(key) ?? 0
    sizes.delete(key)
  }
  return Object.assign(cached, {
    /** Whether `key` is memoized (or being rendered), without rendering anything. */
    has: (key: string) => entries.has(salt ? `${salt}\n${key}` : key),
  })
  function cached(
    key: string,
    render: () => string | Uint8Array<ArrayBuffer> | Promise<string | Uint8Array<ArrayBuffer>>,
  ) {
    key = salt ? `${salt}\n${key}` : key
    let entry = entries.get(key)
    if (!entry) {
      const own = (async () => {
        const rendered = await render()
        // Encoded once: a string body would be re-encoded to UTF-8 on every response.
        const body = typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered
        return { body, etag: await strongEtag(salt ? concat(new TextEncoder().encode(`${salt}\n`), body) : body) }
      })()
      entry = own
      own.then(
        ({ body }) => {
          if (entries.get(key) !== own) return
          sizes.set(key, body.length)
          total += body.length
          // The oldest go first; the newest stays even alone over the budget.
          for (const oldest of entries.keys()) {
            if (total <= maxBytes || oldest === key) break
            evict(oldest)
          }
        },
        () => entries.get(key) === own && evict(key),
      )
      if (entries.size >= limit) evict(entries.keys().next().value!)
      entries.set(key, entry)
    }
    return entry
  }
}

function concat(a: Uint8Array<ArrayBuffer>, b: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
