import { Hono } from 'hono'
import type { Catalog } from '../../data/catalog.ts'
import type { Dataset } from '../../data/types.ts'
import { embedLoader } from '../embed/loader.ts'
import { RENDERER_VERSION } from '../embed/renderer-version.ts'
import type { AppEnv } from '../env.ts'
import { type Asset, createAssetCache, versionedScript } from '../lib/asset.ts'
import { policyHeaders } from '../lib/headers.ts'
import { createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { builderOutput } from './codes.ts'
import { builderPage } from './page.tsx'
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
  const charts = chartsOf(await loadedDatasets(c.var.catalog))
  const { state, problems } = readBuilder(c.req.url, charts)
  const origin = publicOrigin(c)
  const [loaderAsset, script] = await Promise.all([embedLoader(c), builderScript()])
  const loader = { url: `${origin}/embed.${loaderAsset.hash}.js`, integrity: loaderAsset.integrity }
  const render = () => {
    const output = builderOutput(state, origin, loader)
    return builderPage({
      ...output,
      charts,
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
    state.chart.dataset.id,
    state.chart.widget.name,
    state.params,
    state.width,
    state.version,
  ])
  // no-cache: the page hands out pinned versions, so it is revalidated (a 304) on every visit.
  return sendCached(c, await bodies(key, render), { type: HTML, kind: 'page', cacheControl: 'no-cache' })
})

/** The datasets that load; one failing validation is left out rather than breaking the page. */
async function loadedDatasets(catalog: Catalog): Promise<Dataset[]> {
  const results = await Promise.allSettled((await catalog.list()).map((id) => catalog.get(id)))
  return results.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : []))
}
