/**
 * `npm run bench:charts` (issue 15): serving published charts, reported, not asserted.
 *
 * 1. `wrangler dev` (both Workers) on its own local R2 (bench/results/charts-state, emptied first):
 *    publishes one chart (the PNGs are rendered then), then times `/c/{id}` beside the trivial route
 *    `/health`: workerd CPU per request (from /proc, both routes the same number of requests),
 *    sequential p50/p99, and throughput over a few keep-alive connections.
 * 2. Stops it, writes up to 100,000 generated chart records (`chart.json` and `page.html`) straight
 *    into that local R2 simulation (its SQLite index and blob folder), bounded by `--seconds`.
 * 3. Starts the main Worker alone, without the PNG Worker: the chart's PNG is still served (it was
 *    rendered once, at publish) while a live `.png` cannot be; the same figures again, plus the
 *    first read of random generated charts; the bundle is built before and after.
 *
 * Options: `--charts N` (default 100000), `--seconds N` (fill bound, default 420), `--requests N`
 * (default 1000), `--connections N` (default 4). Loopback only; every phase stops by itself.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { gzipSync } from 'node:zlib'
import { freePort, waitForHttp } from '../scripts/net.ts'
import { chartKey, RECORD_FILE } from '../src/charts/store.ts'
import { summarize } from './lib/stats.ts'

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
const TICK_MS = 1000 / 100 // /proc/<pid>/stat counts CPU in clock ticks of 10 ms (USER_HZ)

function bundleSize() {
  const out = resolve(RESULTS, 'charts-dry-run')
  spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', out],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  )
  const code = readFileSync(resolve(out, 'index.js'))
  return { bytes: code.length, gzip: gzipSync(code).length }
}

/** `wrangler dev` on the bench's R2 state; with `png`, the PNG Worker behind the binding. */
async function startDev(png: boolean) {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const configs = png ? ['-c', 'wrangler.toml', '-c', 'src/png-worker/wrangler.toml'] : ['-c', 'wrangler.toml']
  const child = spawn(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      ...configs,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(await freePort()),
      '--persist-to',
      STATE,
      '--var',
      `PUBLIC_ORIGIN:${origin}`,
      '--var',
      `PUBLISH_TOKEN:${TOKEN}`,
      '--show-interactive-dev-session=false',
      '--log-level',
      'error',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
      stdio: 'ignore',
      detached: true,
    },
  )
  await waitForHttp(`${origin}/health`, 120_000)
  return {
    origin,
    pgid: child.pid!,
    stop: async () => {
      agent.destroy()
      agent = newAgent()
      const gone = new Promise((done) => child.once('exit', done))
      process.kill(-child.pid!, 'SIGTERM')
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5000)
      await gone
      clearTimeout(timer)
    },
  }
}

/** CPU time (ms) used so far by each workerd process of a `wrangler dev` process group, by pid. */
function workerdCpuMs(pgid: number): Map<string, number> {
  const used = new Map<string, number>()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // After the command: state, ppid, pgrp, ... utime (14th field of the line), stime (15th).
    if (comm === 'workerd' && Number(fields[2]) === pgid)
      used.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS)
  }
  return used
}

/**
 * CPU (ms) the group's workerd processes used since `before`, process by process: one that exits
 * in between drops out of both sides (summing the group instead once gave -3.22 ms per request).
 */
function cpuSince(pgid: number, before: Map<string, number>): number {
  let ms = 0
  for (const [pid, now] of workerdCpuMs(pgid)) if (before.has(pid)) ms += now - before.get(pid)!
  return ms
}

const newAgent = () => new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
let agent = newAgent()

function get(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((done, fail) => {
    const t = performance.now()
    const req = request(url, { agent, headers: { 'Accept-Encoding': 'identity' } }, (res) => {
      let bytes = 0
      res.on('data', (d: Buffer) => (bytes += d.length))
      res.on('end', () => done({ ms: performance.now() - t, status: res.statusCode ?? 0, bytes }))
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end()
  })
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

type Latency = { n: number; p50: number; p99: number; bytes: number; statuses: Record<number, number> }

/** Sequential latency of `url(i)`, one request at a time; with `split`, even and odd requests apart (health, page). */
async function latency(url: (i: number) => string, n: number, split: true): Promise<{ health: Latency; page: Latency }>
async function latency(url: (i: number) => string, n: number): Promise<Latency>
async function latency(url: (i: number) => string, n: number, split = false) {
  const samples: number[][] = [[], []]
  const statuses: Record<number, number>[] = [{}, {}]
  const bytes = [0, 0]
  for (let i = 0; i < n; i++) {
    const r = await get(url(i))
    const at = split ? i % 2 : 0
    statuses[at]![r.status] = (statuses[at]![r.status] ?? 0) + 1
    bytes[at] = r.bytes
    samples[at]!.push(r.ms)
  }
  const of = (at: number): Latency => {
    const s = summarize(samples[at]!)
    return { n: s.n, p50: round(s.median), p99: round(s.p99), bytes: bytes[at]!, statuses: statuses[at]! }
  }
  return split ? { health: of(0), page: of(1) } : of(0)
}

/**
 * workerd CPU per request of `a` and of `b`, ms, in alternating blocks (the machine is shared: a
 * neighbour's load falls on both routes alike); includes the dev proxy's share, as for every route.
 */
async function cpuPerRequest(pgid: number, a: string, b: string, n: number) {
  for (let i = 0; i < 50; i++) await Promise.all([get(a), get(b)])
  const spent = [0, 0]
  for (let round = 0; round < 8; round++)
    for (const [which, url] of [a, b].entries()) {
      const before = workerdCpuMs(pgid)
      for (let i = 0; i < n / 8; i++) await get(url)
      spent[which]! += cpuSince(pgid, before)
    }
  return spent.map((ms) => round(ms / n, 3)) as [number, number]
}

/** Requests per second with `CONNECTIONS` concurrent keep-alive requests, for `seconds` or `max` requests. */
async function throughput(url: string, seconds: number, max: number) {
  const deadline = performance.now() + seconds * 1000
  let done = 0
  let failed = 0
  const start = performance.now()
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && done + failed < max) {
        const r = await get(url)
        if (r.status === 200) done++
        else failed++
      }
    }),
  )
  return { seconds: (performance.now() - start) / 1000, requests: done, failed }
}

