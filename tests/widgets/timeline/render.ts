import { bundledPackages } from '../../../data/bundled.ts'
import { loadPackage, type PackageSource } from '../../../data/schema.ts'
import type { Dataset } from '../../../data/types.ts'
import type { RenderContext } from '../../../widgets/registry.ts'
import { timeline } from '../../../widgets/timeline/index.ts'

/** The bundled Occupation in Figures dataset, validated as the Worker loads it. */
export function occupation(): Promise<Dataset> {
  return loadPackage(bundledPackages.find((p) => p.id === 'occupation-in-figures')!)
}

/** Any package, validated. */
export const load = (source: PackageSource): Promise<Dataset> => loadPackage(source)

const context = (dataset: Dataset): RenderContext => ({
  dataUrl: `https://factbox.example/api/v1/datasets/${dataset.id}/${dataset.views.timeline!.resource}.csv`,
})

/** The timeline of `dataset` for query parameters, as the embed route renders it. */
export function renderTimeline(dataset: Dataset, params: Record<string, string> = {}) {
  const view = dataset.views.timeline!
  return timeline.render(dataset, view, timeline.options(params, dataset, view), context(dataset))
}
