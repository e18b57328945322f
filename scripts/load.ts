/**
 * `npm run load`: a bounded load test of the local Worker on 127.0.0.1. Each scenario runs for
 * a few seconds at c=10 and c=50, never more than MAX_REQUESTS, then stops by itself; it prints
 * requests/s, p50, p99, network errors and 5xx; then a flood of unique PNG URLs beside the trivial
 * route (`pngFlood`). Usage: `npm run load [-- --url http://127.0.0.1:8787] [-- --png-flood]`
 * (without --url it starts its own Worker; --png-flood runs only the flood).
 */
import { startLocalWorker } from './local-worker.ts'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 3)
const MAX_REQUESTS = 50_000
const CONCURRENCY = [10, 50]

interface Scenario {
  name: string
  /** A request: path and headers; called per request so a scenario can vary. */
  next(i: number): { path: string; headers?: Record<string, string> }
  /** Hang up as soon as the response starts, without reading the body (a client that leaves). */
  abort?: boolean
}

const HOSTILE = [
  '/api/v1/datasets/occupation-in-figures/territories.json?lang=xx',
  '/api/v1/datasets/occupation-in-figures/territories.json?lang=en&lang=az',
  '/api/v1/datasets/occupation-in-figures/territories.json?sort=%E0%A4%A',
  '/api/v1/datasets/__proto__',
  '/api/v1/datasets/constructor/territories.csv',
  '/api/v1/datasets/occupation-in-figures/..%2F..%2Fetc%2Fpasswd',
  `/api/v1/datasets/occupation-in-figures/territories.json?sort=${'a'.repeat(2000)}`,
  '/embed/occupation-in-figures/bar?theme=%3Cscript%3E',
  '/embed/occupation-in-figures/bar?title=%E2%80%AEevil',
  '/embed/occupation-in-figures/timeline?view=nope',
  '/embed/nope/bar',
  '/oembed?url=https%3A%2F%2Fevil.example%2Fembed%2Foccupation-in-figures%2Fbar',
]

