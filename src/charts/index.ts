import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createAssetCache } from '../lib/asset.ts'
import { ProblemException } from '../lib/problem.ts'
import { CHART_DEFAULTS, type ChartOptions } from './options.ts'
import { publishChart } from './publish.ts'
import { serveChartFile, serveChartScript, serveChartStatus } from './serve.ts'

export type { ChartOptions } from './options.ts'

/** Whether a path is a published chart's page (`/c/{id}`, not its images or files): its errors show in an iframe. */
export function isChartPagePath(pathname: string): boolean {
  return /^\/c\/[^/.]+$/.test(pathname) && pathname !== '/c/assets'
}

/**
 * Published charts, mounted at `/`: `POST /api/v1/charts` freezes a chart (token, rate limit), and
 * `/c/{id}` (page), `/c/{id}.svg`, `/c/{id}.png`, `/c/{id}/card.png`, `/c/{id}/cite.json`,
 * `/c/{id}/data.csv` serve its stored bytes, immutable; `/c/{id}/status.json` (not frozen) says
 * whether its data has a newer version; `/c/assets/enhance.<hash>.js` is the script it was frozen with.
 * Live embeds (`/embed/…`) are unchanged.
 */
export function chartRoutes(options: ChartOptions = {}) {
  const { rendererVersion, script, now } = { ...CHART_DEFAULTS, ...options } satisfies Required<ChartOptions>
  const assets = createAssetCache()
  const deploy = { rendererVersion, now, script: () => assets('enhance', () => script) }
  const routes = new Hono<AppEnv>()

  routes.post('/api/v1/charts', (c) => publishChart(c, deploy))
  routes.all('/api/v1/charts', function otherMethod() {
    throw new ProblemException(405, {
      title: 'Method not allowed',
      detail: 'Publish a chart with POST.',
      headers: { Allow: 'POST' },
    })
  })
  routes.get('/c/assets/:file{enhance\\.[0-9a-f]{10}\\.js}', (c) =>
    serveChartScript(c, c.req.param('file').slice('enhance.'.length, -'.js'.length)),
  )
  routes.get('/c/:file', (c) => {
    const [, id = '', format] = /^([^.]*)(?:\.(svg|png))?$/.exec(c.req.param('file')) ?? []
    return serveChartFile(c, id, format === 'svg' ? 'svg' : format === 'png' ? 'png' : 'page')
  })
  routes.get('/c/:id/:file{card\\.png|cite\\.json|data\\.csv|status\\.json}', (c) => {
    const id = c.req.param('id')
    const file = c.req.param('file')
    if (file === 'status.json') return serveChartStatus(c, id)
    return serveChartFile(c, id, file === 'card.png' ? 'card' : file === 'cite.json' ? 'cite' : 'csv')
  })
  return routes
}
