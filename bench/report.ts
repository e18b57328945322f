/**
 * The bench's printed report: one table per widget (ours beside each peer, with the ratio
 * ours / peer), the server-side figures, and the issue's budgets checked against the run.
 */
import type { LoadSample, Profile } from './lib/loads.ts'
import type { ProfileSummary } from './lib/profile.ts'
import { type Summary, summarize } from './lib/stats.ts'
import type { ThroughputRun } from './lib/throughput.ts'
import type { Bundle } from './lib/workerd.ts'

/** Everything one run measured (also the JSON written to bench/results/). */
export interface Report {
  date: string
  machine: { cpus: number; loadAverage: number[]; node: string }
  settings: { loads: number; quick: boolean; profiles: Profile[] }
  widgets: { id: string; label: string; path: string }[]
  skipped: string[]
  peers: { id: string; label: string; path: string }[]
  bundles: { main: Bundle; png: Bundle }
  startup: { trivial: number[]; main: number[]; png: number[] }
  nodeCpu: Record<
    string,
    {
      warm: Summary & { samples: number[] }
      encoded?: Summary & { samples: number[] }
      first: Summary & { samples: number[] }
    }
  >
  workerdLatency: Record<string, number[]>
  /** Per widget, fresh isolates: latency over trivial, CPU of the request's thread over trivial's, startup. */
  firsts: Record<string, { first: number[]; thread: number[]; startup: number[] }>
  throughput: Record<string, ThroughputRun>
  /** Static bodies of the same sizes from a one-line Worker: what size alone costs. */
  control: { sizes: Record<string, number>; runs: Record<string, ThroughputRun> }
  profiles?: Record<string, ProfileSummary>
  loads: { page: string; profile: Profile['id']; javaScript: boolean; samples: LoadSample[] }[]
  bytes: Record<string, { jsOn: { compressed: number; raw: number }; jsOff: { compressed: number; raw: number } }>
}

const kb = (n: number) => (n >= 10_240 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024).toFixed(1)} KB`)
const ms = (n: number) =>
  !Number.isFinite(n) ? '-' : n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`
