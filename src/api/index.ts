import type { Context } from 'hono'
import { Hono } from 'hono'
import { type Listing, pageOf } from '../../data/dataset-index.ts'
import type { Dataset, Resource, Source } from '../../data/types.ts'
import { inLanguage, type Lang, formatPartialDate as labelDate } from '../../data/vocabulary/index.ts'
import type { AppEnv } from '../env.ts'
import { CORS } from '../lib/headers.ts'
import { CACHE_PINNED, CACHE_REVALIDATE, createBodyCache, sendCached } from '../lib/http-cache.ts'
import { publicOrigin } from '../lib/origin.ts'
import { notFound } from '../lib/problem.ts'
import { readParams } from '../lib/query.ts'
import { toCsv } from './csv.ts'
import { dataPackage } from './datapackage.ts'
import { apiDocsPage } from './docs-page.tsx'
import { openApiDocument } from './openapi.ts'
import { DEFAULT_LIMIT, parseLang, parsePage, parseSort } from './params.ts'
import { publishing } from './publish.ts'
import { sortableColumns, tableOf } from './table.ts'

/** The read-only JSON/CSV API, mounted at `/api/v1`. */
export const api = new Hono<AppEnv>()

const JSON_TYPE = 'application/json; charset=utf-8'
const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|csv)$/
const ROUTES = [
  '/datasets',
  '/datasets/:id',
  '/datasets/:id/datapackage.json',
  '/datasets/:id/versions',
  '/datasets/:id/:file',
  '/openapi.json',
  '/docs',
] as const
const ALLOW = 'GET, HEAD, OPTIONS'
const bodies = createBodyCache()
/** The answer to every CORS preflight: read-only methods, conditional requests, no credentials. */
const PREFLIGHT: Readonly<Record<string, string>> = {
  ...CORS,
  'Access-Control-Allow-Methods': ALLOW,
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Max-Age': '86400',
  Allow: ALLOW,
  'Cache-Control': 'public, max-age=86400',
  'X-Content-Type-Options': 'nosniff',
}

// Other methods are a 405 with Allow, as on every route (src/app.ts, answerOtherMethods).
for (const path of ROUTES) api.options(path, () => new Response(null, { status: 204, headers: PREFLIGHT }))

// Publishing and the versions list, before `/datasets/:id/:file` would take `versions` for a file.
api.route('/', publishing)

api.get('/datasets', async (c) => {
  const { catalog } = c.var
  const origin = publicOrigin(c)
  // The index of datasets (one small object per isolate), never a load of every dataset.
  const listings = await catalog.index()
  const request = parsePage(
    readParams(c.req.url, ['q', 'after', 'limit']),
    listings.map((l) => l.id),
  )
  const page = pageOf(listings, request)
  const entries = page.entries.map((listing) => listEntry(listing, origin))
  const next = page.next
    ? `${origin}/api/v1/datasets?${new URLSearchParams({
        ...(request.q ? { q: request.q } : {}),
        after: page.next,
        ...(request.limit !== DEFAULT_LIMIT ? { limit: String(request.limit) } : {}),
      })}`
    : null
  const key = JSON.stringify([
    'list',
    origin,
    request,
    page.total,
    entries.map((e) => ('version' in e ? `${e.id}@${e.version}` : `${e.id}!`)),
  ])
  const body = await bodies(key, () =>
    json({
      datasets: entries,
      total: page.total,
      links: { next, openapi: `${origin}/api/v1/openapi.json`, docs: `${origin}/api/v1/docs` },
    }),
  )
  const unavailable = entries.some((e) => !e.available)
  // A list that says a dataset is down is revalidated (cheap, with the ETag) rather than kept.
  return sendCached(c, body, { type: JSON_TYPE, kind: 'api', ...(unavailable ? { cacheControl: 'no-cache' } : {}) })
})

/**
 * One dataset of the list, from the index: its latest version's summary, or, when it fails
 * validation, its id marked unavailable with the validation message for its maintainers (it names
 * file, line and field, never a request's input), so that one broken package does not take the
 * others down. The full dataset (description, sources, licenses) is at `links.self`.
 */
