import type { Context } from 'hono'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Catalog } from '../data/catalog.ts'
import { DataPackageError } from '../data/schema.ts'
import { OptionError } from '../data/vocabulary/index.ts'
import { api } from './api/index.ts'
import { builder } from './builder/index.ts'
import { isWidgetPagePath } from './embed/embed-url.ts'
import { embedErrorPage } from './embed/error-page.tsx'
import { embed } from './embed/index.ts'
import type { AppEnv } from './env.ts'
import { policyHeaders } from './lib/headers.ts'
import { type ProblemDetails, ProblemException, statusPhrase } from './lib/problem.ts'

/**
 * Builds the factbox app over a catalog of datasets: the bundled one in production
 * (`src/index.ts`), fixtures in tests.
 */
export function createApp(catalog: Catalog) {
  const app = new Hono<AppEnv>()
  app.use(async function provideCatalog(c, next) {
    c.set('catalog', catalog)
    await next()
  })
  app.route('/api/v1', api)
  app.route('/', embed)
  app.route('/', builder)
  // A trivial route: for uptime checks, and as the baseline the benchmark compares routes against.
  app.get('/health', (c) => c.text('ok', 200, { ...policyHeaders('api', ''), 'Cache-Control': 'no-store' }))
  app.notFound((c) => problemResponse(c, 404, { title: 'Not found', detail: 'There is nothing at this address.' }))
  app.onError(function renderError(err, c) {
    if (err instanceof ProblemException) return problemResponse(c, err.status, err.problem)
    if (err instanceof OptionError)
      return problemResponse(c, 400, {
        title: 'Invalid parameter',
        detail: err.message,
        parameter: err.option,
        ...(err.allowed ? { allowed: err.allowed } : {}),
      })
    if (err instanceof DataPackageError)
      return problemResponse(c, 503, {
        // A reader sees this inside an article: say what is missing, not why.
        ...(isWidgetPagePath(new URL(c.req.url).pathname)
          ? { title: 'Chart unavailable', detail: 'This chart cannot be shown right now. Please try again later.' }
          : { title: 'Dataset unavailable', detail: 'This dataset failed validation and cannot be served right now.' }),
        headers: { 'Retry-After': '300' },
      })
    if (err instanceof HTTPException && err.status < 500)
      return problemResponse(c, err.status, { title: 'Bad request', detail: 'The request could not be read.' })
    console.error(err)
    return problemResponse(c, 500, { title: 'Internal error', detail: 'Something went wrong on our side.' })
  })
  return app
}

/**
 * An RFC 9457 problem+json response with the error headers; never cached, never echoing input.
 * A widget page (`/embed/:dataset/:widget`) gets the same problem as a readable HTML page that
 * may be framed, since it shows inside the publisher's iframe.
 */
export function problemResponse(c: Context<AppEnv>, status: number, problem: ProblemDetails): Response {
  const { headers, ...body } = problem
  if (isWidgetPagePath(new URL(c.req.url).pathname))
    return new Response(embedErrorPage(status, problem), {
      status,
      headers: {
        ...policyHeaders('widget', c.env?.FRAME_ANCESTORS ?? ''),
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...headers,
      },
    })
  // about:blank: the title is the status phrase (RFC 9457); what went wrong is in `detail`.
  const json = { type: 'about:blank', ...body, title: statusPhrase(status), status }
  return new Response(JSON.stringify(json, null, 2), {
    status,
    headers: {
      ...policyHeaders('error', c.env?.FRAME_ANCESTORS ?? ''),
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}
