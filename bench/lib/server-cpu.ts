/**
 * Server CPU per render, two ways:
 * - in Node: the route's work (options + render + page) timed call by call, warm (after a
 *   warm-up) and first call in fresh processes (cold code, as in a new isolate);
 * - in workerd, from outside: the Workers runtime freezes its clocks during a request, so a render
 *   is timed as the loopback latency of an uncached widget request (a distinct `title` per
 *   request defeats the per-isolate memo) minus that of the trivial route, both on one
 *   keep-alive connection; the first request of a fresh workerd likewise.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { timedGet } from './http.ts'
import { type Summary, summarize } from './stats.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** Bundles render-entry.ts for Node (JSX and `.csv` imports need a bundler; esbuild ships with wrangler). */
export async function bundleRenderEntry(outFile: string, minify = true): Promise<string> {
  const { build } = await import('esbuild')
  await build({
    entryPoints: [resolve(import.meta.dirname, 'render-entry.ts')],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    loader: { '.csv': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    minify,
    logLevel: 'error',
    absWorkingDir: ROOT,
  })
  return outFile
}

interface RenderModule {
  loadDataset(): Promise<unknown>
  highlightIds(dataset: unknown, name: string): string[]
  renderPage(dataset: unknown, name: string, query?: string): number
  renderBytes(dataset: unknown, name: string, query?: string): number
}

/**
 * Per-call times of the route's render work in this Node process, after `warmup` calls; with
 * `bytes`, each call also encodes the page to UTF-8 as the route does before answering.
 */
export async function nodeWarm(
  bundle: string,
  widget: string,
  runs: number,
  warmup = 200,
  bytes = false,
  newDrawing = false,
): Promise<Summary & { samples: number[] }> {
  const mod = (await import(pathToFileURL(bundle).href)) as RenderModule
  const dataset = await mod.loadDataset()
  const render = bytes ? mod.renderBytes : mod.renderPage
  // A widget keeps the drawings a new title does not change. `newDrawing` also asks for a new
  // highlight each time (pairs of rows, more than the timeline keeps), as embeds that differ in
  // what they draw do.
  const ids = mod.highlightIds(dataset, widget)
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a},${b}`))
  const extra = (i: number) => (newDrawing ? `&highlight=${pairs[i % pairs.length]}` : '')
  const queries = ['', 'lang=az', 'lang=ru', 'theme=dark', 'theme=light']
  for (let i = 0; i < warmup; i++) render(dataset, widget, queries[i % queries.length] + extra(i))
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const q = `title=${encodeURIComponent(`Render ${i}`)}${extra(i)}`
    const t = performance.now()
    render(dataset, widget, q)
    samples.push(performance.now() - t)
  }
  return { ...summarize(samples), samples }
}

/**
 * The first render in fresh Node processes: module loading is done first (it is startup, timed
 * elsewhere), then one render is timed with cold code, as a new isolate's first request is.
 */
export function nodeFirst(bundle: string, widget: string, processes: number): Summary & { samples: number[] } {
  const script = `
const mod = await import(${JSON.stringify(pathToFileURL(bundle).href)})
const dataset = await mod.loadDataset()
const t = performance.now()
mod.renderPage(dataset, ${JSON.stringify(widget)}, '')
process.stdout.write(String(performance.now() - t))`
  const samples: number[] = []
  for (let i = 0; i < processes; i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    samples.push(Number(run.stdout))
  }
  return { ...summarize(samples), samples }
}

// One GET on a shared keep-alive connection, and closing it: the benches' client (lib/http.ts).
export { closeConnections as resetConnections, timedGet } from './http.ts'

/** Latencies of `paths(i)` over `runs` sequential requests. */
export async function latencies(origin: string, runs: number, path: (i: number) => string): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const r = await timedGet(origin, path(i))
    if (r.status !== 200) throw new Error(`${path(i)} answered ${r.status}`)
    out.push(r.ms)
  }
  return out
}
