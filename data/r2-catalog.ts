import type { Catalog } from './catalog.ts'
import { INDEX_OBJECT, indexEntryOf, type Listing, parseIndex } from './dataset-index.ts'
import { createLru, type LruOptions } from './lru.ts'
import { contentVersion, DataPackageError, loadPackage, type PackageSource } from './schema.ts'
import {
  type PublishOptions,
  type PublishResult,
  publishPackage,
  readLatest,
  readRecord,
  readSource,
  StoreUnavailableError,
  type VersionRecord,
} from './store.ts'
import type { Dataset } from './types.ts'

/** Options of `r2Catalogs`. */
export interface R2CatalogOptions extends LruOptions {
  /** Served when R2 has nothing under their id or version: the bundled packages. @default [] */
  defaults?: readonly PackageSource[]
  /** How long one R2 read may take before the request is a 503. @default 3000 */
  timeoutMs?: number
  /**
   * How long this isolate trusts a latest pointer (and the index of datasets) before reading it
   * again: the staleness bound of an unpinned URL. A publish through this isolate moves it at once;
   * other isolates follow within this time. Pinned versions never read the pointer.
   * @default 5000
   */
  pointerTtlMs?: number
  /**
   * Past `pointerTtlMs` and up to this age, a pointer whose version this isolate holds parsed is
   * still used while it is read again in the background (stale-while-revalidate), so a warm request
   * never waits on R2. The worst-case staleness of an unpinned URL; beyond it the read is awaited.
   * @default 60000
   */
  pointerMaxStaleMs?: number
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number
}

/** A page of a dataset's versions, newest first; `next` is the cursor of the following page. */
export interface VersionPage {
  versions: (Omit<VersionRecord, 'published'> & { published: string | null })[]
  next: string | null
}

/** A catalog over the R2 record, which can also publish and list versions. */
export interface R2Catalog extends Catalog {
  publish(source: PackageSource, options?: PublishOptions): Promise<PublishResult>
  /** Versions older than `before` (or from the latest), at most `limit`; `undefined` for an unknown id. */
  versions(id: string, options: { before?: string; limit: number }): Promise<VersionPage | undefined>
}

const defaults = { defaults: [], timeoutMs: 3000, pointerTtlMs: 5000, pointerMaxStaleMs: 60_000, now: Date.now }

/** The parsed index of datasets as this isolate holds it. */
interface IndexCache {
  listings: Listing[]
  etag: string
  at: number
}
/** Its key in the cache, which no `id@version` can take. */
const INDEX_KEY = 'index'

/**
 * Per-isolate state (parsed versions in an LRU bounded by count and bytes, latest pointers) shared
 * by the catalogs this returns, one per bucket binding. A pinned version is immutable, so once
 * parsed it is served from memory for as long as it stays in the LRU, even while R2 is down.
 */
