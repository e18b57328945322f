/**
 * `node bench/first-request.ts [--runs N] [--warm-process] [--save NAME] [--against NAME...] [path...]`:
 * the "first request of a fresh isolate" part of `npm run bench` on its own, for trying a change to
 * a widget's first render in a minute: the Workers bundled as uploaded, then per run a fresh
 * workerd, two trivial requests, the widget's first request; the figure is that request's latency
 * minus the second trivial one (as the bench), and the CPU time the workerd process spent on it
 * minus on the trivial one (the sum over its threads of /proc/<pid>/task/<tid>/schedstat, in ns):
 * on a shared machine the latency includes waiting for a core, the CPU time much less so.
 *
 * - `--warm-process`: before the measured isolate's first request, a twin isolate of the same
 *   Worker in the same process serves the same path, so what a process keeps between isolates
 *   (ICU's locale data) is warm, as in the process that starts a fresh isolate in production.
 * - `--save NAME` keeps this tree's main bundle under bench/results/first/NAME; `--against NAME`
 *   (repeatable) measures saved bundles too, alternating with this tree's run by run, so that a
 *   before and an after meet the same moments of a shared machine. `--runs 0 --save NAME` only saves.
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { busiestThreadMs, processCpuMs, threadCpuMs } from './lib/proc.ts'
import { resetConnections, timedGet } from './lib/server-cpu.ts'
import { summarize } from './lib/stats.ts'
import { type Bundle, buildBundle, startWorkerd } from './lib/workerd.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const valuesOf = (name: string) => args.flatMap((a, i) => (args[i - 1] === name ? [a] : []))
const RUNS = Number(option('--runs') ?? 7)
const WARM_PROCESS = args.includes('--warm-process')
const SAVE = option('--save')
const AGAINST = valuesOf('--against')
const paths = args.filter((a, i) => a.startsWith('/') && !args[i - 1]?.startsWith('--'))
const PATHS = paths.length ? paths : ['/embed/occupation-in-figures/bar', '/embed/occupation-in-figures/timeline']
const SAVED = resolve(import.meta.dirname, 'results/first')

process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
const built = buildBundle('factbox', 'wrangler.toml', 'bench/results/build/main')
const png = buildBundle('factbox-png', 'src/png-worker/wrangler.toml', 'bench/results/build/png')
if (SAVE) {
  rmSync(resolve(SAVED, SAVE), { recursive: true, force: true })
  cpSync(built.dir, resolve(SAVED, SAVE), { recursive: true })
  console.log(`saved this tree's main bundle as ${SAVE}`)
}
const bundles: [string, Bundle][] = [
  ['this tree', built],
  ...AGAINST.map((name): [string, Bundle] => {
    const dir = resolve(SAVED, name)
    if (!existsSync(dir)) throw new Error(`no saved bundle ${name}: run --save ${name} on that code first`)
    return [name, { ...built, dir }]
  }),
]
const key = (label: string, path: string) => (AGAINST.length ? `${label}: ${path}` : path)
const samples: Record<string, number[]> = {}
const cpu: Record<string, number[]> = {}
/** CPU of the thread that ran the request, minus the trivial one's: what the isolate itself spent. */
const thread: Record<string, number[]> = {}
/** Per bundle: wall time from spawning workerd to its first answer, and its CPU time by then (startup, global scope included). */
const startup: Record<string, { ms: number[]; cpu: number[] }> = {}
// Round-robin over the paths and bundles, so that a busy moment of the shared machine hits each alike.
for (let i = 0; i < RUNS; i++)
  for (const path of PATHS)
    for (const [label, main] of bundles) {
      const w = await startWorkerd({
        kind: 'factbox',
        main,
        png,
        publicOrigin: 'https://factbox.example',
        twin: WARM_PROCESS,
      })
      const started = (startup[label] ??= { ms: [], cpu: [] })
      started.ms.push(w.startupMs)
      started.cpu.push(processCpuMs(w.pid))
      if (w.twinOrigin) await timedGet(w.twinOrigin, path)
      await timedGet(w.origin, '/health')
      const t0 = threadCpuMs(w.pid)
      const c0 = processCpuMs(w.pid)
      const trivial = await timedGet(w.origin, '/health')
      const c1 = processCpuMs(w.pid)
      const t1 = threadCpuMs(w.pid)
      const first = await timedGet(w.origin, path)
      const c2 = processCpuMs(w.pid)
      const t2 = threadCpuMs(w.pid)
      if (first.status !== 200) throw new Error(`${label}: ${path} answered ${first.status}`)
      ;(samples[key(label, path)] ??= []).push(first.ms - trivial.ms)
      ;(cpu[key(label, path)] ??= []).push(c2 - c1 - (c1 - c0))
      ;(thread[key(label, path)] ??= []).push(busiestThreadMs(t1, t2) - busiestThreadMs(t0, t1))
      resetConnections()
      await w.stop()
    }
for (const name of Object.keys(samples)) {
  const s = summarize(samples[name]!)
  const c = summarize(cpu[name]!)
  const t = summarize(thread[name]!)
  console.log(
    `${name}: first request minus trivial, latency median ${s.median.toFixed(2)} ms [${s.min.toFixed(2)}-${s.max.toFixed(2)}], ` +
      `workerd CPU median ${c.median.toFixed(2)} ms [${c.min.toFixed(2)}-${c.max.toFixed(2)}], ` +
      `of it the request's thread ${t.median.toFixed(2)} ms [${t.min.toFixed(2)}-${t.max.toFixed(2)}] (n=${s.n})`,
  )
}
for (const [label, s] of Object.entries(startup)) {
  const ms = summarize(s.ms)
  const c = summarize(s.cpu)
  console.log(
    `${AGAINST.length ? `${label}: ` : ''}startup (spawn to first answer, two Workers): latency median ${ms.median.toFixed(1)} ms, ` +
      `workerd CPU median ${c.median.toFixed(1)} ms [${c.min.toFixed(1)}-${c.max.toFixed(1)}] (n=${c.n})`,
  )
}
