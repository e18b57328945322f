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
