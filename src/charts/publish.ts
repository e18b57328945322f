import type { Context } from 'hono'
import { readRecord } from '../../data/store.ts'
import type { Dataset } from '../../data/types.ts'
import { formatPartialDate, inLanguage, type Lang } from '../../data/vocabulary/index.ts'
import { findWidget, IMAGE_PARAMS } from '../../widgets/registry.ts'
import { toCsv } from '../api/csv.ts'
import { authorized } from '../api/publish.ts'
import { tableOf } from '../api/table.ts'
import { ID_PATTERN } from '../embed/embed-url.ts'
import { tallestHeight } from '../embed/height.ts'
import { embedLoader } from '../embed/loader.ts'
import { DEFAULT_WIDTH } from '../embed/oembed.ts'
import { CARD, CHART_SCALE, pageColour, renderPng, socialCard, svgSize } from '../embed/png.ts'
import { readWidgetOptions } from '../embed/widget-options.ts'
import type { AppEnv } from '../env.ts'
import type { Asset } from '../lib/asset.ts'
import { policyHeaders } from '../lib/headers.ts'
import { publicOrigin } from '../lib/origin.ts'
import { notFound, ProblemException } from '../lib/problem.ts'
import { CSL_JSON, chartCitation } from './cite.ts'
import { chartCodes, chartLinks } from './codes.ts'
import { withoutImageParams } from './params.ts'
import { type ChartRequest, readChartBody } from './request.ts'
import {
  auditKey,
  CHART_FILES,
  type ChartAudit,
  type ChartRecord,
  chartKey,
  putOnce,
  RECORD_FILE,
  r2,
  readChartRecord,
  scriptKey,
} from './store.ts'

/** Who publishes: the service's name, in citations and social cards. */
export const PUBLISHER = 'factbox'
/**
 * The "Cite this chart" line a published page adds under the source line (12 px type at 1.4, and
 * its 4 px margin), which the widgets' `heightAt` does not count: added to the codes' height.
 */
const CITATION_LINE = 21

/** What the publish handler needs besides the request: the deploy it freezes charts with. */
export interface PublishDeploy {
  rendererVersion: string
  script: () => Promise<Asset>
  now: () => Date
}

/**
 * `POST /api/v1/charts`: freezes one chart. Same token and rate limit as publishing a dataset
 * (src/api/publish.ts); options read by the same `readWidgetOptions()` as the embed route. A
 * request already published (same canonical request and renderer) answers 200 with its record and
 * writes nothing; a new one renders page, SVG, PNG and card once, writes them once, and answers 201.
 */
