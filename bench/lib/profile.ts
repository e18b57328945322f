/**
 * `npm run bench -- --profile`: where the time goes, as CPU profiles rather than guesses.
 * - inside workerd: the isolate's V8 profiler over the inspector protocol while autocannon loads
 *   a route, so JS time per request and the functions that take it come from the runtime itself;
 * - in Node: the render loop under `--cpu-prof`, on an unminified bundle so names read well.
 * The .cpuprofile files land in bench/results/profiles/ (open them in Chrome DevTools).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { throughput } from './throughput.ts'

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

/** What a profile says, in short. */
export interface ProfileSummary {
  file: string
  wallMs: number
  /** Time in JavaScript and GC (not idle, not "(program)": the runtime's own native work). */
  jsMs: number
  idleShare: number
  requests?: number
  jsPerRequestUs?: number
  /** Functions by self time, share of the JS time. */
  self: { fn: string; share: number }[]
  /** Functions by inclusive time, share of the JS time. */
  inclusive: { fn: string; share: number }[]
}

function label(cf: CpuProfile['nodes'][number]['callFrame']): string {
  const file = cf.url.split('/').pop() ?? ''
  return `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}` : ''}`
}

/** Summarizes a V8 CPU profile: JS time, top self and inclusive functions. */
export function summarizeProfile(profile: CpuProfile, file: string, requests?: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const perNode = new Map<number, number>()
  let wall = 0
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0
    wall += us
    perNode.set(id, (perNode.get(id) ?? 0) + us)
  })
  const self = new Map<string, number>()
  const incl = new Map<string, number>()
  let idle = 0
  let program = 0
  for (const [id, us] of perNode) {
    const name = byId.get(id)!.callFrame.functionName
    if (name === '(idle)') idle += us
    else if (name === '(program)') program += us
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue
    const key = label(byId.get(id)!.callFrame)
    self.set(key, (self.get(key) ?? 0) + us)
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = label(byId.get(cur)!.callFrame)
      if (k.startsWith('(root)') || seen.has(k)) continue
      seen.add(k)
      incl.set(k, (incl.get(k) ?? 0) + us)
    }
  }
  const js = wall - idle - program
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([fn, us]) => ({ fn, share: us / js }))
  return {
    file,
    wallMs: wall / 1000,
    jsMs: js / 1000,
    idleShare: idle / wall,
    ...(requests ? { requests, jsPerRequestUs: js / requests } : {}),
    self: top(self, 15),
    inclusive: top(incl, 25),
  }
}

/** A minimal Chrome DevTools Protocol client over the global WebSocket. */
/**
 * A minimal Chrome DevTools Protocol client over the inspector WebSocket at `url`. Miniflare's
 * inspector proxy wants an `Origin` of localhost; Node's WebSocket takes headers as an extension.
 */
export async function connect(url: string, headers?: Record<string, string>) {
  const ws = headers ? new WebSocket(url, { headers } as unknown as string[]) : new WebSocket(url)
  await new Promise<void>((done, fail) => {
    ws.addEventListener('open', () => done())
    ws.addEventListener('error', () => fail(new Error(`cannot connect to ${url}`)))
    ws.addEventListener('close', () => fail(new Error(`${url} closed the connection`)))
  })
  let next = 0
  const pending = new Map<number, (result: unknown) => void>()
  ws.addEventListener('message', (m) => {
    const data = JSON.parse(String(m.data)) as { id?: number; result?: unknown }
    if (data.id !== undefined) pending.get(data.id)?.(data.result)
  })
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<T>((done) => {
        const id = ++next
        pending.set(id, done as (r: unknown) => void)
        ws.send(JSON.stringify({ id, method, params }))
      }),
    close: () => ws.close(),
  }
}

/**
 * Profiles the `main` isolate of a workerd started with an inspector on `inspectorPort` while
 * autocannon loads `origin + path` for `seconds`.
 */
export async function profileWorkerdRoute(
  origin: string,
  inspectorPort: number,
  path: string,
  seconds: number,
  outFile: string,
  vary = false,
): Promise<ProfileSummary> {
  const cdp = await connect(`ws://127.0.0.1:${inspectorPort}/main`)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const run = await throughput(origin, path, { seconds, connections: 10, maxRequests: 60_000, vary })
  const { profile } = await cdp.send<{ profile: CpuProfile }>('Profiler.stop')
  cdp.close()
  writeFileSync(outFile, JSON.stringify(profile))
  return summarizeProfile(profile, outFile, run.requests)
}

/** Profiles `runs` renders of `widget` in a Node child process under --cpu-prof. */
export function profileNodeRender(bundle: string, widget: string, runs: number, outFile: string): ProfileSummary {
  const dir = `${outFile}.tmp`
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const script = `
const mod = await import(${JSON.stringify(pathToFileURL(bundle).href)})
const dataset = await mod.loadDataset()
for (let i = 0; i < 300; i++) mod.renderPage(dataset, ${JSON.stringify(widget)}, '')
for (let i = 0; i < ${runs}; i++) mod.renderPage(dataset, ${JSON.stringify(widget)}, 'title=Render%20' + i)`
  // Sampled every 100 µs (Node's default is 1 ms, coarse for renders of a few hundred µs).
  const flags = ['--cpu-prof', '--cpu-prof-interval', '100', `--cpu-prof-dir=${dir}`]
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(run.stderr)
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!
  renameSync(join(dir, file), outFile)
  rmSync(dir, { recursive: true, force: true })
  return summarizeProfile(JSON.parse(readFileSync(outFile, 'utf8')) as CpuProfile, outFile)
}
