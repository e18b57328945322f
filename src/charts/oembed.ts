import type { Context } from 'hono'
import { embedLoader } from '../embed/loader.ts'
import { CARD } from '../embed/png.ts'
import type { AppEnv } from '../env.ts'
import { type CachedBody, strongEtag } from '../lib/http-cache.ts'
import { notFound } from '../lib/problem.ts'
import { chartCodes, chartLinks } from './codes.ts'
import { chartRecord } from './serve.ts'

/** The id of a published chart's page URL of our exact origin (`{origin}/c/{id}`), else `undefined`. */
export function publishedChartId(input: string, origin: string): string | undefined {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return undefined
  }
  if (url.origin !== origin || url.username || url.password || url.search) return undefined
  return /^\/c\/([0-9a-f]{16})$/.exec(url.pathname)?.[1]
}

/**
 * The oEmbed answer (`type: rich`) for a published chart, from its record alone: the script-free
 * iframe of its frozen page at the height stored at publish, so WordPress and any oEmbed consumer
 * embed it from its URL. An id that was never published is the spec's 404.
 */
export async function chartOembed(
  c: Context<AppEnv>,
  id: string,
  origin: string,
  { width, maxHeight, cacheAge }: { width: number; maxHeight?: number; cacheAge: number },
): Promise<CachedBody> {
  const record = await chartRecord(c, id).catch(() => {
    throw notFound(`url is not a factbox widget page of ${origin}.`)
  })
  const loader = await embedLoader(c)
  const height = Math.min(record.height, maxHeight ?? record.height)
  const codes = chartCodes(
    origin,
    { ...record, height },
    { url: `${origin}/embed.${loader.hash}.js`, integrity: loader.integrity },
  )
  const text = JSON.stringify({
    version: '1.0',
    type: 'rich',
    title: record.title,
    provider_name: 'factbox',
    provider_url: `${origin}/`,
    cache_age: cacheAge,
    html: codes.iframe,
    width,
    height,
    thumbnail_url: chartLinks(origin, id).card,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  })
  return { body: text, etag: await strongEtag(text) }
}
