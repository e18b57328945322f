/**
 * `npm run bench:charts` (issue 15): serving published charts, reported, not asserted.
 *
 * The Workers as deployed (the `wrangler deploy --dry-run` bundles) in workerd through Miniflare,
 * with no dev proxy in front (lib/miniflare.ts), on their own local R2 (bench/results/charts-state,
 * emptied first):
 * 1. Both Workers, the PNG Worker behind the `PNG` binding over RPC as deployed: publishes one chart
 *    (its PNGs are rendered then), then times `/c/{id}` (and its SVG, PNG and card) beside the
 *    trivial route `/health`, interleaved in blocks: p50/p99 and workerd's CPU per request (the
 *    process's threads in /proc, read around each block); then throughput over a few keep-alive
 *    connections, the page, `/health`, the live embed of the same chart and a size-matched control
 *    (a one-line Worker answering 2 B and the page's bytes) in alternating runs.
 * 2. Stops workerd, writes up to 100,000 generated charts (`chart.json` and `page.html`) straight
 *    into the R2 simulation (its SQLite index and blob folder), bounded by `--seconds`.
 * 3. Serves the main Worker again on that R2, without the PNG Worker: the chart's PNG is still
 *    served (it was rendered once, at publish) while a live `.png` cannot be; the same figures
 *    again, plus the first read of distinct generated charts; the bundle is built before and after.
 *
 * Options: `--charts N` (default 100000), `--seconds N` (fill bound, default 420), `--requests N`
 * per route (default 1000), `--connections N` (default 4). Loopback only; every phase stops by itself.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { chartKey, RECORD_FILE } from '../src/charts/store.ts'
import { alternatingThroughput, closeConnections, interleaved, type Route, series, timedGet } from './lib/http.ts'
import { type Served, serveBundle, serveControl } from './lib/miniflare.ts'
import { processCpuMs } from './lib/proc.ts'
import { buildBundle } from './lib/workerd.ts'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = resolve(ROOT, 'bench/results')
const STATE = resolve(RESULTS, 'charts-state')
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? Number.NaN) || fallback
const CHARTS = option('--charts', 100_000)
const SECONDS = option('--seconds', 420)
const REQUESTS = option('--requests', 1000)
const CONNECTIONS = option('--connections', 4)
const TOKEN = 'bench-token'
const started = performance.now()

function log(message: string) {
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
  process.stderr.write(
    `[bench:charts ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s, load ${load}] ${message}\n`,
  )
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

/**
 * The serving figures of a chart beside the trivial route and the size-matched control (2 B and
 * the page's bytes from a one-line Worker, `control`): latency and workerd CPU per request in
 * interleaved blocks of 25 (a neighbour's load falls on every route alike; the CPU is both
 * processes' threads, Miniflare's entry Worker included, read before and after each block), then
 * throughput in alternating 1 s runs, 10 each, with the CPU per request of both sides under load.
 */
