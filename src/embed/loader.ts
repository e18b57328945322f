import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { type Asset, createAssetCache, SCRIPT_TYPE, versionedScript } from '../lib/asset.ts'
import { sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { loaderSource } from './loader-source.ts'

const assets = createAssetCache()

/** The embed loader, at its own origin's text, hashed once per isolate. */
export function embedLoader(c: Context<AppEnv>): Promise<Asset> {
  const origin = publicOrigin(c)
  return assets(`loader:${origin}`, () => loaderSource(origin))
}

/**
 * `/embed.js` follows the latest loader (revalidated); `/embed.<hash>.js` is the versioned copy
 * whose bytes never change, for embed codes with Subresource Integrity.
 */
export const loader = new Hono<AppEnv>()

loader.get('/embed.js', async (c) => {
  const asset = await embedLoader(c)
  return sendCached(c, asset, {
    type: SCRIPT_TYPE,
    kind: 'script',
    cacheControl: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
  })
})

loader.get(
  '/:file{embed\\.[0-9a-f]{10}\\.js}',
  versionedScript({
    name: 'embed',
    asset: embedLoader,
    missing: 'This version of the loader does not exist; use /embed.js.',
  }),
)
