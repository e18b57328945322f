import { bundledPackages } from '../../../data/bundled.ts'
import { loadPackage } from '../../../data/schema.ts'
import type { Dataset } from '../../../data/types.ts'

/** The bundled Occupation in Figures dataset, validated as the Worker loads it. */
export function occupation(): Promise<Dataset> {
  return loadPackage(bundledPackages.find((p) => p.id === 'occupation-in-figures')!)
}
