import type { Context } from 'hono'
import { createLru } from '../../data/lru.ts'
import type { R2Catalog } from '../../data/r2-catalog.ts'
import { embedUrl } from '../embed/embed-url.ts'
import type { AppEnv } from '../env.ts'
import { SCRIPT_TYPE } from '../lib/asset.ts'
import type { ResponseKind } from '../lib/headers.ts'
import { CACHE_IMMUTABLE, type CachedBody, sendCached, strongEtag } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { badParameter, notFound } from '../lib/problem.ts'
import { CSL_JSON } from './cite.ts'
import { withoutImageParams } from './params.ts'
import {
  CHART_FILES,
  CHART_ID,
  type ChartFile,
  type ChartRecord,
  chartKey,
  r2,
  readChartRecord,
  scriptKey,
} from './store.ts'

/** How each stored file is served. */
const SERVED: Record<ChartFile, { type: string; kind: ResponseKind; disposition?: (id: string) => string }> = {
  page: { type: 'text/html; charset=utf-8', kind: 'widget' },
  svg: { type: 'image/svg+xml; charset=utf-8', kind: 'image' },
  png: { type: 'image/png', kind: 'image', disposition: (id) => `inline; filename="chart-${id}.png"` },
  card: { type: 'image/png', kind: 'image', disposition: (id) => `inline; filename="chart-${id}-card.png"` },
  cite: { type: CSL_JSON, kind: 'api' },
  csv: {
    type: 'text/csv; charset=utf-8; header=present',
    kind: 'api',
    disposition: (id) => `attachment; filename="chart-${id}-data.csv"`,
  },
}

/**
 * Stored bytes per isolate, by R2 key: written once, so a copy never goes stale. Bounded by bytes (a
 * PNG weighs 50-200 KB); a miss is not kept, as the chart may be published a moment later.
 */
const stored = createLru<Promise<CachedBody | undefined>>({ maxEntries: 2000, maxBytes: 32 * 1024 * 1024 })
const records = createLru<ChartRecord>({ maxEntries: 5000, maxBytes: Number.POSITIVE_INFINITY })

/** The bytes under `key`, from this isolate or R2, with R2's strong ETag; `undefined` if none. */
function readStored(bucket: R2Bucket, key: string): Promise<CachedBody | undefined> {
  const hit = stored.get(key)
  if (hit) return hit
  const read = (async () => {
    const object = await r2(bucket.get(key), key)
    if (!object) return undefined
    return { body: new Uint8Array(await object.arrayBuffer()), etag: object.httpEtag }
  })()
  stored.set(key, read, 0)
  read.then(
    (value) => (value ? stored.set(key, read, value.body.byteLength) : stored.delete(key)),
    () => stored.delete(key),
  )
  return read
}

/** The record of a published chart, kept per isolate once read (it never changes). */
export async function chartRecord(c: Context<AppEnv>, id: string): Promise<ChartRecord> {
  if (!CHART_ID.test(id)) throw badParameter('id', 'A chart id is 16 hexadecimal digits, as publishing gave it.')
  const hit = records.get(id)
  if (hit) return hit
  const bucket = c.env.DATASETS as R2Bucket | undefined
  const record = bucket ? await readChartRecord(bucket, id) : undefined
  if (!record) throw notFound('There is no published chart with this id.')
  records.set(id, record, 1)
  return record
}

/** Serves one file of a published chart as it was stored: immutable, with its strong ETag. */
export async function serveChartFile(c: Context<AppEnv>, id: string, file: ChartFile): Promise<Response> {
  if (!CHART_ID.test(id)) throw badParameter('id', 'A chart id is 16 hexadecimal digits, as publishing gave it.')
  const bucket = c.env.DATASETS as R2Bucket | undefined
  const body = bucket ? await readStored(bucket, chartKey(id, CHART_FILES[file])) : undefined
  if (!body) throw notFound('There is no published chart with this id.')
  const { type, kind, disposition } = SERVED[file]
  return sendCached(c, body, {
    type,
    kind,
    cacheControl: CACHE_IMMUTABLE,
    ...(disposition ? { headers: { 'Content-Disposition': disposition(id) } } : {}),
  })
}

/** Serves the enhancement script a chart was frozen with, from its frozen path. */
export async function serveChartScript(c: Context<AppEnv>, hash: string): Promise<Response> {
  const bucket = c.env.DATASETS as R2Bucket | undefined
  const body = bucket ? await readStored(bucket, scriptKey(hash)) : undefined
  if (!body) throw notFound('This script was never frozen with a chart.')
  return sendCached(c, body, { type: SCRIPT_TYPE, kind: 'script', cacheControl: CACHE_IMMUTABLE })
}

/**
 * `GET /c/{id}/status.json`: not frozen. Whether the chart's dataset has a newer version than the
 * one it draws, the change note of the latest, and the live embed of the latest.
 */
export async function serveChartStatus(c: Context<AppEnv>, id: string): Promise<Response> {
  const record = await chartRecord(c, id)
  const origin = publicOrigin(c)
  const latest = await c.var.catalog.get(record.dataset)
  const newer = latest !== undefined && latest.version !== record.version
  // A catalog in memory (tests' fixtures) has no versions list: no change note.
  const catalog = c.var.catalog as Partial<R2Catalog>
  const page = newer && catalog.versions ? await catalog.versions(record.dataset, { limit: 1 }) : undefined
  const json = {
    id,
    dataset: record.dataset,
    version: record.version,
    latest: latest?.version ?? null,
    newer,
    changes: page?.versions[0]?.version === latest?.version ? (page?.versions[0]?.changes ?? null) : null,
    links: {
      chart: `${origin}/c/${id}`,
      latest: newer
        ? embedUrl(origin, {
            dataset: record.dataset,
            widget: record.widget,
            format: 'page',
            params: withoutImageParams(record.options),
          })
        : null,
      versions: `${origin}/api/v1/datasets/${record.dataset}/versions`,
    },
  }
  const text = `${JSON.stringify(json, null, 2)}\n`
  return sendCached(
    c,
    { body: text, etag: await strongEtag(text) },
    { type: 'application/json; charset=utf-8', kind: 'api', cacheControl: 'public, max-age=60' },
  )
}
