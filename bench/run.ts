/**
 * `npm run bench` (issue 7): factbox's widgets side by side with the same bar chart built the way
 * publishers otherwise build it (D3 in the browser, Observable Plot, Vega-Lite, and a hand-written
 * static SVG as the physical floor), all served in this run from 127.0.0.1.
 *
 * Measures wire bytes and requests, time until the chart is painted in real Chromium (cold cache,
 * JavaScript on and off, loopback and phone profiles), main-thread script time, server CPU per
 * render (Node and workerd), throughput against a trivial route, and the Workers' bundle sizes and
 * startup. Prints one table per widget and writes every raw figure to bench/results/.
 *
 * Options: `--loads N` cold loads per page and mode (default 15), `--quick` (3 loads, shorter
 * server phases: for trying changes, not for reporting), `--profile` (adds CPU profiles of the
 * routes inside workerd and of the render loop in Node, see lib/profile.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { freePort } from '../scripts/net.ts'
import { launchChromium } from '../tests/browser/lib/chromium.ts'
import { coldLoad, LOOPBACK, type LoadSample, type PageSpec, PHONE, type Profile } from './lib/loads.ts'
import { busiestThreadMs, threadCpuMs } from './lib/proc.ts'
import { type ProfileSummary, profileNodeRender, profileWorkerdRoute } from './lib/profile.ts'
import { compress, startBenchServer } from './lib/serve.ts'
import { bundleRenderEntry, latencies, nodeFirst, nodeWarm, resetConnections, timedGet } from './lib/server-cpu.ts'
import type { Summary } from './lib/stats.ts'
import { type ThroughputRun, throughput } from './lib/throughput.ts'
import { type Bundle, buildBundle, startWorkerd, type WorkerdSetup } from './lib/workerd.ts'
import { printReport, type Report } from './report.ts'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = resolve(ROOT, 'bench/results')
const args = process.argv.slice(2)
const QUICK = args.includes('--quick')
const PROFILE = args.includes('--profile')
const LOADS = Number(args[args.indexOf('--loads') + 1] ?? NaN) || (QUICK ? 3 : 15)
/** Loads of a peer with JavaScript off: it never paints a chart, a few loads confirm it. */
const PEER_JS_OFF_LOADS = 3
const DATASET = 'occupation-in-figures'

/** Our widgets: route and the texts that prove the chart is drawn. */
const WIDGETS = [
  { id: 'bar', label: 'Bar chart', path: `/embed/${DATASET}/bar`, texts: ['Zangilan', '4,400'] },
  { id: 'timeline', label: 'Timeline', path: `/embed/${DATASET}/timeline`, texts: ['Zangilan', '4,400'] },
]
/** The peers: the same 9-bar chart. */
const PEERS = [
  { id: 'static', label: 'static SVG', path: '/peers/static.html' },
  { id: 'd3', label: 'D3', path: '/peers/d3.html' },
  { id: 'plot', label: 'Plot', path: '/peers/plot.html' },
  { id: 'vega-lite', label: 'Vega-Lite', path: '/peers/vega-lite.html' },
]
const BAR_TEXTS = ['Zangilan', '4,400']

