import type { PackageSource } from './schema.ts'
import { loadPackage } from './schema.ts'
import type { Dataset } from './types.ts'

/** The datasets a Worker serves, validated once per isolate, on first use. */
export interface Catalog {
  /** Ids of the datasets known without any I/O (the bundled ones, or a test's fixtures). */
  ids: readonly string[]
  /** Ids of every dataset, whether or not it loads, in a stable order. */
  list(): Promise<readonly string[]>
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
  return {
    ids,
    list: () => Promise.resolve(ids),
    async get(id, version) {
      const source = sources.get(id)
      if (!source) return undefined
      let dataset = loaded.get(id)
      if (!dataset) {
        dataset = loadPackage(source)
        loaded.set(id, dataset)
      }
      const value = await dataset
      return version === undefined || value.version === version ? value : undefined
    },
  }
}
