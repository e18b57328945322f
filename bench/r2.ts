/**
 * `npm run bench:r2` (issue 14): datasets from R2 at scale, reported, not asserted.
 *
 * Fills a local R2 (its own state folder, bench/results/r2-state) with generated datasets (10-500
 * rows, 3 languages), the bundled ones (as `npm start` seeds them) and 10 versions of one, writing
 * straight into the local R2 simulation (one publish per dataset, the index written once). Then it
 * serves the Worker as deployed (the `wrangler deploy --dry-run` bundle) in workerd through
 * Miniflare, once with the R2 binding and once without (the bundled datasets alone: today's
 * figures), and reports: the bundle size, the first request for random datasets (an isolate-cache
 * miss), warm p50/p99 for random datasets, for a pinned old version and for the bundled dataset
 * served both ways, isolate memory after 1,000 distinct datasets, and throughput beside the
 * trivial route.
 *
 * Options: `--datasets N` (default 10000), `--requests N` (default 300), `--seconds N` per
 * throughput run (default 5), `--refill` (fill again even if the state holds this many datasets).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { indexEntryOf, upsertIndex } from '../data/dataset-index.ts'
import { seedBucket } from '../data/seed.ts'
import { publishPackage } from '../data/store.ts'
import { packageFolders } from '../scripts/read-package.ts'
import { closeConnections, interleaved, series, throughput, timedGet } from './lib/http.ts'
import { serveBundle } from './lib/miniflare.ts'
import { rssMiB } from './lib/proc.ts'
import { connect } from './lib/profile.ts'
import { type Bundle, buildBundle } from './lib/workerd.ts'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = resolve(ROOT, 'bench/results')
const STATE = resolve(RESULTS, 'r2-state')
const args = process.argv.slice(2)
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? NaN) || fallback
const DATASETS = option('--datasets', 10_000)
const REQUESTS = option('--requests', 300)
const SECONDS = option('--seconds', 5)
const REFILL = args.includes('--refill')
/** Distinct datasets after which the isolate's memory is read. */
const DISTINCT = Math.min(1000, DATASETS - 1)
const PUBLISHED = '2026-12-02T00:00:00.000Z'
/** The bundled packages, read from data/ as `npm start` seeds them. */
const bundledPackages = packageFolders(resolve(ROOT, 'data'))

function log(message: string) {
  process.stderr.write(`[bench:r2 ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`)
}
const started = performance.now()

/** A deterministic generator, so runs compare. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32
    return seed / 2 ** 32
  }
}

const idOf = (i: number) => `bench-${String(i).padStart(5, '0')}`

function generated(i: number, version = 0) {
  const rand = random(i * 7919 + version)
  const id = idOf(i)
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

/** The Worker as deployed, in workerd through Miniflare: with the R2 binding, or the bundle alone. */
const serve = (bundle: Bundle, withR2: boolean) =>
  // Persisted on disk, so the filled R2 outlives the process that filled it.
  serveBundle({ main: bundle, png: 'stub', r2: withR2, persistTo: resolve(STATE, 'resources') }, log)

interface Filled {
  seconds: number
  /** The 10 versions of the first dataset, oldest first. */
  pins: string[]
  /** The version of every generated dataset. */
  versions: string[]
  /** One ordinary publish (a new version, the full index rewritten), median of 10. */
  publishWithIndexMs: number
  indexBytes: number
}