const ratio = (a: number, b: number) => {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return ''
  const r = a / b
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toFixed(3)}x`
}
const spread = (s: Summary, f: (n: number) => string) =>
  s.n === 0 ? 'no chart' : `${f(s.median)} [${f(s.min)}-${f(s.max)}]`

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n')
}

/** Median of a per-load field over the loads of `page` in `profile` with JavaScript `js`. */
function loadStat(r: Report, page: string, profile: string, js: boolean, field: keyof LoadSample): Summary {
  const run = r.loads.find((l) => l.page === page && l.profile === profile && l.javaScript === js)
  const values = (run?.samples ?? []).map((s) => s[field]).filter((v): v is number => typeof v === 'number')
  return summarize(values)
}

function widgetTable(r: Report, widget: { id: string; label: string; path: string }): string {
  const cols = [widget.id, ...r.peers.map((p) => p.id)]
  const head = ['', `factbox ${widget.id}`, ...r.peers.map((p) => `${p.label} (ratio ours/peer)`)]
  const rows: string[][] = [head]
  const row = (label: string, value: (page: string) => number, cell: (page: string, v: number) => string) => {
    const ours = value(widget.id)
    rows.push([
      label,
      ...cols.map((c) => {
        const v = value(c)
        const text = cell(c, v)
        return c === widget.id || text === 'no chart' || text === '-' ? text : `${text} (${ratio(ours, v)})`
      }),
    ])
  }
  row(
    'wire bytes, JS on (bodies, br)',
    (p) => r.bytes[p]!.jsOn.compressed,
    (_, v) => kb(v),
  )
  row(
    'wire bytes, JS off',
    (p) => r.bytes[p]!.jsOff.compressed,
    (_, v) => kb(v),
  )
  row(
    'transfer incl. headers, JS on',
    (p) => loadStat(r, p, 'loopback', true, 'transferBytes').median,
    (_, v) => kb(v),
  )
  row(
    'requests, JS on',
    (p) => loadStat(r, p, 'loopback', true, 'requests').median,
    (_, v) => String(v),
  )
  row(
    'requests, JS off',
    (p) => loadStat(r, p, 'loopback', false, 'requests').median,
    (_, v) => String(v),
  )
  for (const profile of ['loopback', 'phone'])
    for (const js of [true, false]) {
      const mode = `${profile}, JS ${js ? 'on' : 'off'}`
      row(
        `chart painted from nav start, ${mode}`,
        (p) => loadStat(r, p, profile, js, 'chartMs').median,
        (p) => spread(loadStat(r, p, profile, js, 'chartMs'), ms),
      )
      row(
        `  from first byte, ${mode}`,
        (p) => loadStat(r, p, profile, js, 'chartFromFirstByteMs').median,
        (p) => spread(loadStat(r, p, profile, js, 'chartFromFirstByteMs'), ms),
      )
    }
  row(
    '  cross-check: last SVG text first paint (trace), loopback, JS on',
    (p) => loadStat(r, p, 'loopback', true, 'svgTextPaintedMs').median,
    (p) => spread(loadStat(r, p, 'loopback', true, 'svgTextPaintedMs'), ms),
  )
  for (const profile of ['loopback', 'phone'])
    row(
      `main-thread script, ${profile}, JS on`,
      (p) => loadStat(r, p, profile, true, 'scriptMs').median,
      (p) => spread(loadStat(r, p, profile, true, 'scriptMs'), ms),
    )
  const loads = r.loads.find((l) => l.page === widget.id)?.samples.length ?? 0
  return `${widget.label}: ${widget.path}\nmedian [min-max] of ${loads} cold loads per cell (peers with JS off: fewer, they draw nothing)\n${pad(rows)}\n`
}

function serverTable(r: Report): string {
  const rows: string[][] = [['', ...r.widgets.map((w) => w.id)]]
  const lat = r.workerdLatency
  const trivial = summarize(lat.trivial ?? [])
  rows.push([
    'render in Node, warm: median / p99',
    ...r.widgets.map((w) => `${ms(r.nodeCpu[w.id]!.warm.median)} / ${ms(r.nodeCpu[w.id]!.warm.p99)}`),
  ])
  rows.push([
    '... and encoded to UTF-8 as the route does: median / p99',
    ...r.widgets.map((w) => {
      const e = r.nodeCpu[w.id]!.encoded
      return e ? `${ms(e.median)} / ${ms(e.p99)}` : '-'
    }),
  ])
  rows.push([
    'render in Node, first call: median [min-max]',
    ...r.widgets.map((w) => spread(r.nodeCpu[w.id]!.first, ms)),
  ])
  rows.push([
    'workerd, uncached - trivial: median / p99',
    ...r.widgets.map((w) => {
      const u = summarize(lat[`${w.id} uncached`] ?? [])
      return `${ms(u.median - trivial.median)} / ${ms(u.p99 - trivial.median)}`
    }),
  ])
  rows.push([
    'workerd, cached (memo) - trivial: median',
    ...r.widgets.map((w) => ms(summarize(lat[`${w.id} cached`] ?? []).median - trivial.median)),
  ])
  rows.push([
    'workerd, first request of a fresh isolate - trivial',
    ...r.widgets.map((w) => spread(summarize(r.firsts[w.id]!.first), ms)),
  ])
  const tTrivial = ((r.throughput['trivial (before)']?.rps ?? NaN) + (r.throughput['trivial (after)']?.rps ?? NaN)) / 2
  const tp = (k: string) => {
    const t = r.throughput[k]
    return t ? `${t.rps.toFixed(0)} req/s (${ratio(t.rps, tTrivial)})` : '-'
  }
  rows.push(['throughput, memoized page (ratio to trivial)', ...r.widgets.map((w) => tp(w.id))])
  rows.push(['throughput, uncached render (ratio to trivial)', ...r.widgets.map((w) => tp(`${w.id} uncached`))])
  const ctl = (k: string) => {
    const c = r.control.runs[k]
    const t = r.control.runs.trivial
    return c && t
      ? `${(r.control.sizes[k]! / 1024).toFixed(1)} KB: ${c.rps.toFixed(0)} req/s (${ratio(c.rps, t.rps)})`
      : '-'
  }
  rows.push(['control: same-size static body, one-line Worker', ...r.widgets.map((w) => ctl(w.id))])
  const s = (xs: number[]) => summarize(xs)
  const start = r.startup
  const lines = [
    pad(rows),
    '',
    `workerd latency of the trivial route /health: median ${ms(trivial.median)}, p99 ${ms(trivial.p99)}; JSON route median ${ms(summarize(lat.json ?? []).median)}`,
    `throughput: trivial /health ${tTrivial.toFixed(0)} req/s (mean of before and after), JSON ${tp('json')}; control for the JSON size ${ctl('json')}`,
    `bundle, main Worker (pages + API): ${kb(r.bundles.main.gzipBytes)} gzip (-9, sum of modules), ${kb(r.bundles.main.bytes)} raw; wrangler: ${r.bundles.main.wranglerSummary}`,
    `bundle, PNG Worker: ${kb(r.bundles.png.gzipBytes)} gzip, ${kb(r.bundles.png.bytes)} raw; wrangler: ${r.bundles.png.wranglerSummary}`,
    `startup (fresh workerd until first answer, median [min-max]): trivial ${spread(s(start.trivial), ms)}, main ${spread(s(start.main), ms)}, PNG ${spread(s(start.png), ms)}`,
    `  over the trivial Worker: main +${ms(s(start.main).median - s(start.trivial).median)}, PNG +${ms(s(start.png).median - s(start.trivial).median)}`,
  ]
  return `Server (per Worker)\n${lines.join('\n')}\n`
}

function budgets(r: Report): string {
  const out: string[] = []
  const check = (ok: boolean, text: string) => out.push(`${ok ? 'PASS' : 'MISS'}  ${text}`)
  const limits: Record<string, number> = { bar: 8 * 1024, timeline: 12 * 1024 }
  for (const w of r.widgets) {
    const limit = limits[w.id]
    const b = r.bytes[w.id]!
    if (limit)
      check(
        b.jsOn.compressed <= limit,
        `${w.id}: page all-in ${kb(b.jsOn.compressed)} with JS on (${kb(b.jsOff.compressed)} off) <= ${kb(limit)}`,
      )
    const off = r.loads.filter((l) => l.page === w.id && !l.javaScript).flatMap((l) => l.samples)
    check(
      off.length > 0 && off.every((s) => s.chartFound),
      `${w.id}: chart painted with JavaScript off in ${off.filter((s) => s.chartFound).length}/${off.length} loads`,
    )
    for (const [profile, limitRatio] of [
      ['phone', 1.2],
      ['loopback', 2],
    ] as const)
      for (const js of [true, false]) {
        const ours = loadStat(r, w.id, profile, js, 'chartFromFirstByteMs').median
        const floor = loadStat(r, 'static', profile, js, 'chartFromFirstByteMs').median
        check(
          ours / floor <= limitRatio,
          `${w.id}: first byte to painted chart, ${profile}, JS ${js ? 'on' : 'off'}: ${ms(ours)} = ${ratio(ours, floor)} the static floor (${ms(floor)}) <= ${limitRatio}x`,
        )
      }
    const cpu = r.nodeCpu[w.id]!
    check(cpu.warm.median <= 0.2, `${w.id}: render CPU warm median ${ms(cpu.warm.median)} <= 0.2 ms (Node)`)
    check(cpu.warm.p99 <= 1, `${w.id}: render CPU warm p99 ${ms(cpu.warm.p99)} <= 1 ms (Node)`)
    const first = summarize(r.firsts[w.id]!.first).median
    check(
      first <= 10,
      `${w.id}: first request of a fresh isolate ${ms(first)} over trivial <= 10 ms (workerd; Node first call ${ms(cpu.first.median)})`,
    )
  }
  const tTrivial = ((r.throughput['trivial (before)']?.rps ?? NaN) + (r.throughput['trivial (after)']?.rps ?? NaN)) / 2
  for (const k of ['json', ...r.widgets.map((w) => w.id)]) {
    const t = r.throughput[k]
    const c = r.control.runs[k]
    const ct = r.control.runs.trivial
    const control = c && ct ? `; a static body of the same size in a one-line Worker: ${ratio(c.rps, ct.rps)}` : ''
    if (t)
      check(t.rps / tTrivial >= 0.8, `throughput ${k}: ${ratio(t.rps, tTrivial)} the trivial route >= 0.8x${control}`)
  }
  check(r.bundles.main.gzipBytes <= 300 * 1024, `main Worker bundle ${kb(r.bundles.main.gzipBytes)} gzip <= 300 KB`)
  return `Budgets (issue 7)\n${out.join('\n')}\n\n${timelineBudgets(r)}`
}

/** Issue 12's budgets for the timeline, reported beside issue 7's (tighter where they differ). */
function timelineBudgets(r: Report): string {
  const b = r.bytes.timeline
  const cpu = r.nodeCpu.timeline
  const first = r.firsts.timeline
  if (!b || !cpu || !first) return ''
  const out: string[] = []
  const check = (ok: boolean, text: string) => out.push(`${ok ? 'PASS' : 'MISS'}  ${text}`)
  check(b.jsOn.compressed <= 12 * 1024, `page all-in ${kb(b.jsOn.compressed)} compressed <= 12 KB`)
  check(cpu.warm.median <= 0.3, `render warm median ${ms(cpu.warm.median)} <= 0.3 ms (Node)`)
  check(cpu.warm.p99 <= 1, `render warm p99 ${ms(cpu.warm.p99)} <= 1 ms (Node)`)
  const thread = summarize(first.thread)
  const latency = summarize(first.first)
  check(
    thread.median <= 5,
    `first request of a fresh isolate, CPU of its thread over trivial: median ${ms(thread.median)} [${ms(thread.min)}-${ms(thread.max)}] <= 5 ms ` +
      `(latency over trivial ${ms(latency.median)}; the renderers are compiled at startup: src/embed/warm-up.ts)`,
  )
  return `Budgets (issue 12, timeline)\n${out.join('\n')}\n`
}

function profilesSection(r: Report): string {
  if (!r.profiles) return ''
  const lines: string[] = ['CPU profiles (bench/results/profiles/*.cpuprofile; shares are of JS time)']
  for (const [name, p] of Object.entries(r.profiles)) {
    const per =
      p.jsPerRequestUs !== undefined
        ? `, ${p.jsPerRequestUs.toFixed(0)} us of JS per request over ${p.requests} requests`
        : ''
    lines.push(
      `${name}: JS ${p.jsMs.toFixed(0)} ms of ${p.wallMs.toFixed(0)} ms (isolate idle ${(100 * p.idleShare).toFixed(0)}%)${per}`,
    )
    lines.push(
      `  self: ${p.self
        .slice(0, 6)
        .map((f) => `${f.fn} ${(100 * f.share).toFixed(0)}%`)
        .join('; ')}`,
    )
    lines.push(
      `  inclusive: ${p.inclusive
        .slice(0, 10)
        .map((f) => `${f.fn} ${(100 * f.share).toFixed(0)}%`)
        .join('; ')}`,
    )
  }
  return `${lines.join('\n')}\n`
}

/** The whole printed report. */
export function printReport(r: Report): string {
  const head = [
    `factbox bench, ${r.date}; ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage.map((n) => n.toFixed(1)).join(' ')}; Node ${r.machine.node}`,
    `profiles: loopback ${LABEL(r.settings.profiles[0])}; phone ${LABEL(r.settings.profiles[1])}`,
    ...r.skipped.map((p) => `SKIPPED ${p}: the route did not answer 200; rerun when it lands`),
  ]
  return `${[
    head.join('\n'),
    ...r.widgets.map((w) => widgetTable(r, w)),
    serverTable(r),
    profilesSection(r),
    budgets(r),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`
}

function LABEL(p: Profile | undefined): string {
  if (!p) return '-'
  const net = p.network
    ? `, ${p.network.latencyMs} ms latency, ${((p.network.downloadBytesPerSecond * 8) / 1e6).toFixed(2)} Mbit/s down`
    : ', no throttling'
  return `${p.width}x${p.height}, CPU x${p.cpuSlowdown}${net}`
}