async function serving(served: Served, control: Served, id: string) {
  const o = served.origin
  const page = `/c/${id}`
  const pageBytes = (await timedGet(o, page)).bytes
  const routes: Record<string, Route> = {
    health: [o, () => '/health'],
    page: [o, () => page],
    svg: [o, () => `${page}.svg`],
    png: [o, () => `${page}.png`],
    card: [o, () => `${page}/card.png`],
    control2B: [control.origin, () => '/bytes/2'],
    controlPageBytes: [control.origin, () => `/bytes/${pageBytes}`],
  }
  await interleaved(routes, 50) // warm-up: each route read and memoized once, code warm
  const cpu: Record<string, number> = {}
  const used = () => processCpuMs(served.pid) + processCpuMs(control.pid)
  let mark = 0
  const latencyMs = await interleaved(routes, REQUESTS, 25, {
    before: () => void (mark = used()),
    after: (name) => void (cpu[name] = (cpu[name] ?? 0) + used() - mark),
  })
  const cpuMsPerRequest = Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, round(ms / REQUESTS, 3)]))
  // The live embed of the same chart, memoized in the isolate after its first render: about the same
  // bytes from memory, with no R2 behind it; what is left between it and the page is the frozen path's own.
  const live = '/embed/occupation-in-figures/bar?lang=en'
  const liveBytes = (await timedGet(o, live)).bytes
  const rates = await alternatingThroughput(
    {
      health: routes.health!,
      page: routes.page!,
      live: [o, () => live],
      control2B: routes.control2B!,
      controlPageBytes: routes.controlPageBytes!,
    },
    { seconds: 1, rounds: 10, connections: CONNECTIONS, serverCpuMs: used },
  )
  const ratio = (a: number, b: number) => round(a / b)
  return {
    cpuMsPerRequest: { ...cpuMsPerRequest, ratio: ratio(cpuMsPerRequest.page!, cpuMsPerRequest.health!) },
    latencyMs,
    throughput: {
      ...rates,
      liveBytes,
      ratioToTrivial: ratio(rates.page!.rps, rates.health!.rps),
      ratioToLiveEmbed: ratio(rates.page!.rps, rates.live!.rps),
      // What the page's size alone costs: the same bytes against 2 B, from a one-line Worker.
      controlRatio: ratio(rates.controlPageBytes!.rps, rates.control2B!.rps),
      ratioToSameBytes: ratio(rates.page!.rps, rates.controlPageBytes!.rps),
    },
  }
}

/**
 * Up to CHARTS generated charts written straight into the local R2 simulation (miniflare's SQLite
 * index and blob folder, with workerd stopped), bounded in time: through the R2 API it is ~90
 * charts/s on this machine, 19 minutes for 100,000. Each gets its own `chart.json` (its id in it);
 * their `page.html` share one blob (the published chart's bytes), so the disk holds one copy.
 */
