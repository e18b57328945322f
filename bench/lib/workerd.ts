/**
 * The Workers as Cloudflare would run them: bundled by `wrangler deploy --dry-run --outdir`, then
 * served by workerd itself (the runtime wrangler dev wraps) from a generated config, with no dev
 * proxy in front. That is as close to the runtime as a local machine gets, and it starts in well
 * under a second, so startup can be timed over several fresh processes.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { freePort } from '../../scripts/net.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const WORKERD = resolve(ROOT, 'node_modules/.bin/workerd')
const WRANGLER = resolve(ROOT, 'node_modules/wrangler/bin/wrangler.js')
const COMPATIBILITY_DATE = /compatibility_date\s*=\s*"([^"]+)"/

/** A Worker bundled for upload. */
export interface Bundle {
  name: string
  dir: string
  compatibilityDate: string
  /** Modules as uploaded (source maps and README excluded), by file name. */
  modules: { name: string; bytes: number; gzipBytes: number }[]
  bytes: number
  /** Sum of each module gzipped at level 9. */
  gzipBytes: number
  /** What wrangler itself printed ("Total Upload: … / gzip: …"). */
  wranglerSummary: string
}

/** Bundles the Worker of `config` (relative to the repository) into `outDir` with wrangler's dry run. */
export function buildBundle(name: string, config: string, out: string): Bundle {
  // wrangler resolves a relative --outdir against the config's folder: always pass it absolute.
  const outDir = resolve(ROOT, out)
  mkdirSync(outDir, { recursive: true })
  const run = spawnSync(process.execPath, [WRANGLER, 'deploy', '--dry-run', '-c', config, '--outdir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
  })
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run -c ${config} failed:\n${run.stderr}${run.stdout}`)
  const summary = /Total Upload:[^\n]*/.exec(run.stdout)?.[0] ?? ''
  const modules = readdirSync(outDir)
    .filter(
      (f) => !f.endsWith('.map') && f !== 'README.md' && !f.endsWith('.capnp') && statSync(join(outDir, f)).isFile(),
    )
    .map((f) => {
      const body = readFileSync(join(outDir, f))
      return { name: f, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }
    })
  const toml = readFileSync(resolve(ROOT, config), 'utf8')
  return {
    name,
    dir: outDir,
    compatibilityDate: COMPATIBILITY_DATE.exec(toml)?.[1] ?? '2026-11-01',
    modules,
    bytes: modules.reduce((s, m) => s + m.bytes, 0),
    gzipBytes: modules.reduce((s, m) => s + m.gzipBytes, 0),
    wranglerSummary: summary.trim(),
  }
}

const MODULE_KIND: Record<string, string> = {
  '.js': 'esModule',
  '.mjs': 'esModule',
  '.csv': 'text',
  '.txt': 'text',
  '.wasm': 'wasm',
  '.ttf': 'data',
  '.bin': 'data',
}

function capnpString(s: string): string {
  return JSON.stringify(s)
}

function workerBlock(id: string, bundle: Bundle, bindings: string[], configDir: string): string {
  const modules = bundle.modules
    .sort((a, b) => (a.name === 'index.js' ? -1 : b.name === 'index.js' ? 1 : a.name.localeCompare(b.name)))
    .map((m) => {
      const kind = MODULE_KIND[extname(m.name)]
      if (!kind) throw new Error(`no module kind for ${m.name}`)
      return `    (name = ${capnpString(m.name)}, ${kind} = embed ${capnpString(relative(configDir, join(bundle.dir, m.name)))}),`
    })
  return `const ${id} :Workerd.Worker = (
  modules = [
${modules.join('\n')}
  ],
  compatibilityDate = ${capnpString(bundle.compatibilityDate)},
  bindings = [
${bindings.map((b) => `    ${b},`).join('\n')}
  ],
);`
}

/**
 * What a workerd process serves: both Workers as deployed; the main Worker alone (its PNG binding
 * on a one-line stub); the PNG Worker alone; or a one-line Worker, the baseline for startup.
 */
export type WorkerdSetup =
  | {
      kind: 'factbox'
      main: Bundle
      png: Bundle
      publicOrigin: string
      /**
       * A second isolate of the main Worker in the same process, on its own port
       * (`RunningWorkerd.twinOrigin`): requests there warm what a process shares between isolates
       * (ICU's locale data), as the process that starts a fresh isolate in production has.
       */
      twin?: boolean
    }
  | { kind: 'main'; main: Bundle; publicOrigin: string }
  | { kind: 'png'; png: Bundle }
  | { kind: 'trivial'; dir: string }
  | { kind: 'control'; dir: string }

/** A running workerd. */
export interface RunningWorkerd {
  origin: string
  /** From spawn until the first HTTP answer, ms. */
  startupMs: number
  /** The workerd process's id: its threads' CPU time is in /proc (bench/first-request.ts). */
  pid: number
  /** The origin of the twin isolate, when asked for (`twin` of the factbox setup). */
  twinOrigin?: string
  stop(): Promise<void>
}

const TRIVIAL_SOURCE = "export default { fetch: () => new Response('ok') }"

/**
 * The size-matched control for throughput: `/bytes/N` answers N bytes of static text from a
 * one-line Worker, so that what a body's size alone costs the runtime and the client on this
 * machine can be told apart from what the route's code costs.
 */
export const CONTROL_SOURCE = `const bodies = new Map()
export default {
  fetch(request) {
    const n = Number(new URL(request.url).pathname.split('/')[2]) || 2
    let body = bodies.get(n)
    if (!body) bodies.set(n, (body = 'x'.repeat(n)))
    return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
  },
}`

function trivialBlock(id: string, source = TRIVIAL_SOURCE): string {
  return `const ${id} :Workerd.Worker = (
  modules = [(name = "index.js", esModule = ${capnpString(source)})],
  compatibilityDate = "2026-11-01",
);`
}

function mainBindings(publicOrigin: string): string[] {
  return [
    `(name = "PUBLIC_ORIGIN", text = ${capnpString(publicOrigin)})`,
    `(name = "FRAME_ANCESTORS", text = "https: http://localhost:* http://127.0.0.1:*")`,
    `(name = "PNG", service = "factbox-png")`,
  ]
}

/**
 * Starts workerd on a free port and waits until it answers. With `inspectorPort`, the V8
 * inspector listens there (`ws://127.0.0.1:<port>/main`), for CPU profiles of the isolate.
 */
export async function startWorkerd(setup: WorkerdSetup, inspectorPort?: number): Promise<RunningWorkerd> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let services: string
  let workers: string
  let dir: string
  let twinPort: number | undefined
  switch (setup.kind) {
    case 'factbox':
      dir = setup.main.dir
      services = '(name = "main", worker = .mainWorker), (name = "factbox-png", worker = .pngWorker)'
      workers = [
        workerBlock('mainWorker', setup.main, mainBindings(setup.publicOrigin), dir),
        workerBlock('pngWorker', setup.png, [], dir),
      ].join('\n')
      if (setup.twin) {
        twinPort = await freePort()
        services += ', (name = "twin", worker = .twinWorker)'
        workers += `\n${workerBlock('twinWorker', setup.main, mainBindings(setup.publicOrigin), dir)}`
      }
      break
    case 'main':
      dir = setup.main.dir
      services = '(name = "main", worker = .mainWorker), (name = "factbox-png", worker = .stubWorker)'
      workers = [
        workerBlock('mainWorker', setup.main, mainBindings(setup.publicOrigin), dir),
        trivialBlock('stubWorker'),
      ].join('\n')
      break
    case 'png':
      dir = setup.png.dir
      services = '(name = "main", worker = .pngWorker)'
      workers = workerBlock('pngWorker', setup.png, [], dir)
      break
    case 'trivial':
      dir = setup.dir
      mkdirSync(dir, { recursive: true })
      services = '(name = "main", worker = .trivialWorker)'
      workers = trivialBlock('trivialWorker')
      break
    case 'control':
      dir = setup.dir
      mkdirSync(dir, { recursive: true })
      services = '(name = "main", worker = .controlWorker)'
      workers = trivialBlock('controlWorker', CONTROL_SOURCE)
      break
  }
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [${services}],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")${
    twinPort ? `, (name = "twin", address = "127.0.0.1:${twinPort}", http = (), service = "twin")` : ''
  }],
);
${workers}
`
  // Embedded paths in a capnp config are relative to the config file.
  const configPath = join(dir, `bench-${setup.kind}.capnp`)
  writeFileSync(configPath, config)
  const started = performance.now()
  const inspector = inspectorPort ? [`--inspector-addr=127.0.0.1:${inspectorPort}`] : []
  const child = spawn(WORKERD, ['serve', configPath, '--experimental', ...inspector], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += String(d)))
  const exited = new Promise<never>((_, fail) =>
    child.once('exit', (code) => fail(new Error(`workerd exited with ${code}: ${stderr.slice(0, 2000)}`))),
  )
  exited.catch(() => undefined)
  const stop = async () => {
    if (child.exitCode !== null) return
    const gone = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000)
    await gone
    clearTimeout(timer)
  }
  try {
    await Promise.race([untilAnswers(`${origin}/`, 20_000), exited])
  } catch (error) {
    await stop()
    throw error
  }
  const twinOrigin = twinPort ? { twinOrigin: `http://127.0.0.1:${twinPort}` } : {}
  return { origin, startupMs: performance.now() - started, pid: child.pid!, ...twinOrigin, stop }
}

/** Polls every 2 ms until any HTTP answer (a 404 is an answer: the runtime is up). */
async function untilAnswers(url: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      return
    } catch {
      await new Promise((r) => setTimeout(r, 2))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}
