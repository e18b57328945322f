import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { CACHE_IMMUTABLE, sendCached } from './http-cache.ts'
import { notFound } from './problem.ts'

/** The Content-Type of every script the Worker serves. */
export const SCRIPT_TYPE = 'text/javascript; charset=utf-8'

/** A script served by the Worker: its bytes, a content hash for its versioned URL, and SRI. */
export interface Asset {
  body: string
  /** First 10 hex digits of its SHA-256: the versioned, immutable file name part. */
  hash: string
  /** Subresource Integrity value (`sha384-…`) for `<script integrity>`. */
  integrity: string
  /** Strong ETag. */
  etag: string
}

/** Hashes a script once per isolate and key (its text depends only on the configuration). */
export function createAssetCache() {
  const assets = new Map<string, Promise<Asset>>()
  return function asset(key: string, source: () => string): Promise<Asset> {
    let entry = assets.get(key)
    if (!entry) {
      entry = describe(source())
      assets.set(key, entry)
    }
    return entry
  }
}

async function describe(body: string): Promise<Asset> {
  const bytes = new TextEncoder().encode(body)
  const [sha256, sha384] = await Promise.all([
    crypto.subtle.digest('SHA-256', bytes),
    crypto.subtle.digest('SHA-384', bytes),
  ])
  const hex = Array.from(new Uint8Array(sha256), (b) => b.toString(16).padStart(2, '0')).join('')
  return {
    body,
    hash: hex.slice(0, 10),
    integrity: `sha384-${btoa(String.fromCharCode(...new Uint8Array(sha384)))}`,
    etag: `"${hex.slice(0, 32)}"`,
  }
}

/** Options of {@link versionedScript}. */
export interface VersionedScriptOptions {
  /** The file name before the hash: `builder` serves `builder.<hash>.js`. */
  name: string
  /** The script with its hash, usually from a {@link createAssetCache} (hashed once per isolate). */
  asset: (c: Context<AppEnv>) => Promise<Asset>
  /**
   * The 404's detail when the file names another hash (an older or a made-up version).
   * @default 'This version of the script does not exist.'
   */
  missing?: string
}

const VERSIONED_SCRIPT_DEFAULTS = { missing: 'This version of the script does not exist.' }

/**
 * The handler of a script's versioned copy, `<name>.<hash>.js`: its bytes never change, so it is
 * cached as immutable; a file with any other hash is a 404. Mount it on a path whose `:file`
 * parameter takes such names, so that the URL map shows the route.
 * @example builder.get('/assets/:file{builder\\.[0-9a-f]{10}\\.js}', versionedScript({ name: 'builder', asset }))
 */
export function versionedScript(options: VersionedScriptOptions) {
  const { name, asset, missing } = {
    ...VERSIONED_SCRIPT_DEFAULTS,
    ...options,
  } satisfies Required<VersionedScriptOptions>
  return async function serveVersionedScript(c: Context<AppEnv>): Promise<Response> {
    const script = await asset(c)
    if (c.req.param('file') !== `${name}.${script.hash}.js`) throw notFound(missing)
    return sendCached(c, script, { type: SCRIPT_TYPE, kind: 'script', cacheControl: CACHE_IMMUTABLE })
  }
}