function fill(id: string) {
  const started = performance.now()
  const folder = resolve(STATE, 'r2/factbox-datasets')
  const index = resolve(STATE, 'r2/miniflare-R2BucketObject')
  const file = readdirSync(index).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite')!
  const db = new DatabaseSync(resolve(index, file))
  const row = (key: string) =>
    db.prepare('SELECT * FROM _mf_objects WHERE key = ?').get(key) as { blob_id: string; size: number; etag: string }
  const template = row(chartKey(id, RECORD_FILE))
  const page = row(chartKey(id, 'page.html'))
  const record = readFileSync(resolve(folder, 'blobs', template.blob_id), 'utf8')
  const insert = db.prepare(
    'INSERT OR REPLACE INTO _mf_objects (key, blob_id, version, size, etag, uploaded, checksums, http_metadata, custom_metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const deadline = started + SECONDS * 1000
  const json = JSON.stringify({ contentType: 'application/json' })
  const html = JSON.stringify({ contentType: 'text/html; charset=utf-8' })
  let written = 0
  db.exec('BEGIN')
  try {
    for (; written < CHARTS && performance.now() < deadline; written++) {
      const other = generatedId(written)
      const body = record.replaceAll(id, other)
      const blob = `${createHash('sha256').update(other).digest('hex')}${Date.now().toString(16).padStart(16, '0')}`
      writeFileSync(resolve(folder, 'blobs', blob), body)
      const etag = createHash('md5').update(body).digest('hex')
      const now = Date.now()
      insert.run(
        chartKey(other, RECORD_FILE),
        blob,
        randomUUID().replaceAll('-', ''),
        Buffer.byteLength(body),
        etag,
        now,
        '{}',
        json,
        '{}',
      )
      insert.run(
        chartKey(other, 'page.html'),
        page.blob_id,
        randomUUID().replaceAll('-', ''),
        page.size,
        page.etag,
        now,
        '{}',
        html,
        '{}',
      )
      if ((written + 1) % 20_000 === 0) console.log(`  ${written + 1} charts written`)
    }
    db.exec('COMMIT')
  } finally {
    db.close()
  }
  return {
    charts: written,
    seconds: round((performance.now() - started) / 1000, 1),
    via: 'miniflare SQLite index + blob files',
  }
}

/** The id of generated chart `i`: 16 hex digits, as a real one. */
const generatedId = (i: number) => `f${i.toString(16).padStart(15, '0')}`

async function main(control: Served) {
  mkdirSync(RESULTS, { recursive: true })
  rmSync(STATE, { recursive: true, force: true })
  const loadAtStart = loadavg()
  const before = buildBundle('factbox', 'wrangler.toml', 'bench/results/charts-bundle/before')
  const png = buildBundle('factbox-png', 'src/png-worker/wrangler.toml', 'bench/results/charts-bundle/png')
  log(`bundle: ${before.bytes} B, ${before.gzipBytes} B gzip (${before.wranglerSummary})`)

  const first = await serveBundle({ main: before, png, r2: true, persistTo: STATE, publishToken: TOKEN }, log)
  let id: string
  let publish: Record<string, number>
  let oneChart: Awaited<ReturnType<typeof serving>>
  try {
    const post = async () => {
      const t = performance.now()
      const res = await fetch(`${first.origin}/api/v1/charts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'en' } }),
      })
      const body = (await res.json()) as { id: string }
      return { status: res.status, ms: round(performance.now() - t, 0), id: body.id }
    }
    const created = await post()
    const again = await post()
    id = created.id
    publish = { firstStatus: created.status, firstMs: created.ms, againStatus: again.status, againMs: again.ms }
    log(`published ${id}: ${JSON.stringify(publish)}`)
    oneChart = await serving(first, control, id)
    console.log(JSON.stringify(oneChart, null, 2))
  } finally {
    closeConnections()
    await first.stop()
  }

  const filled = fill(id)
  log(`filled ${filled.charts} charts in ${filled.seconds} s`)
  const after = buildBundle('factbox', 'wrangler.toml', 'bench/results/charts-bundle/after')

  // No PNG binding at all: a deploy without the PNG Worker.
  const second = await serveBundle({ main: after, r2: true, persistTo: STATE, publishToken: TOKEN }, log)
  let withCharts: Record<string, unknown>
  try {
    // Each generated chart once: read from R2 (not yet in the isolate), spread over all that were written.
    const step = Math.max(1, Math.floor(filled.charts / REQUESTS))
    const generated = await series(second.origin, REQUESTS, (i) => `/c/${generatedId((i * step) % filled.charts)}`)
    const figures = await serving(second, control, id)
    const frozenPng = await timedGet(second.origin, `/c/${id}.png`)
    const livePng = await timedGet(second.origin, '/embed/occupation-in-figures/bar.png?title=bench')
    const withoutRenderer = {
      frozenPngStatus: frozenPng.status,
      frozenPngBytes: frozenPng.bytes,
      livePngStatus: livePng.status,
    }
    withCharts = { firstReadOfGeneratedCharts: generated, ...figures, withoutRenderer }
    console.log(JSON.stringify(withCharts, null, 2))
  } finally {
    closeConnections()
    await second.stop()
  }
  const size = ({ bytes, gzipBytes, wranglerSummary }: typeof before) => ({ bytes, gzipBytes, wranglerSummary })
  const report = {
    date: new Date().toISOString(),
    loadAverage: { start: loadAtStart.map((n) => round(n)), end: loadavg().map((n) => round(n)) },
    requests: REQUESTS,
    connections: CONNECTIONS,
    bundle: { before: size(before), after: size(after) },
    publish,
    oneChart,
    filled,
    withCharts,
  }
  writeFileSync(resolve(RESULTS, 'charts.json'), JSON.stringify(report, null, 2))
  log('written to bench/results/charts.json')
}

// Miniflare would otherwise fetch Request.cf from the network (.ci/run sets the same).
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
// The size-matched control runs through both phases; it stops whatever happens in them.
const control = await serveControl(log)
try {
  await main(control)
} finally {
  closeConnections()
  await control.stop()
}
