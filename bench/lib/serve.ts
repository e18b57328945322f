/**
 * The bench's one origin: the peer pages as static files, and everything else proxied to the
 * local workerd running factbox. Every text response is compressed the way the edge would
 * (brotli when the browser offers it, else gzip), so ours and the peers pay the same wire costs
 * through the same code path.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { freePort } from '../../scripts/net.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const PEERS = resolve(ROOT, 'bench/peers')

/** Files the peer pages load, by URL path under /peers/. */
const PEER_FILES: Record<string, string> = {
  'd3.html': 'pages/d3.html',
  'd3-chart.js': 'pages/d3-chart.js',
  'plot.html': 'pages/plot.html',
  'plot-chart.js': 'pages/plot-chart.js',
  'vega-lite.html': 'pages/vega-lite.html',
  'vega-lite-chart.js': 'pages/vega-lite-chart.js',
  'static.html': 'pages/static.html',
  'vendor/d3.min.js': 'node_modules/d3/dist/d3.min.js',
  'vendor/plot.umd.min.js': 'node_modules/@observablehq/plot/dist/plot.umd.min.js',
  'vendor/vega.min.js': 'node_modules/vega/build/vega.min.js',
  'vendor/vega-lite.min.js': 'node_modules/vega-lite/build/vega-lite.min.js',
  'vendor/vega-embed.min.js': 'node_modules/vega-embed/build/vega-embed.min.js',
}
/** The dataset, unchanged, as the peers fetch it. */
const CSV = resolve(ROOT, 'data/occupation-in-figures/territories.csv')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
}
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|problem\+json|xml)|image\/svg\+xml)/

/**
 * Brotli quality 5 and gzip level 6: what CDNs use for compression on the fly (the highest
 * levels are for precompressed assets). Same settings for every page.
 */
export function compress(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body, { level: 6 })
}

function negotiate(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accept = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(accept)) return 'br'
  if (/\bgzip\b/.test(accept)) return 'gzip'
  return undefined
}

/** A running bench server. */
export interface BenchServer {
  origin: string
  /** Where non-peer paths go (the Worker's PUBLIC_ORIGIN is this server, so it starts first). */
  setUpstream(origin: string): void
  close(): Promise<void>
}

/** Starts the server on a free 127.0.0.1 port. */
export async function startBenchServer(): Promise<BenchServer> {
  let workerOrigin = ''
  const files = new Map<string, { body: Buffer; type: string }>()
  // A peer's package not installed (bench/paint.ts needs only the static page): its files 404.
  for (const [path, file] of Object.entries(PEER_FILES))
    if (existsSync(resolve(PEERS, file)))
      files.set(`/peers/${path}`, { body: readFileSync(resolve(PEERS, file)), type: TYPES[extname(path)]! })
  files.set('/peers/territories.csv', { body: readFileSync(CSV), type: TYPES['.csv']! })
  // Static bodies are compressed once, as a CDN caches them; the Worker's answers per response.
  const compressed = new Map<string, Buffer>()
  const compressedFile = (path: string, body: Buffer, enc: 'br' | 'gzip') => {
    const key = `${enc}:${path}`
    let out = compressed.get(key)
    if (!out) compressed.set(key, (out = compress(body, enc)))
    return out
  }

  const server = createServer(async function serve(req: IncomingMessage, res: ServerResponse) {
    try {
      const url = new URL(req.url ?? '/', 'http://x')
      const enc = negotiate(req)
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end()
      const file = files.get(url.pathname)
      if (file) {
        const headers: Record<string, string> = {
          'Content-Type': file.type,
          'Cache-Control': 'no-cache',
          Vary: 'Accept-Encoding',
        }
        if (enc) headers['Content-Encoding'] = enc
        return void res.writeHead(200, headers).end(enc ? compressedFile(url.pathname, file.body, enc) : file.body)
      }
      if (url.pathname.startsWith('/peers/') || !workerOrigin) return void res.writeHead(404).end()
      const upstream = await fetch(workerOrigin + url.pathname + url.search, {
        method: req.method === 'HEAD' ? 'HEAD' : 'GET',
        headers: { 'Accept-Encoding': 'identity', Accept: String(req.headers.accept ?? '*/*') },
      })
      const body = Buffer.from(await upstream.arrayBuffer())
      const headers: Record<string, string> = {}
      upstream.headers.forEach((value, name) => {
        if (!/^(content-length|content-encoding|transfer-encoding|connection|keep-alive)$/i.test(name))
          headers[name] = value
      })
      const type = upstream.headers.get('content-type') ?? ''
      if (enc && body.length > 0 && COMPRESSIBLE.test(type)) {
        headers['Content-Encoding'] = enc
        headers.Vary = 'Accept-Encoding'
        return void res.writeHead(upstream.status, headers).end(compress(body, enc))
      }
      res.writeHead(upstream.status, headers).end(body)
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain' }).end(String(error))
    }
  })
  const port = await freePort()
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return {
    origin: `http://127.0.0.1:${port}`,
    setUpstream: (origin) => void (workerOrigin = origin),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