/** Throughput of `a` and `b` in alternating 2 s runs, 4 each. */
async function throughputs(a: string, b: string) {
  const total = [
    { seconds: 0, requests: 0, failed: 0 },
    { seconds: 0, requests: 0, failed: 0 },
  ]
  for (let round = 0; round < 4; round++)
    for (const [which, url] of [a, b].entries()) {
      const run = await throughput(url, 2, 20_000)
      total[which]!.seconds += run.seconds
      total[which]!.requests += run.requests
      total[which]!.failed += run.failed
    }
  return total.map((t) => ({ rps: round(t.requests / t.seconds, 0), requests: t.requests, failed: t.failed }))
}

/** The serving figures of a chart beside the trivial route. */
async function serving(dev: { origin: string; pgid: number }, id: string) {
  const { origin, pgid } = dev
  const health = `${origin}/health`
  const page = `${origin}/c/${id}`
  const [cpuHealth, cpuPage] = await cpuPerRequest(pgid, health, page, REQUESTS)
  // Interleaved, request by request.
  const both = await latency((i) => (i % 2 ? page : health), 2 * REQUESTS, true)
  const seq = {
    ...both,
    svg: await latency(() => `${page}.svg`, REQUESTS / 4),
    png: await latency(() => `${page}.png`, REQUESTS / 4),
    card: await latency(() => `${page}/card.png`, REQUESTS / 4),
  }
  const [rateHealth, ratePage] = await throughputs(health, page)
  // The live embed of the same chart, memoized in the isolate after its first render: about the same
  // bytes from memory, with no R2 behind it; what is left between the two is the frozen path's own.
  const live = `${origin}/embed/occupation-in-figures/bar?lang=en`
  const liveBytes = (await get(live)).bytes
  const [rateLive, rateFrozen] = await throughputs(live, page)
  return {
    cpuMsPerRequest: { health: cpuHealth, page: cpuPage, ratio: round(cpuPage / cpuHealth) },
    latencyMs: seq,
    throughput: { health: rateHealth, page: ratePage, ratioToTrivial: round(ratePage!.rps / rateHealth!.rps) },
    throughputBesideLiveEmbed: {
      live: { ...rateLive, bytes: liveBytes },
      page: rateFrozen,
      ratio: round(rateFrozen!.rps / rateLive!.rps),
    },
  }
}

/**
 * Up to CHARTS generated charts written straight into the local R2 simulation (miniflare's SQLite
 * index and blob folder, with wrangler stopped), bounded in time: through the R2 API it is ~90
 * charts/s on this machine, 19 minutes for 100,000. Each gets its own `chart.json` (its id in it);
 * their `page.html` share one blob (the published chart's bytes), so the disk holds one copy.
 */
function fill(id: string) {
  const started = performance.now()
  const folder = resolve(STATE, 'v3/r2/factbox-datasets')
  const index = resolve(STATE, 'v3/r2/miniflare-R2BucketObject')
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

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  rmSync(STATE, { recursive: true, force: true })
  const bundleBefore = bundleSize()
  console.log(`bundle: ${bundleBefore.bytes} B (${bundleBefore.gzip} B gzip)`)

  const first = await startDev(true)
  let id: string
  let publish: Record<string, number>
  let before: Awaited<ReturnType<typeof serving>>
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
    console.log(`published ${id}: ${JSON.stringify(publish)}`)
    before = await serving(first, id)
    console.log(JSON.stringify(before, null, 2))
  } finally {
    await first.stop()
  }

  const filled = fill(id)
  console.log(`filled ${filled.charts} charts in ${filled.seconds} s`)
  const bundleAfter = bundleSize()

  const second = await startDev(false)
  let after: Awaited<ReturnType<typeof serving>>
  let generated: Awaited<ReturnType<typeof latency>>
  let withoutRenderer: Record<string, unknown>
  try {
    // Each generated chart once: read from R2 (not yet in the isolate), spread over all that were written.
    const step = Math.max(1, Math.floor(filled.charts / REQUESTS))
    generated = await latency((i) => `${second.origin}/c/${generatedId((i * step) % filled.charts)}`, REQUESTS)
    after = await serving(second, id)
    const frozenPng = await get(`${second.origin}/c/${id}.png`)
    const livePng = await get(`${second.origin}/embed/occupation-in-figures/bar.png?title=bench`)
    withoutRenderer = {
      frozenPngStatus: frozenPng.status,
      frozenPngBytes: frozenPng.bytes,
      livePngStatus: livePng.status,
    }
    console.log(JSON.stringify({ generated, withoutRenderer, after }, null, 2))
  } finally {
    await second.stop()
  }
  const report = {
    date: new Date().toISOString(),
    requests: REQUESTS,
    connections: CONNECTIONS,
    bundle: { before: bundleBefore, after: bundleAfter },
    publish,
    oneChart: before,
    filled,
    withCharts: { firstReadOfGeneratedCharts: generated, ...after, withoutRenderer },
  }
  writeFileSync(resolve(RESULTS, 'charts.json'), JSON.stringify(report, null, 2))
  console.log(`written to bench/results/charts.json`)
}

await main()