async function main() {
  const urlArg = process.argv.indexOf('--url')
  const local = urlArg > 0 ? undefined : await startLocalWorker()
  const origin = urlArg > 0 ? new URL(process.argv[urlArg + 1]!).origin : local!.origin
  try {
    const json = '/api/v1/datasets/occupation-in-figures/territories.json?lang=en'
    const etag = (await fetch(origin + json)).headers.get('ETag') ?? ''
    const scenarios: Scenario[] = [
      { name: 'trivial /health', next: () => ({ path: '/health' }) },
      { name: 'JSON resource', next: () => ({ path: json }) },
      { name: 'JSON 304 revalidation', next: () => ({ path: json, headers: { 'If-None-Match': etag } }) },
      { name: 'bar chart page', next: () => ({ path: '/embed/occupation-in-figures/bar' }) },
      { name: 'timeline page', next: () => ({ path: '/embed/occupation-in-figures/timeline' }) },
      { name: 'bar chart SVG', next: () => ({ path: '/embed/occupation-in-figures/bar.svg?theme=dark' }) },
      { name: 'bar chart PNG', next: () => ({ path: '/embed/occupation-in-figures/bar.png' }) },
      { name: 'hostile mix', next: (i) => ({ path: HOSTILE[i % HOSTILE.length]! }) },
      {
        name: 'clients aborting mid-response',
        abort: true,
        next: (i) => ({
          path: ['/embed/occupation-in-figures/timeline', '/embed/occupation-in-figures/bar.png', json][i % 3]!,
        }),
      },
    ]
    console.log(`Load test against ${origin}, ${SECONDS} s per run, at most ${MAX_REQUESTS} requests per run`)
    console.log(
      `machine: ${(await import('node:os')).cpus().length} cores, ${(await import('node:os')).cpus()[0]?.model ?? '?'}, Node ${process.version}`,
    )
    console.log('| scenario | c | requests | req/s | p50 ms | p99 ms | errors | 5xx | statuses |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    // `--png-flood` runs only the PNG flood (below), the scenario that needs the most time.
    for (const scenario of process.argv.includes('--png-flood') ? [] : scenarios) {
      const probe = await fetch(origin + scenario.next(0).path).catch(() => undefined)
      if (!probe || probe.status === 404) {
        await probe?.body?.cancel()
        console.log(`| ${scenario.name} | - | skipped: the route answered ${probe?.status ?? 'nothing'} | | | | | | |`)
        continue
      }
      await probe.body?.cancel()
      for (const c of CONCURRENCY) {
        const result = await runScenario(origin, scenario, c)
        console.log(row(scenario.name, c, result))
        if (result.errors || result.server5xx) process.exitCode = 1
      }
    }
    await pngFlood(origin)
    // After all of it (aborted clients included) the server must still answer normally.
    const after = await Promise.all([fetch(`${origin}/health`), fetch(origin + json)])
    const healthy = after.every((r) => r.ok)
    await Promise.all(after.map((r) => r.arrayBuffer()))
    console.log(
      `after the runs: /health and the JSON route answer ${after.map((r) => r.status).join(' and ')}${healthy ? '' : ' (NOT HEALTHY)'}`,
    )
    if (!healthy) process.exitCode = 1
  } finally {
    await local?.stop()
  }
}

/** Clients asking for PNGs no one asked for before (a new title each), and at most this many. */
const FLOOD_CONCURRENCY = 4
const FLOOD_MAX_REQUESTS = 2000
/** Longer than the render budget's 10 s period, so the figures include a budget spent and renewed. */
const FLOOD_SECONDS = Number(process.env.LOAD_FLOOD_SECONDS ?? 12)

/**
 * What a flood of unique PNG URLs (each a new render, ~100 ms of CPU) does to everyone else: the
 * trivial route measured alone, then measured while 4 clients ask for new PNGs as fast as they
 * are answered. Reports both, and how the PNGs were answered (renders, 429s past the budget).
 */
async function pngFlood(origin: string) {
  const run = Date.now().toString(36)
  const health: Scenario = { name: 'trivial /health', next: () => ({ path: '/health' }) }
  const flood: Scenario = {
    name: 'unique PNG URLs (a new title each)',
    next: (i) => ({ path: `/embed/occupation-in-figures/bar.png?title=load-${run}-${i}` }),
  }
  console.log('')
  console.log(
    `PNG flood: ${FLOOD_CONCURRENCY} clients asking for new PNGs (at most ${FLOOD_MAX_REQUESTS}) for ${FLOOD_SECONDS} s, /health at c=1 beside them`,
  )
  console.log('| scenario | c | requests | req/s | p50 ms | p99 ms | errors | 5xx | statuses |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  console.log(row('/health alone', 1, await runScenario(origin, health, 1, MAX_REQUESTS, FLOOD_SECONDS)))
  const [during, pngs] = await Promise.all([
    runScenario(origin, health, 1, MAX_REQUESTS, FLOOD_SECONDS),
    runScenario(origin, flood, FLOOD_CONCURRENCY, FLOOD_MAX_REQUESTS, FLOOD_SECONDS),
  ])
  console.log(row('/health during the flood', 1, during))
  console.log(row(flood.name, FLOOD_CONCURRENCY, pngs))
  if (during.errors || during.server5xx || pngs.errors || pngs.server5xx) process.exitCode = 1
}

interface Result {
  count: number
  seconds: number
  latencies: number[]
  errors: number
  server5xx: number
  statuses: Map<number, number>
}

async function runScenario(
  origin: string,
  scenario: Scenario,
  concurrency: number,
  maxRequests = MAX_REQUESTS,
  seconds = SECONDS,
): Promise<Result> {
  const deadline = performance.now() + seconds * 1000
  const result: Result = { count: 0, seconds: 0, latencies: [], errors: 0, server5xx: 0, statuses: new Map() }
  let issued = 0
  const started = performance.now()
  async function client() {
    while (performance.now() < deadline && issued < maxRequests) {
      const { path, headers } = scenario.next(issued++)
      const t0 = performance.now()
      const controller = new AbortController()
      try {
        const res = await fetch(origin + path, { headers: headers ?? {}, signal: controller.signal })
        if (scenario.abort) controller.abort()
        else await res.arrayBuffer()
        result.latencies.push(performance.now() - t0)
        result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1)
        if (res.status >= 500) result.server5xx++
      } catch {
        if (!scenario.abort) result.errors++
      }
      result.count++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  result.seconds = (performance.now() - started) / 1000
  return result
}

function row(name: string, c: number, r: Result): string {
  const sorted = r.latencies.sort((a, b) => a - b)
  const q = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1) : '-'
  const statuses = [...r.statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')
  return `| ${name} | ${c} | ${r.count} | ${Math.round(r.count / r.seconds)} | ${q(0.5)} | ${q(0.99)} | ${r.errors} | ${r.server5xx} | ${statuses} |`
}

await main()