function listEntry(listing: Listing, origin: string) {
  const self = `${origin}/api/v1/datasets/${listing.id}`
  if (!listing.available)
    return {
      id: listing.id,
      available: false as const,
      problem: { title: 'Dataset unavailable', detail: listing.problem },
      links: { self },
    }
  const { id, version, published, title, languages, updated, widgets, resources } = listing
  return {
    id,
    version,
    published,
    title,
    languages,
    updated,
    widgets: widgets.map((name) => ({ name, embed: `${origin}/embed/${id}/${name}` })),
    resources: resources.map(({ name, title, rowCount }) => ({
      name,
      title: title ?? name,
      rowCount,
      links: { json: `${self}/${name}.json`, csv: `${self}/${name}.csv` },
    })),
    links: { self, datapackage: `${self}/datapackage.json` },
    available: true as const,
  }
}

api.get('/datasets/:id', async (c) => {
  const { dataset, ref, cacheControl } = await findDataset(c, c.req.param('id'))
  const params = readParams(c.req.url, ['lang'])
  const lang = parseLang(params.lang, dataset.languages)
  const origin = publicOrigin(c)
  const body = await bodies(`dataset:${origin}:${ref}:${dataset.version}:${lang ?? '*'}`, () =>
    json({
      ...summary(dataset, origin, lang, ref),
      resources: dataset.resources.map((resource) => {
        const table = tableOf(resource, { lang, languages: dataset.languages, labelDate })
        return { ...resourceSummary(resource, origin, ref), columns: table.columns, rows: table.rows }
      }),
      descriptor: dataset.descriptor,
    }),
  )
  return sendCached(c, body, { type: JSON_TYPE, kind: 'api', cacheControl })
})

api.get('/datasets/:id/datapackage.json', async (c) => {
  const { dataset, cacheControl } = await findDataset(c, c.req.param('id'))
  const body = await bodies(`datapackage:${dataset.id}@${dataset.version}`, () => json(dataPackage(dataset)))
  return sendCached(c, body, { type: JSON_TYPE, kind: 'api', cacheControl })
})

api.get('/datasets/:id/:file', async (c) => {
  const { dataset, cacheControl } = await findDataset(c, c.req.param('id'))
  const match = FILE.exec(c.req.param('file'))
  const resource = match && dataset.resources.find((r) => r.name === match[1])
  if (!match || !resource)
    throw notFound(
      `Dataset "${dataset.id}" has no such file. Files: ${dataset.resources.flatMap((r) => [`${r.name}.json`, `${r.name}.csv`]).join(', ')}.`,
    )
  const format = match[2] as 'json' | 'csv'
  const params = readParams(c.req.url, ['lang', 'sort'])
  const lang = parseLang(params.lang, dataset.languages)
  const sort = parseSort(params.sort, sortableColumns(resource, { lang, languages: dataset.languages }))
  const key = `file:${dataset.id}@${dataset.version}:${resource.name}.${format}:${lang ?? '*'}:${params.sort ?? ''}`
  const body = await bodies(key, () => {
    const table = tableOf(resource, { lang, languages: dataset.languages, labelDate, ...(sort ? { sort } : {}) })
    if (format === 'csv') return toCsv(table)
    return json({
      dataset: dataset.id,
      resource: resource.name,
      version: dataset.version,
      lang: lang ?? null,
      sort: params.sort ?? null,
      columns: table.columns,
      rows: table.rows,
    })
  })
  if (format === 'json') return sendCached(c, body, { type: JSON_TYPE, kind: 'api', cacheControl })
  const filename = `${[dataset.id, resource.name, lang].filter(Boolean).join('-')}.csv`
  return sendCached(c, body, {
    type: 'text/csv; charset=utf-8; header=present',
    kind: 'api',
    cacheControl,
    headers: { 'Content-Disposition': `attachment; filename="${filename}"` },
  })
})

