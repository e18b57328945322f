/**
 * `node bench/render-cpu.ts [--runs N] [--first N] [--profile]`: the render-CPU part of
 * `npm run bench` on its own, for trying a change to a widget in a minute instead of seven.
 * Same bundle, same loop and same statistics as the bench (lib/server-cpu.ts): per-call times of
 * options + render + page after 200 warm-up calls (each call with its own title, so nothing is
 * served from a memo), and the first call in fresh processes. `--bytes` also times the page
 * encoded to UTF-8, as the route does before it answers (this flattens the string, which the bench's
 * figure leaves out). `--profile` adds a `--cpu-prof` profile of 2000 renders per widget
 * (unminified bundle) and prints the top functions.
 */
import { resolve } from 'node:path'
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
const WIDGETS = ['bar', 'timeline']
const ms = (v: number) => `${v.toFixed(3)} ms`

const bundle = await bundleRenderEntry(resolve(RESULTS, 'build/render.mjs'))
for (const widget of WIDGETS) {
  const warm = await nodeWarm(bundle, widget, RUNS)
  const first = FIRST > 0 ? nodeFirst(bundle, widget, FIRST) : undefined
  console.log(
    `${widget.padEnd(8)} warm median ${ms(warm.median)}  p99 ${ms(warm.p99)}  max ${ms(warm.max)}  (n=${warm.n})` +
      (first ? `  |  first call median ${ms(first.median)} [${first.min.toFixed(1)}-${first.max.toFixed(1)}] (n=${first.n})` : ''),
  )
  if (args.includes('--bytes')) {
    const encoded = await nodeWarm(bundle, widget, RUNS, 200, true)
    console.log(`${''.padEnd(8)} with UTF-8 encoding: median ${ms(encoded.median)}  p99 ${ms(encoded.p99)}  max ${ms(encoded.max)}`)
  }
}

if (args.includes('--profile')) {
  const dev = await bundleRenderEntry(resolve(RESULTS, 'build/render-dev.mjs'), false)
  for (const widget of WIDGETS) {
    const file = resolve(RESULTS, `profiles/node-${widget}.cpuprofile`)
    const p = profileNodeRender(dev, widget, 2000, file)
    console.log(`\n${widget}: ${p.jsMs.toFixed(0)} ms of JS over 2000 renders (${((p.jsMs / 2000) * 1000).toFixed(0)} µs each); ${file}`)
    console.log('  self:      ' + p.self.slice(0, 12).map((s) => `${s.fn} ${(s.share * 100).toFixed(1)}%`).join('\n             '))
    console.log('  inclusive: ' + p.inclusive.slice(0, 25).map((s) => `${s.fn} ${(s.share * 100).toFixed(1)}%`).join('\n             '))
  }
}
