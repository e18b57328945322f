/**
 * `node --experimental-transform-types bench/png-cpu.ts [--runs N]`: CPU per PNG render, the figure the PNG Worker's plan and
 * limits follow from (README, "Configuration and deployment"). Fetches the charts' SVGs from a
 * local Worker (`wrangler dev`, bundled data) and renders each as the `.png` route asks the PNG
 * Worker to (the chart at twice its size, and the 1200x630 social card) with the PNG Worker's own
 * `svgToPng()` path (resvg-wasm and the bundled Noto Sans), in Node 24: the same V8 and WASM engine as
 * workerd. Prints the median and p90 of process CPU per render, after 3 warm-up renders each.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { startLocalWorker } from '../scripts/local-worker.ts'
import { CARD, CHART_SCALE, socialCard, svgSize } from '../src/embed/png.ts'

const ROOT = resolve(import.meta.dirname, '..')
const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 20
const FONTS = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map(
  (file) => new Uint8Array(readFileSync(resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans', file))),
)

function render(svg: string, width: number, background: string): number {
  const resvg = new Resvg(svg, {
    font: { fontBuffers: FONTS, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    fitTo: { mode: 'width', value: width },
    background,
  })
  const image = resvg.render()
  const bytes = image.asPng().length
  image.free()
  resvg.free()
  return bytes
}

/** CPU milliseconds of one call, user + system. */
function cpu(work: () => unknown): number {
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

await initWasm(readFileSync(resolve(ROOT, 'node_modules/@resvg/resvg-wasm/index_bg.wasm')))
const local = await startLocalWorker()
try {
  console.log(`PNG render CPU, ${RUNS} renders each after 3 warm-up, Node ${process.version}`)
  console.log('| chart | size | pixels | PNG bytes | CPU p50 ms | CPU p90 ms |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const widget of ['bar', 'timeline'])
    for (const size of ['chart', 'card'] as const) {
      const svg = await (await fetch(`${local.origin}/embed/occupation-in-figures/${widget}.svg`)).text()
      const background = /<rect\b[^>]*class="bg"[^>]*fill="(#[0-9a-fA-F]+)"/.exec(svg)?.[1] ?? '#ffffff'
      const source = size === 'card' ? socialCard(svg, background) : svg
      const width = size === 'card' ? CARD.width : Math.round(svgSize(svg).width * CHART_SCALE)
      let bytes = 0
      for (let i = 0; i < 3; i++) bytes = render(source, width, background)
      const times = Array.from({ length: RUNS }, () => cpu(() => render(source, width, background))).sort(
        (a, b) => a - b,
      )
      const height = size === 'card' ? CARD.height : Math.round(svgSize(svg).height * CHART_SCALE)
      console.log(
        `| ${widget} | ${size} | ${width}x${height} | ${bytes} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.9).toFixed(1)} |`,
      )
    }
} finally {
  await local.stop()
}