api.get('/openapi.json', async (c) => {
  const origin = publicOrigin(c)
  const body = await bodies(`openapi:${origin}`, () => json(openApiDocument(origin)))
  return sendCached(c, body, { type: JSON_TYPE, kind: 'api' })
})

api.get('/docs', async (c) => {
  const origin = publicOrigin(c)
  const body = await bodies(`docs:${origin}`, () => apiDocsPage(openApiDocument(origin)))
  return sendCached(c, body, { type: 'text/html; charset=utf-8', kind: 'page' })
})

/** A dataset path segment: `id` (its latest version) or `id@version` (exactly that version, for good). */
const DATASET_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([0-9a-f]{12}))?$/

/**
 * Looks a dataset up by a path segment that was checked first, so no prototype key can match. A
 * pin (`id@version`, what a pinned chart's "Get the data" links) serves that version or a 404,
 * never the latest; its `ref` goes into the links of the answer and its bytes are cached as a
 * pinned chart's are.
 */
async function findDataset(c: Context<AppEnv>, segment: string) {
  const match = DATASET_REF.exec(segment)
  const [id, version] = [match?.[1], match?.[2]]
  const dataset = id ? await c.var.catalog.get(id, version) : undefined
  if (!dataset && version && (await c.var.catalog.get(id!)))
    throw notFound(`Dataset "${id}" has no such version. Versions: ${publicOrigin(c)}/api/v1/datasets/${id}/versions.`)
  // Not every id: there may be thousands. The list is one link away.
  if (!dataset) throw notFound(`There is no dataset with this id. Datasets: ${publicOrigin(c)}/api/v1/datasets.`)
  return {
    dataset,
    ref: version ? `${dataset.id}@${version}` : dataset.id,
    cacheControl: version ? CACHE_PINNED : CACHE_REVALIDATE,
  }
}

/**
 * Cited sources as the descriptor gives them, or with `lang` each title in that language (falling
 * back to the citation in the dataset's first language), like every other text of a `lang` answer.
 */
const citations = (sources: readonly Source[], lang?: Lang) =>
  lang ? sources.map(({ i18n, ...s }) => ({ ...s, title: i18n?.[lang]?.title ?? s.title })) : sources

function summary(dataset: Dataset, origin: string, lang: Lang | undefined, ref: string) {
  const first = dataset.languages[0] ?? 'en'
  return {
    id: dataset.id,
    version: dataset.version,
    title: lang ? inLanguage(dataset.title, lang, first)?.text : dataset.title,
    description: lang ? inLanguage(dataset.description, lang, first)?.text : dataset.description,
    languages: dataset.languages,
    /** When our copy was compiled. */
    updated: dataset.updated,
    /** When the figures are as of (their source's publication), at its precision (`2016-04`). */
    asOf: dataset.asOf?.value ?? null,
    /** What changed since, cited; charts show it unless `context=none`. */
    context: dataset.context
      ? {
          text: lang ? inLanguage(dataset.context.text, lang, first)?.text : dataset.context.text,
          sources: citations(dataset.context.sources, lang),
        }
      : null,
    licenses: dataset.licenses,
    sources: citations(dataset.sources, lang),
    widgets: Object.keys(dataset.views).map((widget) => ({
      name: widget,
      embed: `${origin}/embed/${ref}/${widget}`,
    })),
    resources: dataset.resources.map((r) => resourceSummary(r, origin, ref)),
    links: {
      self: `${origin}/api/v1/datasets/${ref}`,
      datapackage: `${origin}/api/v1/datasets/${ref}/datapackage.json`,
    },
  }
}

function resourceSummary(resource: Resource, origin: string, ref: string) {
  const base = `${origin}/api/v1/datasets/${ref}/${resource.name}`
  return {
    name: resource.name,
    title: resource.title ?? resource.name,
    ...(resource.description ? { description: resource.description } : {}),
    sources: resource.sources,
    rowCount: resource.rows.length,
    links: { json: `${base}.json`, csv: `${base}.csv` },
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
