/**
 * The Workers as deployed (the `wrangler deploy --dry-run` bundles of lib/workerd.ts) in workerd
 * through Miniflare, with no dev proxy in front: `wrangler dev`'s proxy put `/health` at 22 ms p50
 * against 0.8 ms here (bench/README.md), so figures taken through it are mostly the proxy's.
 * Miniflare adds what a bare workerd config cannot: the R2 simulation, rate limits, RPC between
 * the two Workers.
 */
import { extname, resolve } from 'node:path'
import { convertV4MiniflareOptions, Miniflare, type V4WorkerOptions, type V4WorkerOptionsShape } from 'miniflare'
import { freePort } from '../../scripts/net.ts'
import { childPids } from './proc.ts'
import { type Bundle, CONTROL_SOURCE } from './workerd.ts'

/** Miniflare's module type of each file a dry-run bundle holds (as wrangler.toml's rules say). */
const MODULE_TYPE: Record<string, 'ESModule' | 'Text' | 'Data' | 'CompiledWasm'> = {
  '.js': 'ESModule',
  '.csv': 'Text',
  '.txt': 'Text',
  '.ttf': 'Data',
  '.bin': 'Data',
  '.wasm': 'CompiledWasm',
}

function modulesOf(bundle: Bundle) {
  // The entry first: workerd's main module is the first one.
  return [...bundle.modules]
    .sort((a, b) => Number(b.name === 'index.js') - Number(a.name === 'index.js'))
    .map((m) => {
      const type = MODULE_TYPE[extname(m.name)]
      if (!type) throw new Error(`no module type for ${m.name}`)
      return { type, path: resolve(bundle.dir, m.name) }
    })
}

/** What to serve: the main Worker's bundle, and how it is bound. */
export interface ServeOptions {
  main: Bundle
  /**
   * The PNG Worker behind the `PNG` binding (RPC, as deployed); `'stub'` answers 503 to anything;
   * absent, the binding is missing (a deploy without the PNG Worker: live PNGs answer 503).
   */
  png?: Bundle | 'stub'
  /** With the `DATASETS` R2 binding. */
  r2: boolean
  /** Where R2 (and any other state) persists on disk, so that it outlives the process. */
  persistTo: string
  publicOrigin?: string
  publishToken?: string
}

/** A running Miniflare: its origin, the inspector port of its isolates, its workerd's pid. */
export interface Served {
  mf: Miniflare
  origin: string
  inspectorPort: number
  /** The workerd process Miniflare started (a child of this process): its CPU is in /proc. */
  pid: number
  stop(): Promise<void>
}

/** Starts the main Worker (and the PNG Worker when given) in workerd through Miniflare. */
export async function serveBundle(options: ServeOptions, log: (message: string) => void = () => {}): Promise<Served> {
  const { main, png } = options
  // Port 0 for HTTP: two freePort() calls in a row may hand out the same port.
  const inspectorPort = await freePort()
  const worker = (bundle: Bundle): V4WorkerOptions => ({
    modules: modulesOf(bundle),
    modulesRoot: bundle.dir,
    compatibilityDate: bundle.compatibilityDate,
    compatibilityFlags: ['nodejs_compat'],
    unsafeInspectorProxy: true,
  })
  const pngBinding: V4WorkerOptionsShape['serviceBindings'] =
    png === 'stub'
      ? { PNG: () => new Response('no PNG in this benchmark', { status: 503 }) }
      : png
        ? { PNG: 'factbox-png' }
        : {}
  const before = childPids('workerd')
  // The options as Miniflare 4 spelt them (the shape wrangler's docs show), converted.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      inspectorPort,
      workers: [
        {
          name: 'main',
          ...worker(main),
          bindings: {
            PUBLIC_ORIGIN: options.publicOrigin ?? 'https://factbox.example',
            FRAME_ANCESTORS: 'https:',
            PUBLISH_TOKEN: options.publishToken ?? 'bench',
          },
          serviceBindings: pngBinding,
          // As wrangler.toml declares them.
          ratelimits: {
            PNG_RENDERS: { namespace_id: '1301', simple: { limit: 5, period: 10 } },
            PUBLISH_RATE: { namespace_id: '1302', simple: { limit: 10, period: 60 } },
          },
          ...(options.r2 ? { r2Buckets: { DATASETS: 'factbox-datasets' } } : {}),
        },
        ...(png && png !== 'stub' ? [{ name: 'factbox-png', ...worker(png) }] : []),
      ],
      resourcePersistencePath: options.persistTo,
    }),
  )
  log(`starting workerd (R2: ${options.r2}, PNG Worker: ${png === 'stub' ? 'stub' : Boolean(png)})`)
  const url = await mf.ready
  const pid = childPids('workerd').find((p) => !before.includes(p)) ?? Number.NaN
  log(`workerd ${pid} ready at ${url.href}`)
  return {
    mf,
    origin: url.origin.replace('localhost', '127.0.0.1'),
    inspectorPort,
    pid,
    stop: () => mf.dispose(),
  }
}

/**
 * lib/workerd.ts's size-matched control through Miniflare alike: `/bytes/N` answers N bytes of
 * static text from a one-line Worker, so what a body's size costs workerd, Miniflare's entry and
 * the client on this machine shows apart from what a route's code costs.
 */
export async function serveControl(log: (message: string) => void = () => {}): Promise<Served> {
  const before = childPids('workerd')
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      modules: true,
      script: CONTROL_SOURCE,
      compatibilityDate: '2026-11-01',
    }),
  )
  const url = await mf.ready
  const pid = childPids('workerd').find((p) => !before.includes(p)) ?? Number.NaN
  log(`control workerd ${pid} ready at ${url.href}`)
  return {
    mf,
    origin: url.origin.replace('localhost', '127.0.0.1'),
    inspectorPort: Number.NaN,
    pid,
    stop: () => mf.dispose(),
  }
}
