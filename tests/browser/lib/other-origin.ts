/**
 * A second origin for "publisher page on another site" tests: a tiny static server on its own
 * 127.0.0.1 port, serving the HTML each test hands it. A different port is a different origin,
 * so an iframe of the Worker inside one of these pages is cross-origin, as in a real article.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { freePort } from '../../../scripts/net.ts'

/** A page served by {@link startOtherOrigin}. */
export interface OtherOriginPage {
  body: string
  /** @default 'text/html; charset=utf-8' */
  contentType?: string
  /** Extra response headers, e.g. a publisher's own CSP. */
  headers?: Record<string, string>
}

/** A running second origin. */
export interface OtherOrigin {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string
  /** Serves `page` (or an HTML string) at `path`; returns the absolute URL. */
  set(path: string, page: string | OtherOriginPage): string
  /** Paths requested so far, in order (to check what the publisher page loaded from itself). */
  requests: string[]
  close(): Promise<void>
}

/**
 * Starts the second origin. Unknown paths answer 404.
 * @example
 * const site = await startOtherOrigin()
 * const url = site.set('/article.html', `<iframe src="${baseUrl}/embed/..."></iframe>`)
 */
export async function startOtherOrigin(): Promise<OtherOrigin> {
  const pages = new Map<string, OtherOriginPage>()
  const requests: string[] = []
  const server = createServer(function servePage(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    requests.push(path)
    const page = pages.get(path)
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res
      .writeHead(200, {
        'Content-Type': page.contentType ?? 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...page.headers,
      })
      .end(page.body)
  })
  const port = await freePort()
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    requests,
    set(path, page) {
      pages.set(path, typeof page === 'string' ? { body: page } : page)
      return origin + path
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
