/**
 * Published charts in the R2 bucket of the datasets (binding `DATASETS`), under their own prefix:
 *
 * - `charts/<id>/page.html`, `chart.svg`, `chart.png`, `card.png`, `cite.json`, `data.csv`: the bytes
 *   of one chart, rendered once at publish and written once (a conditional put refuses to overwrite).
 * - `charts/<id>/chart.json`: the {@link ChartRecord}, written last: a chart exists once it does.
 * - `charts/assets/enhance.<hash>.js`: the enhancement script of the deploy that froze a chart, by
 *   content hash, shared by every chart frozen with the same script.
 * - `charts/audit/<time>-<id>.json`: one {@link ChartAudit} per chart published, written once after
 *   its record (as datasets' `audit/`), so that listing the prefix reads the publications in order;
 *   the time is the record's, so a repeat that finds it missing writes the same key.
 *
 * The same bucket rather than a second binding: one bucket to provision and seed, no new binding in
 * wrangler.toml, and nothing here or in data/store.ts lists the bucket, so neither prefix can slow
 * the other. Nothing here ever deletes or rewrites a chart.
 */

import { StoreUnavailableError } from '../../data/store.ts'
import type { Lang } from '../../data/vocabulary/index.ts'

/** The files of a chart, by what they are. */
export const CHART_FILES = {
  page: 'page.html',
  svg: 'chart.svg',
  png: 'chart.png',
  card: 'card.png',
  cite: 'cite.json',
  csv: 'data.csv',
} as const
export type ChartFile = keyof typeof CHART_FILES

export const RECORD_FILE = 'chart.json'
export const chartKey = (id: string, file: string) => `charts/${id}/${file}`
export const scriptKey = (hash: string) => `charts/assets/enhance.${hash}.js`
export const auditKey = (id: string, published: string) => `charts/audit/${published}-${id}.json`

/** A chart id: the first 16 hex digits of the SHA-256 of its canonical request and renderer version. */
export const CHART_ID = /^[0-9a-f]{16}$/

/** What a published chart says about itself (`chart.json`). */
export interface ChartRecord {
  id: string
  dataset: string
  /** The exact dataset version it draws. */
  version: string
  widget: string
  /** The widget's parameters that were given, as given (the canonical request's). */
  options: Record<string, string>
  /** The renderer version that drew it. */
  renderer: string
  /** ISO time it was published. */
  published: string
  /** ISO time the dataset version was published; `null` for a bundled version never published. */
  dataPublished: string | null
  title: string
  lang: Lang
  /** The iframe's initial height in the embed codes, px. */
  height: number
  /** Content hash of its enhancement script (`charts/assets/enhance.<hash>.js`). */
  script: string
}

/** Who published which chart, when, from what (`charts/audit/…`): the record's provenance, never rewritten. */
export type ChartAudit = Pick<
  ChartRecord,
  'id' | 'dataset' | 'version' | 'widget' | 'options' | 'renderer' | 'published'
> & {
  /** What authorized it: the name of the token, never its value. */
  by: string
}

/**
 * Writes `body` under `key` unless an object is there already: `true` if written, `false` if the key
 * was taken (the stored bytes are left as they are).
 */
export async function putOnce(
  bucket: R2Bucket,
  key: string,
  body: string | Uint8Array,
  contentType: string,
): Promise<boolean> {
  const put = await r2(bucket.put(key, body, { onlyIf: { etagDoesNotMatch: '*' }, httpMetadata: { contentType } }), key)
  return put !== null
}

/** A chart's files as rendered, each `[file name, bytes, Content-Type]`. */
export type ChartFiles = [string, string | Uint8Array, string][]

/**
 * Writes a new chart, each object once: its script (shared, by hash), its files, its record last
 * (a chart exists once it does, so an interrupted publish is finished by the next), then, if this
 * call wrote the record, its audit record. `true` if this call created the chart.
 */
export async function writeChart(
  bucket: R2Bucket,
  record: ChartRecord,
  files: ChartFiles,
  script: { hash: string; body: string },
  by: string,
): Promise<boolean> {
  const { id } = record
  await putOnce(bucket, scriptKey(script.hash), script.body, 'text/javascript; charset=utf-8')
  await Promise.all(files.map(([file, body, type]) => putOnce(bucket, chartKey(id, file), body, type)))
  const created = await putOnce(bucket, chartKey(id, RECORD_FILE), JSON.stringify(record), 'application/json')
  if (created) await writeAudit(bucket, record, by)
  return created
}

/**
 * Writes the audit record of a chart unless it is there: after the record that created it, and
 * again (refused, writing nothing) by each repeat, which so finishes a publish stopped in between.
 */
export async function writeAudit(bucket: R2Bucket, record: ChartRecord, by: string): Promise<void> {
  const { id, dataset, version, widget, options, renderer, published } = record
  const audit: ChartAudit = { id, dataset, version, widget, options, renderer, published, by }
  await putOnce(bucket, auditKey(id, published), JSON.stringify(audit), 'application/json')
}

/** The record of a complete chart, `undefined` if there is none. */
export async function readChartRecord(bucket: R2Bucket, id: string): Promise<ChartRecord | undefined> {
  const object = await r2(bucket.get(chartKey(id, RECORD_FILE)), id)
  return object ? ((await object.json()) as ChartRecord) : undefined
}

/** An R2 operation; any failure is a StoreUnavailableError (a 503, never another chart's bytes). */
export async function r2<T>(operation: Promise<T>, what: string): Promise<T> {
  try {
    return await operation
  } catch (error) {
    throw new StoreUnavailableError(`${what}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
