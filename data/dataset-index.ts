/**
 * The index of published datasets: one small R2 object, `index/datasets.json`, holding a summary of
 * each dataset's latest version (id, version, titles, languages, widgets, resources and their row
 * counts), rewritten at publish. The list API and the builder read it instead of listing the bucket
 * or loading every dataset; a dataset itself is loaded only when it is asked for.
 */
import type { Dataset } from './types.ts'
import type { Lang, LocalizedText } from './vocabulary/index.ts'

export const INDEX_OBJECT = 'index/datasets.json'

/** What the index says about one dataset: its latest version, in a few hundred bytes. */
export interface IndexEntry {
  id: string
  version: string
  /** ISO time the version was published; `null` for a bundled version never published to R2. */
  published: string | null
  title: LocalizedText
  languages: Lang[]
  /** When our copy was compiled (the descriptor's `updated`). */
  updated: string
  /** The widgets it has a view for. */
  widgets: string[]
  resources: { name: string; title?: string; rowCount: number }[]
}

/** A dataset as a listing shows it: its index entry, or why it cannot be served. */
export type Listing = ({ available: true } & IndexEntry) | { available: false; id: string; problem: string }

/** The index entry of a loaded version. */
export function indexEntryOf(dataset: Dataset, published: string | null): IndexEntry {
  return {
    id: dataset.id,
    version: dataset.version,
    published,
    title: dataset.title,
    languages: dataset.languages,
    updated: dataset.updated,
    widgets: Object.keys(dataset.views),
    resources: dataset.resources.map((r) => ({
      name: r.name,
      ...(r.title ? { title: r.title } : {}),
      rowCount: r.rows.length,
    })),
  }
}

/** The stored index: the entries in the order their datasets were first published. */
export interface StoredIndex {
  datasets: IndexEntry[]
}

/** Parses the stored index; anything that is not one is read as empty (the next publish rewrites it). */
export function parseIndex(text: string): IndexEntry[] {
  try {
    const value = JSON.parse(text) as Partial<StoredIndex>
    return Array.isArray(value?.datasets) ? value.datasets.filter((e) => typeof e?.id === 'string') : []
  } catch {
    return []
  }
}

/** Reads the index, `[]` when there is none yet. */
export async function readIndexEntries(bucket: R2Bucket): Promise<IndexEntry[]> {
  const object = await bucket.get(INDEX_OBJECT)
  return object ? parseIndex(await object.text()) : []
}

/**
 * Puts `entries` into the index (replacing the entry of the same id, appending a new id), over the
 * version read: a concurrent publish makes this read again and retry, with a jittered backoff.
 * Many entries at once cost one write (the bulk fill of `npm run bench:r2`).
 */
export async function upsertIndex(bucket: R2Bucket, entries: readonly IndexEntry[]): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
    const object = await bucket.get(INDEX_OBJECT)
    const current = object ? parseIndex(await object.text()) : []
    const at = new Map(current.map((e, i) => [e.id, i]))
    let changed = false
    for (const entry of entries) {
      const i = at.get(entry.id)
      if (i === undefined) {
        at.set(entry.id, current.length)
        current.push(entry)
        changed = true
      } else if (JSON.stringify(current[i]) !== JSON.stringify(entry)) {
        current[i] = entry
        changed = true
      }
    }
    if (!changed) return
    const put = await bucket.put(INDEX_OBJECT, JSON.stringify({ datasets: current } satisfies StoredIndex), {
      onlyIf: object ? { etagMatches: object.etag } : { etagDoesNotMatch: '*' },
      httpMetadata: { contentType: 'application/json' },
    })
    if (put) return
  }
  throw new IndexBusyError(`${INDEX_OBJECT}: too many concurrent publishes; try again`)
}

/** The index kept changing under a publish: the caller answers 503, and the publish can be retried. */
export class IndexBusyError extends Error {
  override name = 'IndexBusyError'
}

/**
 * The entries matching a search (every word in the id or a title, case-insensitively), from the
 * one after `after`, at most `limit`; `next` is the id to continue after, `null` on the last page.
 */
export function pageOf<E extends { id: string; title?: LocalizedText }>(
  entries: readonly E[],
  { q, after, limit }: { q?: string; after?: string; limit: number },
): { entries: E[]; total: number; next: string | null } {
  const words = (q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const matching = words.length
    ? entries.filter((e) => {
        const text = [e.id, ...Object.values(e.title ?? {})].join('\n').toLocaleLowerCase()
        return words.every((w) => text.includes(w))
      })
    : entries
  const start = after === undefined ? 0 : matching.findIndex((e) => e.id === after) + 1
  const page = matching.slice(start, start + limit)
  const more = start + limit < matching.length
  return { entries: page, total: matching.length, next: more ? page[page.length - 1]!.id : null }
}