export function r2Catalogs(
  options: R2CatalogOptions = {},
): (bucket: R2Bucket, waitUntil?: (promise: Promise<unknown>) => void) => R2Catalog {
  const { defaults: packages, timeoutMs, pointerTtlMs, pointerMaxStaleMs, now, ...lru } = { ...defaults, ...options }
  // Parsed versions and the parsed index of datasets share one budget of entries and bytes.
  const cache = createLru<Promise<Dataset | undefined> | IndexCache>(lru)
  const datasets = {
    get: (key: string) => {
      const hit = cache.get(key)
      return hit instanceof Promise ? hit : undefined
    },
    set: (key: string, value: Promise<Dataset | undefined>, bytes: number) => cache.set(key, value, bytes),
    delete: (key: string) => cache.delete(key),
  }
  const records = createLru<VersionRecord>({ maxEntries: 1000 })
  // Small ({ version, at }), but one per dataset asked for: bounded too.
  const pointers = createLru<{ version: string | undefined; at: number }>({ maxEntries: 10_000 })
  let bundledListings: Promise<Listing[]> | undefined
  const bundled = new Map(packages.map((p) => [p.id, p]))
  const bundledVersions = new Map<string, Promise<string>>()
  const logged = new Set<string>()

  /** One R2 operation, bounded in time; any R2 failure becomes a StoreUnavailableError. */
  function timed<T>(operation: Promise<T>, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError(`${what}: R2 did not answer in ${timeoutMs} ms`)),
        timeoutMs,
      )
    })
    return Promise.race([operation, timeout])
      .catch((error: unknown) => {
        if (error instanceof DataPackageError || error instanceof StoreUnavailableError) throw error
        throw new StoreUnavailableError(`${what}: ${error instanceof Error ? error.message : String(error)}`)
      })
      .finally(() => clearTimeout(timer))
  }

  /** The bundled packages as index entries, for those R2 has not got (never published). */
  function bundledIndex(): Promise<Listing[]> {
    return Promise.all(
      packages.map((source) =>
        loadPackage(source).then(
          (dataset): Listing => ({ available: true, ...indexEntryOf(dataset, null) }),
          (error: unknown): Listing => {
            if (!(error instanceof DataPackageError)) throw error
            return { available: false, id: source.id, problem: error.message }
          },
        ),
      ),
    )
  }

  function bundledVersion(id: string): Promise<string> | undefined {
    const source = bundled.get(id)
    if (!source) return undefined
    let version = bundledVersions.get(id)
    if (!version) bundledVersions.set(id, (version = contentVersion(source)))
    return version
  }

  const refreshing = new Map<string, Promise<unknown>>()

  /**
   * The catalog over one bucket; `waitUntil` (the request's) keeps a background pointer read alive
   * after the response is sent.
   */
  return function catalogOf(bucket, waitUntil = (promise) => void promise) {
    async function latestVersion(id: string): Promise<string | undefined> {
      const cached = pointers.get(id)
      const age = cached ? now() - cached.at : Number.POSITIVE_INFINITY
      if (age < pointerTtlMs) return cached!.version
      // Stale but young enough, and its version is held: answer with it, read the pointer behind.
      if (age < pointerMaxStaleMs && cached?.version && datasets.get(`${id}@${cached.version}`)) {
        if (!refreshing.has(id)) {
          const refresh = readPointer(id, cached)
            .catch(() => undefined)
            .finally(() => refreshing.delete(id))
          refreshing.set(id, refresh)
          waitUntil(refresh)
        }
        return cached.version
      }
      return readPointer(id, cached)
    }

    async function readPointer(id: string, cached: { version: string | undefined } | undefined) {
      try {
        const latest = await timed(readLatest(bucket, id), id)
        const version = latest?.version ?? (await bundledVersion(id))
        pointers.set(id, { version, at: now() }, 0)
        return version
      } catch (error) {
        // R2 is down: the version this isolate last knew as latest, if it still holds it.
        if (error instanceof StoreUnavailableError && cached?.version && datasets.get(`${id}@${cached.version}`))
          return cached.version
        throw error
      }
    }

    function load(id: string, version: string): Promise<Dataset | undefined> {
      const key = `${id}@${version}`
      const hit = datasets.get(key)
      if (hit) return hit
      let bytes = 0
      const dataset = (async () => {
        const stored = await timed(readSource(bucket, id, version), key)
        const source =
          stored ?? (bundled.has(id) && (await bundledVersion(id)) === version ? bundled.get(id) : undefined)
        if (!source) return undefined
        bytes = Object.values(source.files).reduce((sum, text) => sum + text.length * 2, 0)
        return loadPackage(source)
      })()
      datasets.set(key, dataset, 0)
      dataset.then(
        (value) => (value ? datasets.set(key, dataset, bytes) : datasets.delete(key)),
        (error: unknown) => {
          // A corrupt version stays corrupt (the key is its content hash): keep the failure, log it once.
          if (!(error instanceof DataPackageError)) return datasets.delete(key)
          if (!logged.has(key)) console.error(`dataset ${key} is corrupt: ${error.message}`)
          logged.add(key)
        },
      )
      return dataset
    }

    async function record(id: string, version: string): Promise<VersionRecord | undefined> {
      const key = `${id}@${version}`
      const hit = records.get(key)
      if (hit) return hit
      const value = await timed(readRecord(bucket, id, version), key)
      if (value) records.set(key, value, 1)
      return value
    }

    /**
     * The index of datasets: the bundled packages (each loaded once per isolate) overlaid by the R2
     * index, which is revalidated by ETag once `pointerTtlMs` has passed (an unchanged index is
     * not read again). When R2 is down, the copy this isolate holds.
     */
    async function index(): Promise<readonly Listing[]> {
      const held = cache.get(INDEX_KEY)
      const cached = held instanceof Promise ? undefined : held
      if (cached && now() - cached.at < pointerTtlMs) return cached.listings
      try {
        const object = await timed(
          bucket.get(INDEX_OBJECT, cached ? { onlyIf: { etagDoesNotMatch: cached.etag } } : {}),
          INDEX_OBJECT,
        )
        if (cached && object && !('body' in object)) {
          cached.at = now()
          return cached.listings
        }
        const text = object && 'body' in object ? await timed(object.text(), INDEX_OBJECT) : '{}'
        const published = parseIndex(text)
        const at = new Map(published.map((e) => [e.id, e]))
        const base = (bundledListings ??= bundledIndex())
        const listings: Listing[] = (await base).map((l) => {
          const entry = at.get(l.id)
          return entry ? { available: true, ...entry } : l
        })
        const known = new Set(listings.map((l) => l.id))
        for (const entry of published) if (!known.has(entry.id)) listings.push({ available: true, ...entry })
        cache.set(INDEX_KEY, { listings, etag: object?.etag ?? '', at: now() }, text.length * 2)
        return listings
      } catch (error) {
        if (cached) return cached.listings
        throw error
      }
    }

    return {
      ids: [...bundled.keys()],
      index,
      async list() {
        return (await index()).map((l) => l.id)
      },
      async get(id, version) {
        const at = version ?? (await latestVersion(id))
        return at === undefined ? undefined : load(id, at)
      },
      async publish(source, options) {
        const result = await publishPackage(bucket, source, options)
        if (result.created) pointers.set(source.id, { version: result.version, at: now() }, 0)
        // This isolate lists what it published at once.
        cache.delete(INDEX_KEY)
        return result
      },
      async versions(id, { before, limit }) {
        const latest = await latestVersion(id)
        if (latest === undefined) return undefined
        let cursor: string | null = latest
        if (before !== undefined) cursor = (await record(id, before))?.previous ?? null
        const versions: VersionPage['versions'] = []
        while (cursor !== null && versions.length < limit) {
          const entry: VersionRecord | undefined = await record(id, cursor)
          // A bundled dataset not yet seeded into R2: its one version, never published.
          if (!entry) {
            versions.push({ id, version: cursor, previous: null, published: null, changes: {} })
            cursor = null
            break
          }
          versions.push(entry)
          cursor = entry.previous
        }
        return { versions, next: cursor }
      },
    }
  }
}
