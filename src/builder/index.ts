import { Hono } from 'hono'
import type { Catalog } from '../../data/catalog.ts'
import { DataPackageError } from '../../data/schema.ts'
import type { Dataset } from '../../data/types.ts'
import { embedLoader } from '../embed/loader.ts'
import { RENDERER_VERSION } from '../embed/renderer-version.ts'
import type { AppEnv } from '../env.ts'
import { type Asset, createAssetCache, versionedScript } from '../lib/asset.ts'
import { policyHeaders } from '../lib/headers.ts'
import { createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { builderOutput } from './codes.ts'
import { builderPage, type UnavailableDataset } from './page.tsx'
import { builderScriptSource } from './script.ts'
import { chartsOf, readBuilder } from './state.ts'

const HTML = 'text/html; charset=utf-8'
const assets = createAssetCache()
const bodies = createBodyCache(200, RENDERER_VERSION)

/** The builder's script with its content hash, hashed once per isolate. */
export function builderScript(): Promise<Asset> {
  return assets('builder', builderScriptSource)
}

/**
 * The embed builder at `/`: every dataset and widget, a live preview, a form for the widget's
 * options (derived from the widget's own validator) and every code to copy. A plain GET form
 * that the server answers in full; `/assets/builder.<hash>.js` only makes it live.
 */
export const builder = new Hono<AppEnv>()

builder.get('/assets/:file{builder\\.[0-9a-f]{10}\\.js}', versionedScript({ name: 'builder', asset: builderScript }))

builder.get('/', async (c) => {
  const { datasets, unavailable } = await loadedDatasets(c.var.catalog)
  const charts = chartsOf(datasets)
  const { state, problems } = readBuilder(c.req.url, charts)
  const origin = publicOrigin(c)
  const [loaderAsset, script] = await Promise.all([embedLoader(c), builderScript()])
  const loader = { url: `${origin}/embed.${loaderAsset.hash}.js`, integrity: loaderAsset.integrity }
  const render = () => {
    const output = builderOutput(state, origin, loader)
    return builderPage({
      ...output,
      charts,
      unavailable,
      state,
      problems,
      loader,
      scriptPath: `/assets/builder.${script.hash}.js`,
    })
  }
  // A bad option is answered with the form and what was wrong, as a 400 that no cache keeps.
  if (problems.length)
    return new Response(render(), {
      status: 400,
      headers: {
        ...policyHeaders('page', c.env?.FRAME_ANCESTORS ?? ''),
        'Content-Type': HTML,
        'Cache-Control': 'no-store',
      },
    })
  const key = JSON.stringify([
    origin,
    loaderAsset.hash,
    script.hash,
    charts.map((chart) => `${chart.dataset.id}@${chart.dataset.version}/${chart.widget.name}`),
    unavailable,
    state.chart.dataset.id,
    state.chart.widget.name,
    state.params,
    state.width,
    state.version,
  ])
  // no-cache: the page hands out pinned versions, so it is revalidated (a 304) on every visit.
  return sendCached(c, await bodies(key, render), { type: HTML, kind: 'page', cacheControl: 'no-cache' })
})

/**
 * The datasets that load, and those that fail validation with the validator's message (file, line
 * and field): the page lists a broken one as unavailable, with that reason for its maintainers,
 * rather than breaking or silently dropping it. Any other failure (R2 down) propagates.
 */
async function loadedDatasets(catalog: Catalog): Promise<{ datasets: Dataset[]; unavailable: UnavailableDataset[] }> {
  const ids = await catalog.list()
  const results = await Promise.allSettled(ids.map((id) => catalog.get(id)))
  const datasets: Dataset[] = []
  const unavailable: UnavailableDataset[] = []
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      if (result.value) datasets.push(result.value)
    } else if (result.reason instanceof DataPackageError)
      unavailable.push({ id: ids[i]!, reason: result.reason.message })
    else throw result.reason
  })
  return { datasets, unavailable }
}
