import type { Context } from 'hono'
import { readRecord } from '../../data/store.ts'
import { formatPartialDate } from '../../data/vocabulary/index.ts'
import { toCsv } from '../api/csv.ts'
import { tableOf } from '../api/table.ts'
import { tallestHeight } from '../embed/height.ts'
import { DEFAULT_WIDTH } from '../embed/oembed.ts'
import { CARD, CHART_SCALE, pageColour, renderPng, socialCard, svgSize } from '../embed/png.ts'
import type { AppEnv } from '../env.ts'
import type { Asset } from '../lib/asset.ts'
import { descriptionIn, titleIn } from '../lib/dataset-text.ts'
import { publicOrigin } from '../lib/origin.ts'
import { CSL_JSON, chartCitation } from './cite.ts'
import { chartLinks } from './codes.ts'
import type { ResolvedChart } from './resolve.ts'
import { CHART_FILES, type ChartFiles, type ChartRecord, r2 } from './store.ts'

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
 * Renders a new chart once: its page (with the citation, the status notice and the frozen script),
 * the SVG, the PNG and the card (in the PNG Worker: the only PNG renders a chart ever costs), the
 * citation and the data; and its record. Nothing is written here.
 */
export async function renderChart(
  c: Context<AppEnv>,
  bucket: R2Bucket,
  { dataset, widget, view, image, page }: ResolvedChart,
  id: string,
  deploy: PublishDeploy,
): Promise<{ record: ChartRecord; files: ChartFiles; script: Asset }> {
  const origin = publicOrigin(c)
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
    widget: widget.name,
    options: image.given,
    renderer: deploy.rendererVersion,
    published: now,
    dataPublished,
    title: rendered.title,
    lang,
    height: tallestHeight(rendered, DEFAULT_WIDTH) + CITATION_LINE,
    script: script.hash,
  }
  const [png, cardPng] = await Promise.all([
    renderPng(c.env, svg, { width: Math.round(svgSize(svg).width * CHART_SCALE), background: pageColour(svg) }),
    renderPng(c.env, card, { width: CARD.width, background: pageColour(card) }),
  ])
  const resource = dataset.resources.find((r) => r.name === view.resource)!
  const csv = toCsv(tableOf(resource, { languages: dataset.languages, labelDate: formatPartialDate }))
  const files: ChartFiles = [
    [CHART_FILES.page, rendered.page(), 'text/html; charset=utf-8'],
    [CHART_FILES.svg, svg, 'image/svg+xml; charset=utf-8'],
    [CHART_FILES.png, png, 'image/png'],
    [CHART_FILES.card, cardPng, 'image/png'],
    [CHART_FILES.cite, chartCitation(record, links.page, PUBLISHER, titleIn(dataset, lang)), CSL_JSON],
    [CHART_FILES.csv, csv, 'text/csv; charset=utf-8; header=present'],
  ]
  return { record, files, script }
}
