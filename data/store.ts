/**
 * The record of every published dataset version, in an R2 bucket. Keys:
 *
 * - `datasets/<id>/<version>/<file>`: the CSV files, then `datapackage.json`, then `version.json`
 *   (change notes, publication time, previous version). Content-addressed (the version is the hash
 *   of the descriptor and files) and written once: a conditional put refuses to overwrite.
 * - `datasets/<id>/latest`: the small object that moves, `{ "version", "published" }`.
 * - `index/datasets.json`: a summary of every dataset's latest version (data/dataset-index.ts),
 *   rewritten (conditionally) at each publish, so that listing the datasets is one read, never a
 *   bucket listing nor a load of every dataset.
 * - `audit/<id>/<time>-<version>.json`: one record per publish, written once.
 *
 * A version is complete once its `version.json` exists, and the pointer is written last, so a publish
 * interrupted midway leaves no pointer to a partial version. Nothing here lists the bucket.
 */
import { INDEX_OBJECT, IndexBusyError, indexEntryOf, readIndexEntries, upsertIndex } from './dataset-index.ts'
import { contentVersion, DataPackageError, loadPackage, type PackageSource } from './schema.ts'
import type { Dataset } from './types.ts'

export const DESCRIPTOR = 'datapackage.json'
const RECORD = 'version.json'

export const fileKey = (id: string, version: string, file: string) => `datasets/${id}/${version}/${file}`
export const latestKey = (id: string) => `datasets/${id}/latest`
/** The index of datasets (data/dataset-index.ts). */
export const INDEX_KEY = INDEX_OBJECT

/** The latest pointer of a dataset. */
export interface Latest {
  version: string
  /** ISO time the version was published. */
  published: string
}

/** What a version says about itself (`version.json`). */
export interface VersionRecord {
  id: string
  version: string
  /** The version that was latest when this one was published; `null` for the first. */
  previous: string | null
  published: string
  /** What changed, per language (`{ "en": "Figures for 2024" }`). */
  changes: Record<string, string>
}

/** R2 failed or did not answer in time: the caller answers 503, never another version's bytes. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError'
}

/** The steps of a publish, in order; a test interrupts it between any two. */
export type PublishStep = 'files' | 'descriptor' | 'record' | 'pointer' | 'index' | 'audit'

/** Options of `publishPackage`. */
export interface PublishOptions {
  /** Change notes per language. @default {} */
  changes?: Record<string, string>
  /** Who publishes (the token's name), for the audit record. @default 'unknown' */
  by?: string
  /** The clock. @default () => new Date() */
  now?: () => Date
  /** Called after each step; throwing stops the publish there (tests use it to kill one midway). */
  afterStep?: (step: PublishStep) => void | Promise<void>
  /**
   * Whether to put the version into the index of datasets. The bulk fill of `npm run bench:r2`
   * turns it off and writes the index once, with `upsertIndex`, for all it published.
   * @default true
   */
  index?: boolean
}

export interface PublishResult {
  id: string
  version: string
  previous: string | null
  /** False when this content was already published: nothing was written. */
  created: boolean
  dataset: Dataset
}

/**
 * Writes `body` under `key` unless an object is there already: `true` if written, `false` if the key
 * was taken (the stored bytes are left as they are).
 */
export async function putOnce(bucket: R2Bucket, key: string, body: string, contentType: string): Promise<boolean> {
  const put = await bucket.put(key, body, {
    onlyIf: { etagDoesNotMatch: '*' },
    httpMetadata: { contentType },
  })
  return put !== null
}

/**
 * Validates a package and writes it as a new version: files, descriptor, version record, latest
 * pointer, audit record. The same content again writes nothing and returns the existing version.
 * Throws `DataPackageError` for an invalid package before anything is written.
 */
