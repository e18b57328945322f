/**
 * Bounded throughput on 127.0.0.1 with autocannon (a devDependency of bench/peers): a few seconds
 * per route, a request cap, stops by itself. The figure that matters is the ratio to the trivial
 * route measured on the same workerd in the same run.
 */
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const requirePeers = createRequire(resolve(import.meta.dirname, '../peers/package.json'))

/** One autocannon run, trimmed. */
export interface ThroughputRun {
  path: string
  /** Mean requests per second. */
  rps: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
}

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>

/**
 * Runs autocannon against `origin + path` for `seconds` with `connections` connections, capped at
 * `maxRequests`. `vary` gives each request its own query (to defeat the render memo).
 */
export async function throughput(
  origin: string,
  path: string,
  options: { seconds: number; connections: number; maxRequests: number; vary?: boolean },
): Promise<ThroughputRun> {
  const autocannon = requirePeers('autocannon') as Autocannon
  let n = 0
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    maxOverallRequests: options.maxRequests,
    headers: { 'accept-encoding': 'identity' },
    requests: [
      {
        method: 'GET',
        path,
        ...(options.vary
          ? {
              setupRequest: (req: { path: string }) => ({
                ...req,
                path: `${path}${path.includes('?') ? '&' : '?'}title=t${n++}`,
              }),
            }
          : {}),
      },
    ],
  })
  return {
    path: options.vary ? `${path} (uncached: a new title each request)` : path,
    rps: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}
