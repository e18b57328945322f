import { Hono } from 'hono'
import type { Catalog } from '../../data/catalog.ts'
import { type Listing, pageOf } from '../../data/dataset-index.ts'
import { DataPackageError } from '../../data/schema.ts'
import { findWidget } from '../../widgets/registry.ts'
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
/** Datasets per page of the builder's list. */
const LIST_PAGE = 20

/** The builder's script with its content hash, hashed once per isolate. */
export function builderScript(): Promise<Asset> {
  return assets('builder', builderScriptSource)
}

/**
 * The embed builder at `/`: a searchable list of the datasets, a page at a time, a live preview, a form for the widget's
 * options (derived from the widget's own validator) and every code to copy. A plain GET form
 * that the server answers in full; `/assets/builder.<hash>.js` only makes it live.
 */
export const builder = new Hono<AppEnv>()

builder.get('/assets/:file{builder\\.[0-9a-f]{10}\\.js}', versionedScript({ name: 'builder', asset: builderScript }))

builder.get('/', async (c) => {
  // The index of datasets for the list; only the one dataset being built is loaded. One that fails
  // validation is listed as unavailable, with the validator's message for its maintainers.
  const all = await c.var.catalog.index()
  const listings = all.filter(
    (l): l is Extract<Listing, { available: true }> => l.available && l.widgets.some((w) => findWidget(w)),
  )
  const unavailable: UnavailableDataset[] = all.flatMap((l) => (l.available ? [] : [{ id: l.id, reason: l.problem }]))
  const charts = chartsOf(await chosenDataset(c.var.catalog, listings, new URL(c.req.url).searchParams))
  const { state, problems } = readBuilder(c.req.url, charts)
  const list = pageOf(listings, { ...state, limit: LIST_PAGE })
  const origin = publicOrigin(c)
  const [loaderAsset, script] = await Promise.all([embedLoader(c), builderScript()])
  const loader = { url: `${origin}/embed.${loaderAsset.hash}.js`, integrity: loaderAsset.integrity }
  const render = () => {
    const output = builderOutput(state, origin, loader)
    return builderPage({
      ...output,
      list,
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
    list.entries.map((entry) => `${entry.id}@${entry.version}/${entry.widgets}`),
    list.next,
    state.q,
    unavailable,
    state.chart.dataset.id,
    state.chart.dataset.version,
    state.chart.widget.name,
    state.params,
    state.width,
    state.version,
  ])
  // no-cache: the page hands out pinned versions, so it is revalidated (a 304) on every visit.
  return sendCached(c, await bodies(key, render), { type: HTML, kind: 'page', cacheControl: 'no-cache' })
})

/**
 * The one dataset the builder loads: the one asked for if it is listed and loads, else the first
 * listed that loads (one failing validation is skipped rather than breaking the page; an id that is
 * not listed is reported by `readBuilder`).
 */
async function chosenDataset(catalog: Catalog, listings: readonly Listing[], search: URLSearchParams) {
  const asked = search.getAll('dataset')
  const candidates = [...(asked.length === 1 ? listings.filter((l) => l.id === asked[0]) : []), ...listings]
  for (const { id } of candidates) {
    const dataset = await catalog.get(id).catch((error: unknown) => {
      if (error instanceof DataPackageError) return undefined
      throw error
    })
    if (dataset) return [dataset]
  }
  return []
}
