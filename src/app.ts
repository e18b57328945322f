import type { Context } from 'hono'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Catalog } from '../data/catalog.ts'
import { DataPackageError } from '../data/schema.ts'
import { StoreUnavailableError } from '../data/store.ts'
import { OptionError } from '../data/vocabulary/index.ts'
import { api } from './api/index.ts'
import { builder } from './builder/index.ts'
import { type ChartOptions, chartRoutes, isChartPagePath } from './charts/index.ts'
import { isWidgetPagePath } from './embed/embed-url.ts'
import { embedErrorPage, errorPageLang } from './embed/error-page.tsx'
import { embed } from './embed/index.ts'
import type { AppEnv } from './env.ts'
import { policyHeaders } from './lib/headers.ts'
import { type ProblemDetails, ProblemException, statusPhrase } from './lib/problem.ts'

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The published charts' deploy (renderer version, frozen script, clock): tests simulate a later deploy. */
  charts?: ChartOptions
}

/**
 * Builds the factbox app over a catalog of datasets: the R2 record over the bundled defaults in
 * production (`src/index.ts`, a catalog per bucket binding), fixtures in tests.
 */
export function createApp(
  catalog: Catalog | ((env: Env, ctx?: ExecutionContext) => Catalog),
  options: AppOptions = {},
) {
  const app = new Hono<AppEnv>()
  app.use(async function provideCatalog(c, next) {
    c.set('catalog', typeof catalog === 'function' ? catalog(c.env, executionContextOf(c)) : catalog)
    await next()
  })
  app.route('/api/v1', api)
  app.route('/', embed)
  app.route('/', builder)
  app.route('/', chartRoutes(options.charts))
  // A trivial route: for uptime checks, and as the baseline the benchmark compares routes against.
  app.get('/health', (c) => c.text('ok', 200, { ...policyHeaders('api', ''), 'Cache-Control': 'no-store' }))
  // No icon: a 204 rather than a 404, so a widget page opened on its own logs no error.
  app.get('/favicon.ico', (c) =>
    c.body(null, 204, { ...policyHeaders('image', ''), 'Cache-Control': 'public, max-age=86400' }),
  )
  answerOtherMethods(app)
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
    if (err instanceof StoreUnavailableError) {
      console.error(err.message)
      return problemResponse(c, 503, {
        ...(isWidgetPagePath(new URL(c.req.url).pathname)
          ? { title: 'Chart unavailable', detail: 'This chart cannot be shown right now. Please try again later.' }
          : {
              title: 'Storage unavailable',
              detail: 'The datasets cannot be read right now. Please try again shortly.',
            }),
        headers: { 'Retry-After': '30' },
      })
    }
    if (err instanceof HTTPException && err.status < 500)
      return problemResponse(c, err.status, { title: 'Bad request', detail: 'The request could not be read.' })
    console.error(err)
    return problemResponse(c, 500, { title: 'Internal error', detail: 'Something went wrong on our side.' })
  })
  return app
}

/** The request's execution context; none when a test calls `app.request()` without one. */
function executionContextOf(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext
  } catch {
    return undefined
  }
}

/** The methods every route answers: the service is read-only. */
export const ALLOW = 'GET, HEAD, OPTIONS'

/**
 * Every route answers a method it does not take (POST, PUT, PATCH, DELETE, QUERY, any other) with
 * a 405 and `Allow`, and OPTIONS with a 204 and `Allow` (the API's CORS preflight answers first),
 * rather than a 404 that says the resource is not there. Derived from the GET routes once they are
 * all mounted, so a new route needs nothing here.
 */
function answerOtherMethods(app: Hono<AppEnv>) {
  const paths = new Set(app.routes.filter((route) => route.method === 'GET').map((route) => route.path))
  for (const path of paths)
    app.all(path, function otherMethod(c) {
      if (c.req.method === 'OPTIONS')
        return new Response(null, { status: 204, headers: { ...kindOf(c, 204).policy, Allow: ALLOW } })
      throw new ProblemException(405, {
        title: 'Method not allowed',
        detail: `This address is read-only: use ${ALLOW}.`,
        headers: { Allow: ALLOW },
      })
    })
}

/**
 * Whether an error at `pathname` shows inside a publisher's iframe, as a readable page that may be
 * framed: any error of a widget page, and any 404 under `/embed/` (an unknown asset, the image of a
 * missing widget, a stray slash), since a slightly wrong embed URL must say so in the article
 * rather than be a refused frame. A published chart's page (`/c/{id}`) likewise.
 */
function framedError(pathname: string, status: number): boolean {
  return (
    isWidgetPagePath(pathname) ||
    isChartPagePath(pathname) ||
    (status === 404 && (pathname === '/embed' || pathname.startsWith('/embed/')))
  )
}

/** The header policy of an answer with no body of its own (an error, a 204) at this request's address. */
function kindOf(c: Context<AppEnv>, status: number) {
  const framed = framedError(new URL(c.req.url).pathname, status)
  return { framed, policy: policyHeaders(framed ? 'widget' : 'error', c.env?.FRAME_ANCESTORS ?? '') }
}

/**
 * An RFC 9457 problem+json response with the error headers; never cached, never echoing input.
 * A widget page (`/embed/:dataset/:widget`), or a 404 under `/embed/`, gets the same problem as a
 * readable HTML page that may be framed, since it shows inside the publisher's iframe.
 */
export function problemResponse(c: Context<AppEnv>, status: number, problem: ProblemDetails): Response {
  const { headers, ...body } = problem
  const { framed, policy } = kindOf(c, status)
  if (framed)
    return new Response(embedErrorPage(status, problem, errorPageLang(c.req.url, problem)), {
      status,
      headers: {
        ...policy,
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
      ...policy,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  })
}
