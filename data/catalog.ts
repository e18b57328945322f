import type { PackageSource } from './schema.ts'
import { loadPackage } from './schema.ts'
import type { Dataset } from './types.ts'

/** The datasets a Worker serves, validated once per isolate, on first use. */
export interface Catalog {
  /** Ids of every dataset, whether or not it loads. */
  ids: readonly string[]
  /** The dataset, `undefined` for an unknown id; rejects with the validation error of a broken one. */
  get(id: string): Promise<Dataset | undefined>
}

export function createCatalog(packages: readonly PackageSource[]): Catalog {
  const sources = new Map(packages.map((p) => [p.id, p]))
  const loaded = new Map<string, Promise<Dataset>>()
  return {
    ids: [...sources.keys()],
    get(id) {
      const source = sources.get(id)
      if (!source) return Promise.resolve(undefined)
      let dataset = loaded.get(id)
      if (!dataset) {
        dataset = loadPackage(source)
        loaded.set(id, dataset)
      }
      return dataset
    },
  }
}
