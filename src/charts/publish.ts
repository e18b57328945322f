import type { Context } from 'hono'
import { embedLoader } from '../embed/loader.ts'
import type { AppEnv } from '../env.ts'
import { policyHeaders } from '../lib/headers.ts'
import { publicOrigin } from '../lib/origin.ts'
import { ProblemException } from '../lib/problem.ts'
import { admitPublisher } from '../lib/publisher.ts'
import { chartId } from './chart-id.ts'
import { chartCodes, chartLinks } from './codes.ts'
import { type PublishDeploy, renderChart } from './render.ts'
import { readChartBody } from './request.ts'
import { resolveChart } from './resolve.ts'
import { type ChartRecord, readChartRecord, writeAudit, writeChart } from './store.ts'

export type { PublishDeploy } from './render.ts'

/** Who publishes, in the audit records: the name of the token, never its value. */
const BY = 'PUBLISH_TOKEN'

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
  await admitPublisher(c)
  const request = await readChartBody(c)
  const chart = await resolveChart(c, request)
  const { dataset } = chart
  const id = await chartId(dataset, request.widget, chart.image.given, deploy.rendererVersion)
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
    await writeAudit(bucket, existing, BY)
    return answer(existing, 200)
  }
  const { record, files, script } = await renderChart(c, bucket, chart, id, deploy)
  const created = await writeChart(bucket, record, files, script, BY)
  return answer(created ? record : ((await readChartRecord(bucket, id)) ?? record), created ? 201 : 200)
}
