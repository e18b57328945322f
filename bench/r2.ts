/**
 * `npm run bench:r2` (issue 14): datasets from R2 at scale, reported, not asserted.
 *
 * Fills a local R2 (its own state folder, bench/results/r2-state) with generated datasets (10-500
 * rows, 3 languages) and 10 versions of one of them, starts `wrangler dev` on it, and reports: the
 * Worker bundle size, the first (cold, isolate-cache miss) request for random datasets, warm p50/p99
 * for random datasets and for a pinned old version, and the trivial route as the baseline.
 *
 * Options: `--datasets N` (default 1000; the figure is 10000), `--requests N` (default 300).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { getPlatformProxy } from 'wrangler'
import { publishPackage } from '../data/store.ts'
import { freePort } from '../scripts/net.ts'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = resolve(ROOT, 'bench/results')
const STATE = resolve(RESULTS, 'r2-state')
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? NaN) || fallback
const DATASETS = option('--datasets', 1000)
const REQUESTS = option('--requests', 300)

/** A deterministic generator, so runs compare. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32
    return seed / 2 ** 32
  }
}

function generated(i: number, version = 0) {
  const rand = random(i * 7919 + version)
  const id = `bench-${String(i).padStart(5, '0')}`
  const rows = 10 + Math.floor(rand() * 491)
  const lines = ['id,name_en,name_az,name_ru,value']
  for (let r = 0; r < rows; r++)
    lines.push(`r${r},Row ${r},Sətir ${r},Строка ${r},${Math.floor(rand() * 100000) + version}`)
  const descriptor = {
    name: id,
    title: `Bench dataset ${i}`,
    description: 'Generated for npm run bench:r2.',
    updated: '2026-12-01',
    languages: ['en', 'az', 'ru'],
    i18n: {
      az: { title: `Test ${i}`, description: 'Yaradılmış.' },
      ru: { title: `Тест ${i}`, description: 'Сгенерировано.' },
    },
    sources: [{ title: 'Generated' }],
    views: { bar: { resource: 'rows', label: 'name', value: 'value' } },
    resources: [
      {
        name: 'rows',
        path: 'rows.csv',
        schema: {
          primaryKey: ['id'],
          fields: [
            { name: 'id', type: 'string', constraints: { required: true } },
            { name: 'name_en', type: 'string', constraints: { required: true } },
            { name: 'name_az', type: 'string', constraints: { required: true } },
            { name: 'name_ru', type: 'string', constraints: { required: true } },
            { name: 'value', type: 'integer', constraints: { required: true } },
          ],
        },
      },
    ],
  }
  return { id, descriptor, files: { 'rows.csv': `${lines.join('\n')}\n` } }
}

function bundleSize() {
  const out = resolve(RESULTS, 'r2-dry-run')
  spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], { cwd: ROOT, stdio: 'ignore' })
  const code = readFileSync(resolve(out, 'index.js'))
  return { bytes: code.length, gzip: gzipSync(code).length }
}

async function fill() {
  const proxy = await getPlatformProxy<Env>({
    configPath: resolve(ROOT, 'wrangler.toml'),
    persist: { path: resolve(STATE, 'v3') },
  })
  const started = performance.now()
  const pins: string[] = []
  try {
    // One at a time: concurrent first publishes contend on datasets/index.json (a conditional put each).
    for (let i = 0; i < DATASETS; i++) await publishPackage(proxy.env.DATASETS, generated(i))
    for (let v = 1; v <= 10; v++) pins.push((await publishPackage(proxy.env.DATASETS, generated(0, v))).version)
  } finally {
    await proxy.dispose()
  }
  return { seconds: (performance.now() - started) / 1000, pins }
}

async function timed(url: string) {
  const start = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return { ms: performance.now() - start, status: res.status }
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2))
  return { n: sorted.length, p50: at(0.5), p99: at(0.99) }
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  const bundle = bundleSize()
  console.log(`bundle: ${bundle.bytes} B, ${bundle.gzip} B gzip`)
  const filled = await fill()
  console.log(`filled ${DATASETS} datasets + 10 versions of bench-00000 in ${filled.seconds.toFixed(1)} s`)
  const port = await freePort()
  const dev = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      STATE,
      '--var',
      'PUBLISH_TOKEN:bench',
    ],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  )
  const base = `http://127.0.0.1:${port}`
  try {
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${base}/health`).catch(() => undefined))?.ok) break
      await new Promise((r) => setTimeout(r, 500))
    }
    const rand = random(42)
    const pick = () => `bench-${String(Math.floor(rand() * DATASETS)).padStart(5, '0')}`
    const statuses = new Map<number, number>()
    const run = async (url: string) => {
      const { ms, status } = await timed(url)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      return ms
    }
    const health: number[] = []
    for (let i = 0; i < REQUESTS; i++) health.push(await run(`${base}/health`))
    const cold: number[] = []
    const seen: string[] = []
    for (let i = 0; i < REQUESTS; i++) {
      const id = pick()
      if (seen.includes(id)) continue
      seen.push(id)
      cold.push(await run(`${base}/api/v1/datasets/${id}/rows.json`))
    }
    const warm: number[] = []
    for (let i = 0; i < REQUESTS; i++)
      warm.push(await run(`${base}/api/v1/datasets/${seen[i % seen.length]}/rows.json`))
    const pinned: number[] = []
    await run(`${base}/embed/bench-00000@${filled.pins[0]}/bar.svg`)
    for (let i = 0; i < REQUESTS; i++) pinned.push(await run(`${base}/embed/bench-00000@${filled.pins[0]}/bar.svg`))
    const bundled: number[] = []
    for (let i = 0; i < REQUESTS; i++)
      bundled.push(await run(`${base}/api/v1/datasets/occupation-in-figures/territories.json`))
    const report = {
      datasets: DATASETS,
      bundle,
      fillSeconds: Number(filled.seconds.toFixed(1)),
      health: summary(health),
      coldRandomDataset: summary(cold),
      warmRandomDataset: summary(warm),
      warmPinnedOldVersionSvg: summary(pinned),
      warmBundledDataset: summary(bundled),
      statuses: Object.fromEntries(statuses),
    }
    console.log(JSON.stringify(report, null, 2))
    writeFileSync(resolve(RESULTS, 'r2.json'), JSON.stringify(report, null, 2))
  } finally {
    if (dev.pid) process.kill(-dev.pid)
  }
}

await main()
