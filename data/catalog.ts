import { indexEntryOf, type Listing } from './dataset-index.ts'
import type { PackageSource } from './schema.ts'
import { DataPackageError, loadPackage } from './schema.ts'
import type { Dataset } from './types.ts'

/** The datasets a Worker serves, validated once per isolate, on first use. */
export interface Catalog {
  /** Ids of the datasets known without any I/O (the bundled ones, or a test's fixtures). */
  ids: readonly string[]
  /** Ids of every dataset, whether or not it loads, in a stable order. */
  list(): Promise<readonly string[]>
  /**
   * Every dataset as the index of datasets summarizes its latest version, in the order of `list()`:
   * what a listing shows without loading each dataset (data/dataset-index.ts).
   */
  index(): Promise<readonly Listing[]>
  /**
   * The dataset (its latest version, or exactly `version` when given), `undefined` for an unknown id
   * or version; rejects with the validation error of a broken one.
   */
  get(id: string, version?: string): Promise<Dataset | undefined>
}

/** A catalog over packages held in memory: the bundled ones, or a test's fixtures. */
export function createCatalog(packages: readonly PackageSource[]): Catalog {
  const sources = new Map(packages.map((p) => [p.id, p]))
  const loaded = new Map<string, Promise<Dataset>>()
  const ids = [...sources.keys()]
  function load(id: string): Promise<Dataset> | undefined {
    const source = sources.get(id)
    if (!source) return undefined
    let dataset = loaded.get(id)
    if (!dataset) {
      dataset = loadPackage(source)
      loaded.set(id, dataset)
    }
    return dataset
  }
  return {
    ids,
    list: () => Promise.resolve(ids),
    // In memory, a few packages: the index is each one loaded (one failing validation says why).
    index: () =>
      Promise.all(
        ids.map((id) =>
          load(id)!.then(
            (dataset): Listing => ({ available: true, ...indexEntryOf(dataset, null) }),
            (error: unknown): Listing => {
              if (!(error instanceof DataPackageError)) throw error
              return { available: false, id, problem: error.message }
            },
          ),
        ),
      ),
    async get(id, version) {
      const value = await load(id)
      return value && (version === undefined || value.version === version) ? value : undefined
    },
  }
}