function log(message: string) {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`)
}
const started = performance.now()

function ensurePeers() {
  if (existsSync(resolve(ROOT, 'bench/peers/node_modules/vega-embed'))) return
  log('installing the peers (npm install --prefix bench/peers)')
  const npm = process.env.npm_execpath
  const run = npm
    ? spawnSync(process.execPath, [npm, 'install', '--prefix', 'bench/peers', '--no-audit', '--no-fund'], {
        cwd: ROOT,
        stdio: 'inherit',
      })
    : spawnSync('npm', ['install', '--prefix', 'bench/peers', '--no-audit', '--no-fund'], {
        cwd: ROOT,
        stdio: 'inherit',
      })
  if (run.status !== 0) throw new Error('npm install --prefix bench/peers failed')
}

/** Startup of a fresh workerd per sample: spawn until the first HTTP answer. */
async function startups(setup: WorkerdSetup, runs: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const w = await startWorkerd(setup)
    out.push(w.startupMs)
    await w.stop()
  }
  return out
}

/**
 * First request of a fresh isolate: after two trivial requests (connection and runtime warm), the
 * widget's first uncached render, minus the second trivial request.
 */
async function firstRequests(main: Bundle, png: Bundle, path: string, runs: number) {
  const first: number[] = []
  const thread: number[] = []
  const startup: number[] = []
  for (let i = 0; i < runs; i++) {
    const w = await startWorkerd({ kind: 'factbox', main, png, publicOrigin: 'https://factbox.example' })
    startup.push(w.startupMs)
    await timedGet(w.origin, '/health')
    const t0 = threadCpuMs(w.pid)
    const trivial = await timedGet(w.origin, '/health')
    const t1 = threadCpuMs(w.pid)
    const widget = await timedGet(w.origin, path)
    const t2 = threadCpuMs(w.pid)
    if (widget.status !== 200) throw new Error(`${path} answered ${widget.status}`)
    first.push(widget.ms - trivial.ms)
    thread.push(busiestThreadMs(t1, t2) - busiestThreadMs(t0, t1))
    resetConnections()
    await w.stop()
  }
  return { first, thread, startup }
}

/** Interleaved blocks of sequential requests, so that drift hits every route alike. */
async function workerdLatencies(origin: string, routes: Record<string, (i: number) => string>, perRoute: number) {
  const out: Record<string, number[]> = Object.fromEntries(Object.keys(routes).map((k) => [k, []]))
  const block = 50
  for (let done = 0; done < perRoute; done += block)
    for (const [name, path] of Object.entries(routes))
      out[name]!.push(...(await latencies(origin, Math.min(block, perRoute - done), (i) => path(done + i))))
  return out
}

/** Body bytes of `urls` as served (brotli), fetched again outside the browser. */
async function bodyBytes(urls: string[]): Promise<{ compressed: number; raw: number; perUrl: Record<string, number> }> {
  let compressed = 0
  let raw = 0
  const perUrl: Record<string, number> = {}
  for (const url of urls) {
    const res = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })
    const body = Buffer.from(await res.arrayBuffer())
    const type = res.headers.get('content-type') ?? ''
    const wire = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type)
      ? compress(body, 'br').length
      : body.length
    perUrl[url] = wire
    compressed += wire
    raw += body.length
  }
  return { compressed, raw, perUrl }
}

interface PageRun {
  page: string
  profile: Profile['id']
  javaScript: boolean
  samples: LoadSample[]
}

async function browserLoads(browser: Browser, pages: (PageSpec & { isPeer: boolean })[]): Promise<PageRun[]> {
  const runs: PageRun[] = []
  for (const profile of [LOOPBACK, PHONE]) {
    for (const javaScript of [true, false]) {
      const here = pages.map((p) => ({
        page: p,
        run: { page: p.id, profile: profile.id, javaScript, samples: [] } as PageRun,
      }))
      const count = (p: { isPeer: boolean; id: string }) =>
        !javaScript && p.isPeer && p.id !== 'static' ? PEER_JS_OFF_LOADS : LOADS
      log(
        `Chromium, ${profile.id}, JavaScript ${javaScript ? 'on' : 'off'}: ${pages.map((p) => `${p.id} x${count(p)}`).join(', ')}`,
      )
      // Round-robin, so that a busy moment of the machine hits every page alike.
      for (let i = 0; i < LOADS; i++)
        for (const { page, run } of here)
          if (i < count(page)) run.samples.push(await coldLoad(browser, page, profile, javaScript))
      runs.push(...here.map((h) => h.run))
    }
  }
  return runs
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  ensurePeers()
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'

  log('bundling the Workers (wrangler deploy --dry-run --outdir)')
  const mainBundle = buildBundle('factbox', 'wrangler.toml', 'bench/results/build/main')
  const pngBundle = buildBundle('factbox-png', 'src/png-worker/wrangler.toml', 'bench/results/build/png')

  const startupRuns = QUICK ? 3 : 7
  log(`workerd startup, ${startupRuns} fresh processes each: trivial, main Worker, PNG Worker`)
  const startup = {
    trivial: await startups({ kind: 'trivial', dir: resolve(RESULTS, 'build/trivial') }, startupRuns),
    main: await startups({ kind: 'main', main: mainBundle, publicOrigin: 'https://factbox.example' }, startupRuns),
    png: await startups({ kind: 'png', png: pngBundle }, startupRuns),
  }

  // One origin for the browser: peers as files, everything else proxied to workerd.
  const server = await startBenchServer()
  const worker = await startWorkerd({ kind: 'factbox', main: mainBundle, png: pngBundle, publicOrigin: server.origin })
  server.setUpstream(worker.origin)
  const widgets: typeof WIDGETS = []
  for (const w of WIDGETS) {
    const res = await timedGet(worker.origin, w.path)
    if (res.status === 200) widgets.push(w)
    else log(`SKIPPED ${w.label}: ${w.path} answered ${res.status} (route missing?); rerun when it lands`)
  }
  resetConnections()

  log('render CPU in Node: warm loop and first call in fresh processes')
  const renderBundle = await bundleRenderEntry(resolve(RESULTS, 'build/render.mjs'))
  const nodeCpu: Record<
    string,
    {
      warm: Summary & { samples: number[] }
      encoded?: Summary & { samples: number[] }
      first: Summary & { samples: number[] }
    }
  > = {}
  for (const w of widgets)
    nodeCpu[w.id] = {
      warm: await nodeWarm(renderBundle, w.id, QUICK ? 300 : 2000),
      // The same, plus the UTF-8 encoding the route does before it can answer.
      encoded: await nodeWarm(renderBundle, w.id, QUICK ? 300 : 2000, 200, true),
      first: nodeFirst(renderBundle, w.id, QUICK ? 3 : 15),
    }

  log('render time in workerd: uncached vs trivial latency, and first requests of fresh isolates')
  const perRoute = QUICK ? 100 : 400
  const routes: Record<string, (i: number) => string> = { trivial: () => '/health' }
  for (const w of widgets) {
    routes[`${w.id} uncached`] = (i) => `${w.path}?title=${encodeURIComponent(`Render ${i}`)}`
    routes[`${w.id} cached`] = () => w.path
  }
  routes.json = () => `/api/v1/datasets/${DATASET}/territories.json`
  await latencies(worker.origin, 100, () => '/health')
  const workerdLatency = await workerdLatencies(worker.origin, routes, perRoute)
  resetConnections()
  const firsts: Report['firsts'] = {}
  for (const w of widgets) firsts[w.id] = await firstRequests(mainBundle, pngBundle, w.path, QUICK ? 5 : 15)

  log('throughput (autocannon, 127.0.0.1, bounded)')
  const seconds = QUICK ? 1 : 3
  const tp = (path: string, vary = false) =>
    throughput(worker.origin, path, { seconds, connections: 10, maxRequests: 60_000, vary })
  const throughputRuns: Record<string, ThroughputRun> = {}
  throughputRuns['trivial (before)'] = await tp('/health')
  throughputRuns.json = await tp(`/api/v1/datasets/${DATASET}/territories.json`)
  for (const w of widgets) {
    throughputRuns[w.id] = await tp(w.path)
    throughputRuns[`${w.id} uncached`] = await tp(w.path, true)
  }
  throughputRuns['trivial (after)'] = await tp('/health')
  // Control: static bodies of the same sizes from a one-line Worker, in this run, on this machine.
  const control = await startWorkerd({ kind: 'control', dir: resolve(RESULTS, 'build/control') })
  const sizes: Record<string, number> = {
    json: (await timedGet(worker.origin, `/api/v1/datasets/${DATASET}/territories.json`)).bytes,
  }
  for (const w of widgets) sizes[w.id] = (await timedGet(worker.origin, w.path)).bytes
  resetConnections()
  const controlRuns: Record<string, ThroughputRun> = {}
  const cp = (bytes: number) =>
    throughput(control.origin, `/bytes/${bytes}`, { seconds, connections: 10, maxRequests: 60_000 })
  controlRuns.trivial = await cp(2)
  for (const [k, bytes] of Object.entries(sizes)) controlRuns[k] = await cp(bytes)
  await control.stop()

  let profiles: Record<string, ProfileSummary> | undefined
  if (PROFILE) {
    log('CPU profiles: routes inside workerd (V8 inspector) and the render loop in Node')
    const dir = resolve(RESULTS, 'profiles')
    mkdirSync(dir, { recursive: true })
    profiles = {}
    const inspectorPort = await freePort()
    const profiled = await startWorkerd(
      { kind: 'factbox', main: mainBundle, png: pngBundle, publicOrigin: server.origin },
      inspectorPort,
    )
    const targets: [string, string, boolean][] = [
      ['trivial', '/health', false],
      ['json', `/api/v1/datasets/${DATASET}/territories.json`, false],
      ...widgets.flatMap((w): [string, string, boolean][] => [
        [w.id, w.path, false],
        [`${w.id} uncached`, w.path, true],
      ]),
    ]
    for (const [name, path, vary] of targets)
      profiles[`workerd ${name}`] = await profileWorkerdRoute(
        profiled.origin,
        inspectorPort,
        path,
        2,
        resolve(dir, `workerd-${name.replace(/ /g, '-')}.cpuprofile`),
        vary,
      )
    await profiled.stop()
    const devBundle = await bundleRenderEntry(resolve(RESULTS, 'build/render-dev.mjs'), false)
    for (const w of widgets)
      profiles[`node ${w.id}`] = profileNodeRender(devBundle, w.id, 2000, resolve(dir, `node-${w.id}.cpuprofile`))
  }

  // Renders are memoized per isolate; the browser figures are about serving and painting, the
  // first render is measured above.
  for (const w of widgets) await fetch(server.origin + w.path).then((r) => r.arrayBuffer())

  const pages: (PageSpec & { isPeer: boolean })[] = [
    ...widgets.map((w) => ({
      id: w.id,
      label: `factbox ${w.id}`,
      url: server.origin + w.path,
      texts: w.texts,
      isPeer: false,
    })),
    ...PEERS.map((p) => ({ id: p.id, label: p.label, url: server.origin + p.path, texts: BAR_TEXTS, isPeer: true })),
  ]
  const browser = await launchChromium()
  let loads: PageRun[]
  try {
    loads = await browserLoads(browser, pages)
  } finally {
    await browser.close()
  }

  log('wire bytes (brotli as served) of every URL each page loaded')
  const bytes: Record<
    string,
    { jsOn: Awaited<ReturnType<typeof bodyBytes>>; jsOff: Awaited<ReturnType<typeof bodyBytes>> }
  > = {}
  for (const p of pages) {
    const urls = (js: boolean) =>
      loads.find((l) => l.page === p.id && l.profile === 'loopback' && l.javaScript === js)!.samples[0]!.urls
    bytes[p.id] = { jsOn: await bodyBytes(urls(true)), jsOff: await bodyBytes(urls(false)) }
  }
  await server.close()
  await worker.stop()

  const report: Report = {
    date: new Date().toISOString(),
    machine: {
      cpus: (await import('node:os')).cpus().length,
      loadAverage: (await import('node:os')).loadavg(),
      node: process.version,
    },
    settings: { loads: LOADS, quick: QUICK, profiles: [LOOPBACK, PHONE] },
    widgets: widgets.map((w) => ({ id: w.id, label: w.label, path: w.path })),
    skipped: WIDGETS.filter((w) => !widgets.includes(w)).map((w) => w.path),
    peers: PEERS,
    bundles: { main: mainBundle, png: pngBundle },
    startup,
    nodeCpu,
    workerdLatency,
    firsts,
    throughput: throughputRuns,
    control: { sizes, runs: controlRuns },
    ...(profiles ? { profiles } : {}),
    loads,
    bytes,
  }
  const stamp = report.date.replace(/[:.]/g, '-')
  writeFileSync(resolve(RESULTS, `bench-${stamp}.json`), JSON.stringify(report, null, 1))
  writeFileSync(resolve(RESULTS, 'latest.json'), JSON.stringify(report, null, 1))
  process.stdout.write(printReport(report))
  log(`done; raw figures in bench/results/bench-${stamp}.json`)
}

await main()