/** Fills the local R2, or reuses a state that already holds this many datasets. */
async function fill(bundle: Bundle) {
  const marker = resolve(STATE, `filled-${DATASETS}.json`)
  if (existsSync(marker) && !REFILL) {
    log(`reusing the filled state (${marker}); --refill to fill again`)
    return JSON.parse(readFileSync(marker, 'utf8')) as Filled
  }
  rmSync(STATE, { recursive: true, force: true })
  mkdirSync(STATE, { recursive: true })
  const { mf } = await serve(bundle, true)
  const bucket = (await mf.getR2Bucket('DATASETS')) as unknown as R2Bucket
  const begun = performance.now()
  try {
    await seedBucket(bucket, bundledPackages)
    const entries: ReturnType<typeof indexEntryOf>[] = new Array(DATASETS)
    let next = 0
    // 16 publishes in flight: each writes its own keys, the index is written once at the end.
    const worker = async () => {
      for (let i = next++; i < DATASETS; i = next++) {
        const result = await publishPackage(bucket, generated(i), {
          index: false,
          by: 'bench',
          now: () => new Date(PUBLISHED),
        })
        entries[i] = indexEntryOf(result.dataset, PUBLISHED)
        if (i % 1000 === 999) log(`published ${i + 1} datasets`)
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker))
    await upsertIndex(bucket, entries)
    const indexBytes = (await bucket.head('index/datasets.json'))?.size ?? 0
    log(`index of ${DATASETS + bundledPackages.length} datasets: ${indexBytes} bytes`)
    // Ten versions of one, through the ordinary publish: each rewrites the full index.
    const pins: string[] = []
    const perPublish: number[] = []
    for (let v = 1; v <= 10; v++) {
      const t = performance.now()
      pins.push((await publishPackage(bucket, generated(0, v), { by: 'bench' })).version)
      perPublish.push(performance.now() - t)
    }
    const filled: Filled = {
      versions: entries.map((e) => e.version),
      seconds: Number(((performance.now() - begun) / 1000).toFixed(1)),
      pins,
      publishWithIndexMs: Number(median(perPublish).toFixed(1)),
      indexBytes,
    }
    writeFileSync(marker, JSON.stringify(filled))
    return filled
  } finally {
    await mf.dispose()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/**
 * The isolate's used V8 heap, MiB, over the inspector (workerd gives JS no heap API). No forced GC:
 * `HeapProfiler.collectGarbage` closes Miniflare's inspector connection, so this includes garbage
 * not yet collected (an upper bound of what is held).
 */
async function isolateHeapMiB(inspectorPort: number): Promise<{ heap: number; arrayBuffers: number }> {
  const cdp = await connect(`ws://127.0.0.1:${inspectorPort}/main`, { Origin: 'http://localhost' })
  try {
    const usage = await cdp.send<{ usedSize: number; backingStorageSize: number }>('Runtime.getHeapUsage')
    const mib = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1))
    // The memoized bodies are Uint8Arrays: their bytes are backing stores, outside the JS heap.
    return { heap: mib(usage.usedSize), arrayBuffers: mib(usage.backingStorageSize) }
  } finally {
    cdp.close()
  }
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  const bundle = buildBundle('main', 'wrangler.toml', 'bench/results/r2-bundle')
  log(`bundle: ${bundle.bytes} B, ${bundle.gzipBytes} B gzip (${bundle.wranglerSummary})`)
  const filled = await fill(bundle)
  log(`filled ${DATASETS} datasets + 10 versions of ${idOf(0)} in ${filled.seconds} s`)
  const rand = random(42)
  const ids: string[] = []
  const seen = new Set<string>()
  while (ids.length < DISTINCT) {
    const id = idOf(1 + Math.floor(rand() * (DATASETS - 1)))
    if (!seen.has(id)) ids.push(id)
    seen.add(id)
  }
  const data = (id: string) => `/api/v1/datasets/${id}/rows.json`
  const pinned = `/embed/${idOf(0)}@${filled.pins[0]}/bar.svg`
  const pinnedData = `/api/v1/datasets/${idOf(0)}@${filled.pins[0]}/rows.json`
  const bundled = '/api/v1/datasets/occupation-in-figures/territories.json'

  // Both Workers at once, so that the comparisons below interleave and the machine's drift hits
  // both alike (the bundled-only one is stopped before memory is read).
  const r2 = await serve(bundle, true)
  const alone = await serve(bundle, false)
  let stopped: Promise<void> | undefined
  const stopAlone = () => (stopped ??= alone.mf.dispose())
  let figures: Record<string, unknown>
  try {
    const [o, b] = [r2.origin, alone.origin]
    for (const origin of [o, b]) await series(origin, 20, () => '/health')
    // A first request per dataset: pointer, record, descriptor and CSV from R2, validated, hashed.
    log('cold')
    const cold = await series(o, 200, (i) => data(ids[i]!))
    // The same 100 datasets again, well within the LRU (200 versions) and the body caches.
    const warmIds = ids.slice(0, 100)
    const pinOf = (id: string) => `/api/v1/datasets/${id}@${filled.versions[Number(id.slice(6))]}/rows.json`
    for (const path of [pinned, pinnedData, bundled]) await timedGet(o, path)
    await timedGet(b, bundled)
    log('warm, interleaved')
    const warm = await interleaved(
      {
        health: [o, () => '/health'],
        bundledOnlyHealth: [b, () => '/health'],
        warmRandomDataset: [o, (i) => data(warmIds[i % warmIds.length]!)],
        // The same, pinned to their versions: no latest pointer to read, ever.
        warmRandomDatasetPinned: [o, (i) => pinOf(warmIds[i % warmIds.length]!)],
        warmSameDataset: [o, () => data(warmIds[0]!)],
        warmPinnedOldVersionSvg: [o, () => pinned],
        warmPinnedOldVersionData: [o, () => pinnedData],
        // One URL, the same bytes, from R2 and from the bundle: the comparison the 1.2x goal is about.
        bundledDatasetFromR2: [o, () => bundled],
        bundledDatasetFromBundle: [b, () => bundled],
      },
      REQUESTS,
    )
    const listPage = await series(o, 50, (i) => `/api/v1/datasets?after=${ids[i]}&limit=50`)
    const builder = await series(o, 20, (i) => `/?q=${encodeURIComponent(`dataset ${i + 1}`)}`)
    log('throughput')
    const throughputs = {
      health: await throughput(o, () => '/health', SECONDS),
      bundledOnlyHealth: await throughput(b, () => '/health', SECONDS),
      warmRandomDataset: await throughput(o, (i) => data(warmIds[i % warmIds.length]!), SECONDS),
      pinnedOldSvg: await throughput(o, () => pinned, SECONDS),
      bundledDatasetFromR2: await throughput(o, () => bundled, SECONDS),
      bundledDatasetFromBundle: await throughput(b, () => bundled, SECONDS),
    }
    const bundledOnlyIsolate = await isolateHeapMiB(alone.inspectorPort)
    await stopAlone()
    // Memory: before, then after DISTINCT distinct datasets (those not yet asked for: a first request each).
    log('memory')
    const before = await isolateHeapMiB(r2.inspectorPort)
    const rssBefore = rssMiB(r2.pid)
    for (const id of ids) await timedGet(o, data(id))
    const after = await isolateHeapMiB(r2.inspectorPort)
    const rssAfter = rssMiB(r2.pid)
    figures = {
      coldRandomDataset: cold,
      ...warm,
      listPage,
      builderSearch: builder,
      memory: {
        distinct: DISTINCT,
        isolateMiB: { before, after, bundledOnly: bundledOnlyIsolate },
        workerdRssMiB: { before: Number(rssBefore.toFixed(1)), after: Number(rssAfter.toFixed(1)) },
      },
      throughput: throughputs,
    }
  } finally {
    closeConnections()
    await stopAlone()
    await r2.mf.dispose()
  }
  const { versions: _, ...fillFigures } = filled
  const report = {
    datasets: DATASETS,
    bundle: { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes, wrangler: bundle.wranglerSummary },
    fill: fillFigures,
    figures,
  }
  console.log(JSON.stringify(report, null, 2))
  writeFileSync(resolve(RESULTS, 'r2.json'), JSON.stringify(report, null, 2))
}

await main()
