/**
 * `node bench/render-cpu.ts [--runs N] [--first N] [--profile]`: the render-CPU part of
 * `npm run bench` on its own, for trying a change to a widget in a minute instead of seven.
 * Same bundle, same loop and same statistics as the bench (lib/server-cpu.ts): per-call times of
 * options + render + page after 200 warm-up calls (each call with its own title, so the route's
 * page memo never answers, while the widgets' drawings, kept per dataset and options, are reused),
 * the same with a new highlight per call as well (a drawing the timeline does not keep), and the
 * first call in fresh processes. `--bytes` also times the page
 * encoded to UTF-8, as the route does before it answers (this flattens the string, which the bench's
 * figure leaves out). `--rounds N` repeats the warm loop N times in the same process: the p99 of
 * the first loops includes the young generation growing (more scavenges), later ones less.
 * `--alloc` measures what a render allocates (V8's sampling heap profiler, collected objects
 * included). `--profile` adds a `--cpu-prof` profile of 2000 renders per widget (unminified
 * bundle) and prints the top functions.
 */
import { Session } from 'node:inspector/promises'
import { resolve } from 'node:path'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { profileNodeRender } from './lib/profile.ts'
import { bundleRenderEntry, nodeFirst, nodeWarm } from './lib/server-cpu.ts'

const RESULTS = resolve(import.meta.dirname, 'results')
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const RUNS = option('--runs', 2000)
const FIRST = option('--first', 15)
const ROUNDS = option('--rounds', 1)
const WIDGETS = ['bar', 'timeline']
const ms = (v: number) => `${v.toFixed(3)} ms`

// Scavenges (minor GCs) during each loop: the renders they land in make the p99.
const gcs: { minor: boolean; ms: number }[] = []
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      minor:
        (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR,
      ms: e.duration,
    })
}).observe({ entryTypes: ['gc'] })
/** Scavenges since `from` (an index into `gcs`), once the observer has been told of them. */
async function scavengesSince(from: number): Promise<string> {
  // The observer hears of a GC in a later task, not during the synchronous loop.
  await new Promise((done) => setTimeout(done, 50))
  const minor = gcs.slice(from).filter((g) => g.minor)
  const mean = minor.reduce((sum, g) => sum + g.ms, 0) / (minor.length || 1)
  return `${minor.length} scavenges (mean ${ms(mean)})`
}

const bundle = await bundleRenderEntry(resolve(RESULTS, 'build/render.mjs'))
for (const widget of WIDGETS) {
  let gcFrom = gcs.length
  const warm = await nodeWarm(bundle, widget, RUNS)
  const warmGc = await scavengesSince(gcFrom)
  const first = FIRST > 0 ? nodeFirst(bundle, widget, FIRST) : undefined
  console.log(
    `${widget.padEnd(8)} warm median ${ms(warm.median)}  p99 ${ms(warm.p99)}  max ${ms(warm.max)}  (n=${warm.n})` +
      (first
        ? `  |  first call median ${ms(first.median)} [${first.min.toFixed(1)}-${first.max.toFixed(1)}] (n=${first.n})`
        : '') +
      `  |  ${warmGc} over the loop and its warm-up`,
  )
  for (let round = 2; round <= ROUNDS; round++) {
    gcFrom = gcs.length
    const again = await nodeWarm(bundle, widget, RUNS)
    console.log(
      `${''.padEnd(8)} round ${round} in the same process: median ${ms(again.median)}  p99 ${ms(again.p99)}  max ${ms(again.max)}  |  ${await scavengesSince(gcFrom)}`,
    )
  }
  const fresh = await nodeWarm(bundle, widget, RUNS, 200, false, true)
  console.log(
    `${''.padEnd(8)} and a new highlight each time (a new drawing): median ${ms(fresh.median)}  p99 ${ms(fresh.p99)}  max ${ms(fresh.max)}`,
  )
  if (args.includes('--bytes')) {
    const encoded = await nodeWarm(bundle, widget, RUNS, 200, true)
    console.log(
      `${''.padEnd(8)} with UTF-8 encoding: median ${ms(encoded.median)}  p99 ${ms(encoded.p99)}  max ${ms(encoded.max)}`,
    )
  }
}

if (args.includes('--alloc')) {
  interface Node {
    selfSize: number
    children: Node[]
  }
  const mod = (await import(pathToFileURL(bundle).href)) as {
    loadDataset(): Promise<unknown>
    renderPage(d: unknown, w: string, q?: string): number
  }
  const dataset = await mod.loadDataset()
  const session = new Session()
  session.connect()
  for (const widget of WIDGETS) {
    for (let i = 0; i < 300; i++) mod.renderPage(dataset, widget, '')
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    })
    for (let i = 0; i < 1000; i++) mod.renderPage(dataset, widget, `title=Render%20${i}`)
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: Node } }
    const total = (n: Node): number => n.selfSize + n.children.reduce((sum, c) => sum + total(c), 0)
    console.log(
      `${widget.padEnd(8)} allocates ${(total(profile.head) / 1000 / 1024).toFixed(0)} KB per render (sampled over 1000 renders)`,
    )
  }
  session.disconnect()
}

if (args.includes('--profile')) {
  const dev = await bundleRenderEntry(resolve(RESULTS, 'build/render-dev.mjs'), false)
  for (const widget of WIDGETS) {
    const file = resolve(RESULTS, `profiles/node-${widget}.cpuprofile`)
    const p = profileNodeRender(dev, widget, 2000, file)
    console.log(
      `\n${widget}: ${p.jsMs.toFixed(0)} ms of JS over 2000 renders (${((p.jsMs / 2000) * 1000).toFixed(0)} µs each); ${file}`,
    )
    console.log(
      '  self:      ' +
        p.self
          .slice(0, 12)
          .map((s) => `${s.fn} ${(s.share * 100).toFixed(1)}%`)
          .join('\n             '),
    )
    console.log(
      '  inclusive: ' +
        p.inclusive
          .slice(0, 25)
          .map((s) => `${s.fn} ${(s.share * 100).toFixed(1)}%`)
          .join('\n             '),
    )
  }
}