export async function publishPackage(
  bucket: R2Bucket,
  source: PackageSource,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const { changes = {}, by = 'unknown', now = () => new Date(), afterStep = () => {}, index = true } = options
  const dataset = await loadPackage(source)
  // Only the files the descriptor names are stored, so the version read back is the one written.
  const named = new Set(dataset.resources.map((r) => r.path))
  for (const file of Object.keys(source.files))
    if (!named.has(file)) throw new DataPackageError(`${file}: not the path of any resource in ${DESCRIPTOR}`)
  for (const file of named)
    if (file.includes('/')) throw new DataPackageError(`${file}: a resource path must be a file name, without folders`)
  const { id, version } = dataset
  const latestObject = await bucket.get(latestKey(id))
  const latest = latestObject ? ((await latestObject.json()) as Latest) : undefined
  const existing = await readRecord(bucket, id, version)
  const previous = latest?.version ?? null
  // A complete version is a no-op, unless a publish was killed after its record and before the
  // pointer (its record names the current latest as previous): then this one finishes it.
  const orphan = existing !== undefined && existing.previous === previous && previous !== version
  if (existing && !orphan) {
    // The index may lack the latest version (a publish killed after its pointer, a state from
    // before the index): the same content again puts it there.
    if (index && previous === version) {
      const listed = (await readIndexEntries(bucket)).find((e) => e.id === id)
      if (listed?.version !== version) await addToIndex(bucket, dataset, existing.published)
    }
    return { id, version, previous: existing.previous, created: false, dataset }
  }
  const published = existing?.published ?? now().toISOString()
  if (!existing) {
    for (const [file, text] of Object.entries(source.files))
      await putOnce(bucket, fileKey(id, version, file), text, contentTypeOf(file))
    await afterStep('files')
    await putOnce(bucket, fileKey(id, version, DESCRIPTOR), JSON.stringify(source.descriptor), 'application/json')
    await afterStep('descriptor')
    const record: VersionRecord = { id, version, previous, published, changes }
    await putOnce(bucket, fileKey(id, version, RECORD), JSON.stringify(record), 'application/json')
    await afterStep('record')
  }
  const pointer: Latest = { version, published }
  // Only over the pointer this publish read: a concurrent publish of the same dataset loses cleanly.
  const moved = await bucket.put(latestKey(id), JSON.stringify(pointer), {
    onlyIf: latestObject ? { etagMatches: latestObject.etag } : { etagDoesNotMatch: '*' },
    httpMetadata: { contentType: 'application/json' },
  })
  if (!moved) throw new StoreUnavailableError(`${id}: another publish moved the latest pointer; try again`)
  await afterStep('pointer')
  if (index) await addToIndex(bucket, dataset, published)
  await afterStep('index')
  await putOnce(
    bucket,
    `audit/${id}/${published}-${version}.json`,
    JSON.stringify({ id, version, previous, published, by }),
    'application/json',
  )
  await afterStep('audit')
  return { id, version, previous, created: true, dataset }
}

/** The ids of every published dataset, in the order they were first published. */
export async function readIndex(bucket: R2Bucket): Promise<string[]> {
  return (await readIndexEntries(bucket)).map((e) => e.id)
}

/** Puts a dataset's latest version into the index; a 503 when concurrent publishes keep it busy. */
async function addToIndex(bucket: R2Bucket, dataset: Dataset, published: string) {
  try {
    await upsertIndex(bucket, [indexEntryOf(dataset, published)])
  } catch (error) {
    if (error instanceof IndexBusyError) throw new StoreUnavailableError(error.message)
    throw error
  }
}

/** The latest pointer of a dataset, `undefined` if it was never published. */
export async function readLatest(bucket: R2Bucket, id: string): Promise<Latest | undefined> {
  const object = await bucket.get(latestKey(id))
  if (!object) return undefined
  const value = (await object.json()) as Partial<Latest>
  if (typeof value?.version !== 'string') throw new DataPackageError(`${latestKey(id)}: not a pointer`)
  return value as Latest
}

/** The record of a complete version, `undefined` if there is no such version (or it is partial). */
export async function readRecord(bucket: R2Bucket, id: string, version: string): Promise<VersionRecord | undefined> {
  const object = await bucket.get(fileKey(id, version, RECORD))
  return object ? ((await object.json()) as VersionRecord) : undefined
}

/**
 * The package of a complete version as stored, `undefined` if there is none. Throws
 * `DataPackageError` when the stored bytes are not what the version names (a corrupt object).
 */
export async function readSource(bucket: R2Bucket, id: string, version: string): Promise<PackageSource | undefined> {
  const [record, descriptorObject] = await Promise.all([
    bucket.get(fileKey(id, version, RECORD)),
    bucket.get(fileKey(id, version, DESCRIPTOR)),
  ])
  await record?.body.cancel()
  if (!record || !descriptorObject) return undefined
  const at = fileKey(id, version, DESCRIPTOR)
  let descriptor: unknown
  try {
    descriptor = JSON.parse(await descriptorObject.text())
  } catch {
    throw new DataPackageError(`${at}: not JSON`)
  }
  const resources = (descriptor as { resources?: unknown })?.resources
  const paths = Array.isArray(resources)
    ? resources.flatMap((r) => (typeof r?.path === 'string' && !r.path.includes('/') ? [r.path as string] : []))
    : []
  const texts = await Promise.all(paths.map((path) => bucket.get(fileKey(id, version, path))))
  const files: Record<string, string> = {}
  for (const [i, object] of texts.entries()) {
    if (!object) throw new DataPackageError(`${fileKey(id, version, paths[i]!)}: missing`)
    files[paths[i]!] = await object.text()
  }
  const source = { id, descriptor, files }
  if ((await contentVersion(source)) !== version)
    throw new DataPackageError(`${at}: content does not match the version`)
  return source
}

function contentTypeOf(file: string): string {
  return file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/octet-stream'
}
