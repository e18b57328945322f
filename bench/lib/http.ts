/**
 * The benches' HTTP client on 127.0.0.1: one GET timed to its last byte over keep-alive
 * connections, sequential series, routes interleaved in blocks (drift on the shared machine falls
 * on every route alike) and bounded throughput. Everything stops by itself.
 */
import { Agent, request } from 'node:http'

/** One timed answer. */
export interface Timed {
  ms: number
  status: number
  bytes: number
}

const single = new Agent({ keepAlive: true, maxSockets: 1 })

/** One GET (on one shared keep-alive connection unless `via` is given): ms until the last byte. */
export function timedGet(origin: string, path: string, via = single): Promise<Timed> {
  return new Promise((done, fail) => {
    const t = performance.now()
    const req = request(origin + path, { agent: via, headers: { 'Accept-Encoding': 'identity' } }, (res) => {
      let bytes = 0
      res.on('data', (d: Buffer) => (bytes += d.length))
      res.on('end', () => done({ ms: performance.now() - t, status: res.statusCode ?? 0, bytes }))
      res.on('error', fail)
    })
    req.on('error', fail)
    // Nothing in a benchmark may hang it: a request that takes 30 s is a failure.
    req.setTimeout(30_000, () => req.destroy(new Error(`${path}: no answer in 30 s`)))
    req.end()
  })
}

/** Closes the shared connection (before the server it points to stops). */
export function closeConnections(): void {
  single.destroy()
}

/** Nearest-rank p50 and p99 of `samples`, ms, two decimals. */
export function summary(samples: number[], bytes?: number) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2))
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), ...(bytes === undefined ? {} : { bytes }) }
}

/** Sequential requests for `path(i)`, all of which must answer 200. */
export async function series(origin: string, runs: number, path: (i: number) => string) {
  const ms: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const r = await timedGet(origin, path(i))
    if (r.status !== 200) throw new Error(`${path(i)} answered ${r.status}`)
    ms.push(r.ms)
    bytes = r.bytes
  }
  return summary(ms, bytes)
}

/** A route to time: its origin and its path for request `i`. */
export type Route = [origin: string, path: (i: number) => string]

/**
 * Blocks of `block` sequential requests per route in turn, `requests` per route, all of which must
 * answer 200. `around` runs before and after each block of a route (a reading of CPU time, say).
 */
export async function interleaved(
  routes: Record<string, Route>,
  requests: number,
  block = 25,
  around?: { before(name: string): void; after(name: string): void },
) {
  const samples = Object.fromEntries(Object.keys(routes).map((name) => [name, [] as number[]]))
  const bytes: Record<string, number> = {}
  for (let done = 0; done < requests; done += block)
    for (const [name, [origin, path]] of Object.entries(routes)) {
      around?.before(name)
      for (let i = done; i < Math.min(requests, done + block); i++) {
        const r = await timedGet(origin, path(i))
        if (r.status !== 200) throw new Error(`${path(i)} answered ${r.status}`)
        samples[name]!.push(r.ms)
        bytes[name] = r.bytes
      }
      around?.after(name)
    }
  return Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, summary(ms, bytes[name])]))
}

/** Requests per second over `connections` keep-alive connections for `seconds`, capped at 200,000. */
export async function throughput(origin: string, path: (i: number) => string, seconds: number, connections = 8) {
  const pool = new Agent({ keepAlive: true, maxSockets: connections })
  const until = performance.now() + seconds * 1000
  let done = 0
  let failed = 0
  const loop = async () => {
    while (performance.now() < until && done < 200_000) {
      const r = await timedGet(origin, path(done), pool)
      if (r.status === 200) done++
      else failed++
    }
  }
  const t = performance.now()
  await Promise.all(Array.from({ length: connections }, loop))
  pool.destroy()
  return { rps: Math.round(done / ((performance.now() - t) / 1000)), requests: done, failed }
}

/**
 * Throughput of each route in alternating runs of `seconds` (`rounds` each), summed: a busy moment
 * of the shared machine falls on every route alike. Connections are opened anew per run. Also the
 * CPU per request of this process (the client) and, with `serverCpuMs`, of the server, under load.
 */
export async function alternatingThroughput(
  routes: Record<string, Route>,
  options: { seconds: number; rounds: number; connections: number; serverCpuMs?: () => number },
) {
  const zero = () => ({ seconds: 0, requests: 0, failed: 0, clientCpuMs: 0, serverCpuMs: 0 })
  const total = Object.fromEntries(Object.keys(routes).map((name) => [name, zero()]))
  const server = options.serverCpuMs ?? (() => 0)
  for (let round = 0; round < options.rounds; round++)
    for (const [name, [origin, path]] of Object.entries(routes)) {
      const t = performance.now()
      const client = process.cpuUsage()
      const serverBefore = server()
      const run = await throughput(origin, path, options.seconds, options.connections)
      const used = process.cpuUsage(client)
      const sum = total[name]!
      sum.serverCpuMs += server() - serverBefore
      sum.clientCpuMs += (used.user + used.system) / 1000
      sum.seconds += (performance.now() - t) / 1000
      sum.requests += run.requests
      sum.failed += run.failed
    }
  const perRequest = (ms: number, n: number) => Number((ms / n).toFixed(3))
  return Object.fromEntries(
    Object.entries(total).map(([name, t]) => [
      name,
      {
        rps: Math.round(t.requests / t.seconds),
        requests: t.requests,
        failed: t.failed,
        clientCpuMsPerRequest: perRequest(t.clientCpuMs, t.requests),
        ...(options.serverCpuMs ? { serverCpuMsPerRequest: perRequest(t.serverCpuMs, t.requests) } : {}),
      },
    ]),
  )
}
