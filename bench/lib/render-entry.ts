/**
 * Bundled with esbuild for the render-CPU loop in plain Node: the same work the embed route does
 * per uncached page (read the parameters, normalize the options, render the page), minus HTTP.
 */

import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { rowIds, viewResource } from '../../data/columns.ts'
import type { Dataset } from '../../data/types.ts'
import { readParams } from '../../src/lib/query.ts'
import { findWidget } from '../../widgets/registry.ts'

const DATASET = 'occupation-in-figures'
const ORIGIN = 'https://factbox.example'

/** Loads the bundled dataset (validation included), as the Worker does on its first request. */
export async function loadDataset(): Promise<Dataset> {
  const dataset = await createCatalog(bundledPackages).get(DATASET)
  if (!dataset) throw new Error(`no dataset ${DATASET}`)
  return dataset
}

/** Ids of the rows widget `name` draws: the values `highlight` takes. */
export function highlightIds(dataset: Dataset, name: string): string[] {
  const view = dataset.views[name]
  if (!view) throw new Error(`no widget ${name}`)
  return rowIds(viewResource(dataset, view))
}

/** Renders widget `name`'s page for `query` (e.g. `lang=az&theme=dark`); returns its length. */
export function renderPage(dataset: Dataset, name: string, query = ''): number {
  return page(dataset, name, query).length
}

const encoder = new TextEncoder()

/**
 * {@link renderPage} and then what the route does with the page before it can answer: encode it
 * to UTF-8 (src/lib/http-cache.ts), which also flattens the string; returns the byte length.
 */
export function renderBytes(dataset: Dataset, name: string, query = ''): number {
  return encoder.encode(page(dataset, name, query)).length
}

function page(dataset: Dataset, name: string, query: string): string {
  const widget = findWidget(name)
  const view = dataset.views[name]
  if (!widget || !view) throw new Error(`no widget ${name}`)
  const params = readParams(`${ORIGIN}/embed/${DATASET}/${name}?${query}`, widget.params)
  const options = widget.options(params, dataset, view)
  const context = {
    dataUrl: `${ORIGIN}/api/v1/datasets/${DATASET}/${view.resource}.csv`,
    scriptUrl: '/embed/assets/enhance.0000000000.js',
  }
  return widget.render(dataset, view, options, context).page()
}
