import { bundledPackages } from '../../../data/bundled.ts'
import { loadPackage } from '../../../data/schema.ts'
import type { Dataset } from '../../../data/types.ts'
import { bar } from '../../../widgets/bar-chart/index.ts'

/** The bundled Occupation in Figures dataset, validated as the Worker loads it. */
export function occupation(): Promise<Dataset> {
  return loadPackage(bundledPackages.find((p) => p.id === 'occupation-in-figures')!)
}

/** The bar chart of `dataset` for query parameters, as the embed route renders it. */
export function renderBar(dataset: Dataset, params: Record<string, string> = {}) {
  const view = dataset.views.bar!
  return bar.render(dataset, view, bar.options(params, dataset, view), {
    dataUrl: `https://factbox.example/api/v1/datasets/${dataset.id}/${view.resource}.csv`,
  })
}
