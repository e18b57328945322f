/**
 * `node bench/first-request.ts [--runs N] [path...]`: the "first request of a fresh isolate" part
 * of `npm run bench` on its own, for trying a change to a widget's first render in a minute: the
 * Workers bundled as uploaded, then per run a fresh workerd, two trivial requests, the widget's
 * first request; the figure is that request's latency minus the second trivial one (as the bench),
 * and the CPU time the workerd process spent on it minus on the trivial one (the sum over its
 * threads of /proc/<pid>/task/<tid>/schedstat, in ns): on a shared machine the latency includes
 * waiting for a core, the CPU time much less so.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resetConnections, timedGet } from './lib/server-cpu.ts'
import { summarize } from './lib/stats.ts'
import { buildBundle, startWorkerd } from './lib/workerd.ts'

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7
const paths = args.filter((a, i) => a.startsWith('/') && i !== runsAt + 1)
const PATHS = paths.length ? paths : ['/embed/occupation-in-figures/bar', '/embed/occupation-in-figures/timeline']

process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
const main = buildBundle('factbox', 'wrangler.toml', 'bench/results/build/main')
const png = buildBundle('factbox-png', 'src/png-worker/wrangler.toml', 'bench/results/build/png')
const samples: Record<string, number[]> = Object.fromEntries(PATHS.map((p) => [p, []]))
const cpu: Record<string, number[]> = Object.fromEntries(PATHS.map((p) => [p, []]))
/** CPU time of every thread of process `pid` so far, ms. */
const cpuMs = (pid: number) =>
  readdirSync(`/proc/${pid}/task`).reduce(
    (sum, tid) => sum + Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6,
    0,
  )
// Round-robin over the paths, so that a busy moment of the shared machine hits each alike.
for (let i = 0; i < RUNS; i++)
  for (const path of PATHS) {
    const w = await startWorkerd({ kind: 'factbox', main, png, publicOrigin: 'https://factbox.example' })
    await timedGet(w.origin, '/health')
    const c0 = cpuMs(w.pid)
    const trivial = await timedGet(w.origin, '/health')
    const c1 = cpuMs(w.pid)
    const first = await timedGet(w.origin, path)
    const c2 = cpuMs(w.pid)
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`)
    samples[path]!.push(first.ms - trivial.ms)
    cpu[path]!.push(c2 - c1 - (c1 - c0))
    resetConnections()
    await w.stop()
  }
for (const path of PATHS) {
  const s = summarize(samples[path]!)
  const c = summarize(cpu[path]!)
  console.log(
    `${path}: first request minus trivial, latency median ${s.median.toFixed(2)} ms [${s.min.toFixed(2)}-${s.max.toFixed(2)}], ` +
      `workerd CPU median ${c.median.toFixed(2)} ms [${c.min.toFixed(2)}-${c.max.toFixed(2)}] (n=${s.n})`,
  )
}
