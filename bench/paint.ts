/**
 * `node bench/paint.ts [--loads N] [--profile phone|loopback] [--js on|off|both]`: the "chart
 * painted" rows of `npm run bench` on their own, in a minute instead of seven: the Worker in
 * workerd behind the bench's server (compression as served), the timeline, the bar chart and the
 * static floor loaded round-robin in fresh Chromium contexts (lib/loads.ts), the medians printed
 * from navigation and from the first byte, with the ratio to the floor. Needs no peer packages.
 * Defaults: 7 loads, the phone profile, JavaScript off.
 */
import { launchChromium } from '../tests/browser/lib/chromium.ts'
import { coldLoad, LOOPBACK, type LoadSample, PHONE } from './lib/loads.ts'
import { startBenchServer } from './lib/serve.ts'
import { summarize } from './lib/stats.ts'
import { buildBundle, startWorkerd } from './lib/workerd.ts'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1]! : fallback
}
const LOADS = Number(arg('--loads', '7'))
const profile = arg('--profile', 'phone') === 'loopback' ? LOOPBACK : PHONE
const modes = { on: [true], off: [false], both: [true, false] }[arg('--js', 'off')] ?? [false]
const TEXTS = ['Zangilan', '4,400']
const PAGES = [
  { id: 'timeline', path: '/embed/occupation-in-figures/timeline' },
  { id: 'bar', path: '/embed/occupation-in-figures/bar' },
  { id: 'static (floor)', path: '/peers/static.html' },
]

process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
const main = buildBundle('factbox', 'wrangler.toml', 'bench/results/build/main')
const png = buildBundle('factbox-png', 'src/png-worker/wrangler.toml', 'bench/results/build/png')
const server = await startBenchServer()
const worker = await startWorkerd({ kind: 'factbox', main, png, publicOrigin: server.origin })
server.setUpstream(worker.origin)
const browser = await launchChromium()
try {
  // Renders are memoized per isolate: the loads time serving and painting, as the bench's do.
  for (const p of PAGES) await fetch(server.origin + p.path).then((r) => r.arrayBuffer())
  for (const javaScript of modes) {
    const samples = new Map<string, LoadSample[]>(PAGES.map((p) => [p.id, []]))
    for (let i = 0; i < LOADS; i++)
      for (const p of PAGES)
        samples
          .get(p.id)!
          .push(
            await coldLoad(
              browser,
              { id: p.id, label: p.id, url: server.origin + p.path, texts: TEXTS },
              profile,
              javaScript,
            ),
          )
    const median = (id: string, key: 'chartMs' | 'chartFromFirstByteMs' | 'svgTextPaintedMs') => {
      const values = samples.get(id)!.flatMap((s) => (s[key] === null ? [] : [s[key]]))
      return values.length ? summarize(values).median : null
    }
    const floor = median('static (floor)', 'chartFromFirstByteMs')
    console.log(`\n${profile.id}, JavaScript ${javaScript ? 'on' : 'off'}, ${LOADS} loads each`)
    for (const p of PAGES) {
      const all = samples.get(p.id)!
      const nav = median(p.id, 'chartMs')
      const fb = median(p.id, 'chartFromFirstByteMs')
      const found = all.filter((s) => s.chartFound && s.chartMs !== null).length
      console.log(
        `  ${p.id.padEnd(15)} chart painted: ${nav === null ? '-' : `${nav.toFixed(0)} ms`} from navigation, ` +
          `${fb === null ? '-' : `${fb.toFixed(0)} ms`} from first byte` +
          (fb !== null && floor ? ` (${(fb / floor).toFixed(2)}x the floor)` : '') +
          `; measured in ${found}/${all.length} loads` +
          // With JavaScript on, the trace's figure is the cross-check of the in-page detector's.
          (javaScript ? `; trace: ${median(p.id, 'svgTextPaintedMs')?.toFixed(0) ?? '-'} ms` : ''),
      )
    }
  }
} finally {
  await browser.close()
  await server.close()
  await worker.stop()
}