export async function publishChart(c: Context<AppEnv>, deploy: PublishDeploy): Promise<Response> {
  const bucket = c.env.DATASETS as R2Bucket | undefined
  if (!bucket)
    throw new ProblemException(405, {
      title: 'Method not allowed',
      detail: 'This server has no storage for published charts.',
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    })
  // Also the bound on publishing's PNG renders (two per new chart, none for a repeat), counted before
  // the token and any render: at most 20 a minute per client, under the 30 of live PNGs. PNG_RENDERS
  // (5 per 10 s) would refuse an editor's third publish in 10 s, after its validation.
  const { success } = await c.env.PUBLISH_RATE.limit({ key: c.req.header('CF-Connecting-IP') ?? 'local' })
  if (!success)
    throw new ProblemException(429, {
      title: 'Too many publishes',
      detail: 'Too many publishes from this client: try again in a minute.',
      headers: { 'Retry-After': '60' },
    })
  if (!(await authorized(c.req.header('Authorization'), c.env.PUBLISH_TOKEN)))
    throw new ProblemException(401, {
      title: 'Unauthorized',
      detail: 'A valid publishing token is required (Authorization: Bearer <token>).',
      headers: { 'WWW-Authenticate': 'Bearer realm="factbox publishing"' },
    })
  const request = await readChartBody(c)
  const { dataset, widget, view } = await resolve(c, request)
  // Stricter than a query string, whose unknown parameters are ignored: a misspelt option in a body
  // would freeze a chart without it, forever.
  const known: readonly string[] = [...widget.params, ...IMAGE_PARAMS]
  for (const name of Object.keys(request.options))
    if (!known.includes(name))
      throw new ProblemException(422, {
        title: 'Invalid body',
        detail: `options: ${widget.name} has no parameter "${name.slice(0, 40)}".`,
        parameter: 'options',
        allowed: known,
      })
  const image = readWidgetOptions(new URLSearchParams(request.options), widget, dataset, view, { image: true })
  const pageGiven = withoutImageParams(image.given)
  const page = readWidgetOptions(new URLSearchParams(pageGiven), widget, dataset, view)
  const id = await chartId(dataset, request.widget, image.given, deploy.rendererVersion)
  const origin = publicOrigin(c)
  const loader = await embedLoader(c)
  const answer = (record: ChartRecord, status: 200 | 201) =>
    c.json(
      {
        id,
        dataset: record.dataset,
        version: record.version,
        widget: record.widget,
        options: record.options,
        published: record.published,
        links: chartLinks(origin, id),
        codes: chartCodes(origin, record, { url: `${origin}/embed.${loader.hash}.js`, integrity: loader.integrity }),
      },
      status,
      { ...policyHeaders('api', ''), 'Cache-Control': 'no-store', Location: `${origin}/c/${id}` },
    )

  const existing = await readChartRecord(bucket, id)
  if (existing) {
    if (existing.dataset !== dataset.id || existing.version !== dataset.version || existing.widget !== request.widget)
      throw new ProblemException(409, {
        title: 'Conflict',
        detail: 'Another chart holds this id; nothing was written.',
      })
    return answer(existing, 200)
  }

  const now = deploy.now().toISOString()
  const dataRecord = await r2(readRecord(bucket, dataset.id, dataset.version), dataset.id)
  const dataPublished = dataRecord?.published ?? null
  const script = await deploy.script()
  const links = chartLinks(origin, id)
  const lang = page.options.lang
  const dataUrl = links.data
  const rendered = widget.render(dataset, view, page.options, {
    dataUrl,
    scriptUrl: `/c/assets/enhance.${script.hash}.js`,
    head: {
      canonical: links.page,
      oembed: `${origin}/oembed?${new URLSearchParams({ url: links.page, format: 'json' })}`,
      image: { url: links.card, ...CARD },
      description: descriptionIn(dataset, lang),
      siteName: PUBLISHER,
    },
    published: {
      url: links.page,
      citeUrl: `/c/${id}/cite.json`,
      statusUrl: `/c/${id}/status.json`,
      publisher: PUBLISHER,
      published: now.slice(0, 10),
      dataVersion: dataset.version,
      ...(dataPublished ? { dataDay: dataPublished.slice(0, 10) } : {}),
    },
  })
  const svg = widget.render(dataset, view, image.options, { dataUrl }).svg()
  const card = rendered.card?.() ?? socialCard(widget.render(dataset, view, page.options, { dataUrl }).svg())
  const record: ChartRecord = {
    id,
    dataset: dataset.id,
    version: dataset.version,
    widget: request.widget,
    options: image.given,
    renderer: deploy.rendererVersion,
    published: now,
    dataPublished,
    title: rendered.title,
    lang,
    height: tallestHeight(rendered, DEFAULT_WIDTH) + CITATION_LINE,
    script: script.hash,
  }
  // The PNGs are rendered here, once per chart; serving them never renders.
  const [png, cardPng] = await Promise.all([
    renderPng(c.env, svg, { width: Math.round(svgSize(svg).width * CHART_SCALE), background: pageColour(svg) }),
    renderPng(c.env, card, { width: CARD.width, background: pageColour(card) }),
  ])
  const resource = dataset.resources.find((r) => r.name === view.resource)!
  const csv = toCsv(tableOf(resource, { languages: dataset.languages, labelDate: formatPartialDate }))
  const files: [string, string | Uint8Array, string][] = [
    [CHART_FILES.page, rendered.page(), 'text/html; charset=utf-8'],
    [CHART_FILES.svg, svg, 'image/svg+xml; charset=utf-8'],
    [CHART_FILES.png, png, 'image/png'],
    [CHART_FILES.card, cardPng, 'image/png'],
    [CHART_FILES.cite, chartCitation(record, links.page, PUBLISHER, titleIn(dataset, lang)), CSL_JSON],
    [CHART_FILES.csv, csv, 'text/csv; charset=utf-8; header=present'],
  ]
  await putOnce(bucket, scriptKey(script.hash), script.body, 'text/javascript; charset=utf-8')
  await Promise.all(files.map(([file, body, type]) => putOnce(bucket, chartKey(id, file), body, type)))
  // The record last: a chart exists once it is written, so an interrupted publish is finished by the next.
  const created = await putOnce(bucket, chartKey(id, RECORD_FILE), JSON.stringify(record), 'application/json')
  if (created) await putOnce(bucket, auditKey(id, now), JSON.stringify(auditOf(record)), 'application/json')
  return answer(created ? record : ((await readChartRecord(bucket, id)) ?? record), created ? 201 : 200)
}

/** The audit record of a chart this request created. */
function auditOf({ id, dataset, version, widget, options, renderer, published }: ChartRecord): ChartAudit {
  return { id, dataset, version, widget, options, renderer, published, by: 'PUBLISH_TOKEN' }
}

/** The dataset (its exact version), the widget and the view a request names; 404 or 422 naming the field. */
async function resolve(c: Context<AppEnv>, request: ChartRequest) {
  const dataset = await c.var.catalog.get(request.dataset, request.version)
  if (!dataset)
    throw notFound(request.version ? 'This dataset has no such version.' : 'There is no dataset with this id.')
  const views = Object.keys(dataset.views)
  const widget = ID_PATTERN.test(request.widget) ? findWidget(request.widget) : undefined
  const view = widget && Object.hasOwn(dataset.views, request.widget) ? dataset.views[request.widget] : undefined
  if (!widget || !view)
    throw new ProblemException(422, {
      title: 'Invalid body',
      detail: `widget: this dataset has no such widget (it has: ${views.join(', ')}).`,
      parameter: 'widget',
      allowed: views,
    })
  return { dataset, widget, view }
}

/**
 * The chart's id: the first 16 hex digits (64 bits) of the SHA-256 of the canonical request (dataset,
 * exact version, widget, the given options sorted) and the renderer version.
 */
export async function chartId(
  dataset: Dataset,
  widget: string,
  options: Record<string, string>,
  rendererVersion: string,
): Promise<string> {
  const sorted = Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const canonical = JSON.stringify([dataset.id, dataset.version, widget, sorted, rendererVersion])
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)))
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')
}

function descriptionIn(dataset: Dataset, lang: Lang): string {
  return inLanguage(dataset.description, lang, dataset.languages[0] ?? lang)?.text ?? ''
}

function titleIn(dataset: Dataset, lang: Lang): string {
  return inLanguage(dataset.title, lang, dataset.languages[0] ?? lang)?.text ?? dataset.id
}
