/**
 * Cold loads in real Chromium: a new browser context (empty cache, no connections reused) per
 * load, the DevTools protocol for CPU and network throttling, script time and wire bytes.
 *
 * "Chart painted" means: the page's visible SVGs contain every expected label (see chartCheck),
 * and the frame that shows them has been produced.
 * - JavaScript on: an init script checks in every animation frame from the first one; when the
 *   chart is there, a message posted from that frame's rAF callback runs right after the frame
 *   is painted, and its time is the figure.
 * - JavaScript off: no script can run, so a Chromium trace ("loading" category) gives it: the
 *   paint-timing events record the first paint of every SVG text object, and of the text of
 *   every block of the timeline's phone list (`.tl-l`, HTML: its text is painted per block and
 *   named by the block's DOM node); the last of those (the chart's last label to appear) is the
 *   figure. Recorded with JavaScript on too (`svgTextPaintedMs`), as a cross-check of the two
 *   methods.
 */
import type { Browser, CDPSession } from 'playwright-core'

interface TraceEvent {
  name: string
  ts: number
  args?: {
    data?: {
      documentLoaderURL?: string
      is_svg?: boolean
      object_name?: string
      is_in_main_frame?: boolean
      is_aggregation_text?: boolean
      dom_node_id?: number
    }
  }
}

/**
 * ms from the page's navigationStart to the last first paint of the chart's text, or null: of an
 * SVG text object, or of the text of a block whose DOM node is one of `listNodes` (the phone
 * list's; the trace names a node by the id DevTools calls `backendNodeId`).
 */
function lastChartTextPaint(trace: Buffer, url: string, listNodes: ReadonlySet<number>): number | null {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
  if (!start) return null
  let last = -1
  for (const e of events) {
    const d = e.args?.data
    if (e.name !== 'PaintTimingVisualizer::LayoutObjectPainted' || !d?.is_in_main_frame) continue
    const svgText = d.is_svg && d.object_name === 'LayoutSVGText'
    const listText = d.is_aggregation_text && d.dom_node_id !== undefined && listNodes.has(d.dom_node_id)
    if (svgText || listText) last = Math.max(last, e.ts)
  }
  return last < 0 ? null : (last - start.ts) / 1000
}

/** DevTools' `backendNodeId` of the timeline's phone list and everything in it (none on other pages). */
async function listNodeIds(cdp: CDPSession): Promise<Set<number>> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } }
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '.tl-l, .tl-l *',
  })) as { nodeIds: number[] }
  const ids = new Set<number>()
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as { node: { backendNodeId: number } }
    ids.add(node.backendNodeId)
  }
  return ids
}

/** A page to load. */
export interface PageSpec {
  id: string
  label: string
  url: string
  /** Texts the chart's SVG must contain. */
  texts: string[]
}

/** Network and CPU conditions. */
export interface Profile {
  id: 'loopback' | 'phone'
  width: number
  height: number
  cpuSlowdown: number
  network?: { latencyMs: number; downloadBytesPerSecond: number; uploadBytesPerSecond: number }
}

/** Unthrottled loopback on a desktop-width viewport. */
export const LOOPBACK: Profile = { id: 'loopback', width: 1000, height: 800, cpuSlowdown: 1 }

/**
 * A phone on a slow network: 4x CPU slowdown and DevTools' "Fast 3G" preset (562.5 ms latency,
 * 1.44 Mbit/s down, 675 kbit/s up), on a 360 px viewport.
 */
export const PHONE: Profile = {
  id: 'phone',
  width: 360,
  height: 740,
  cpuSlowdown: 4,
  network: {
    latencyMs: 562.5,
    downloadBytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadBytesPerSecond: (750 * 1024 * 0.9) / 8,
  },
}

/** One cold load. Times in ms from navigation start unless named otherwise. */
export interface LoadSample {
  chartFound: boolean
  /** Chart painted; null when not found or not measurable. */
  chartMs: number | null
  /**
   * Last first-paint of the chart's text (an SVG text object, or a block of the timeline's phone
   * list), from the trace (both modes).
   */
  svgTextPaintedMs: number | null
  /** Chart painted, counted from the first byte of the page's response. */
  chartFromFirstByteMs: number | null
  firstByteMs: number
  firstContentfulPaintMs: number | null
  domInteractiveMs: number
  loadEventMs: number
  /** Main-thread script time (DevTools Performance.getMetrics ScriptDuration). */
  scriptMs: number
  /** All main-thread task time (TaskDuration). */
  taskMs: number
  requests: number
  /** Bytes on the wire as DevTools counts them (encodedDataLength: headers and compressed body). */
  transferBytes: number
  urls: string[]
}

/**
 * In-page check: the page's visible charts (one at least 100x50 px) together contain every
 * expected text. A chart is an SVG or the timeline's phone arrangement, an HTML list (`.tl-l`).
 * Together, because a chart may draw its labels in several SVGs (the timeline's flags); visible,
 * because a page holds other arrangements that CSS hides.
 */
function chartCheck(texts: string[]): string {
  return `() => {
    const texts = ${JSON.stringify(texts)}
    let text = ''
    let big = false
    for (const svg of document.querySelectorAll('svg, .tl-l')) {
      const r = svg.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(svg).visibility === 'hidden') continue
      if (r.width >= 100 && r.height >= 50) big = true
      text += ' ' + (svg.textContent || '')
    }
    return big && texts.every((x) => text.includes(x))
  }`
}

function detector(texts: string[]): string {
  return `(() => {
  if (window.top !== window) return
  const has = ${chartCheck(texts)}
  const tick = () => {
    if (has()) {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => { window.__benchChartPainted = performance.now() }
      ch.port2.postMessage(0)
      return
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`
}

/** The same check, run once after load (works with JavaScript off). */
function chartPresent(texts: string[]): string {
  return `(${chartCheck(texts)})()`
}

const TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0]
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]
  return {
    firstByte: nav.responseStart,
    domInteractive: nav.domInteractive,
    loadEvent: nav.loadEventEnd,
    fcp: fcp ? fcp.startTime : null,
    painted: typeof window.__benchChartPainted === 'number' ? window.__benchChartPainted : null,
  }
})()`

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  return (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000
}

/** Loads `spec` once in a fresh context and measures it. */
export async function coldLoad(
  browser: Browser,
  spec: PageSpec,
  profile: Profile,
  javaScript: boolean,
): Promise<LoadSample> {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height },
    javaScriptEnabled: javaScript,
    deviceScaleFactor: 1,
  })
  let tracing = false
  try {
    if (javaScript) await context.addInitScript({ content: detector(spec.texts) })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const sent = new Map<string, string>()
    const finished = new Map<string, number>()
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      // A top-level page asks for /favicon.ico; inside a publisher's iframe it would not.
      if (!/^(data|blob|about):/.test(e.request.url) && !e.request.url.endsWith('/favicon.ico'))
        sent.set(e.requestId, e.request.url)
    })
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) =>
      finished.set(e.requestId, e.encodedDataLength),
    )
    cdp.on('Network.loadingFailed', (e: { requestId: string }) => finished.set(e.requestId, 0))
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Performance.enable')
    if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
    if (profile.network)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: profile.network.downloadBytesPerSecond,
        uploadThroughput: profile.network.uploadBytesPerSecond,
      })
    const timeout = profile.network ? 90_000 : 30_000
    await browser.startTracing(page, { categories: ['loading', 'blink.user_timing'] })
    tracing = true
    await page.goto(spec.url, { waitUntil: 'load', timeout })
    let found: boolean
    if (javaScript) {
      found = await page
        .waitForFunction('typeof window.__benchChartPainted === "number"', undefined, { timeout, polling: 50 })
        .then(() => true)
        .catch(() => false)
    } else {
      found = (await page.evaluate(chartPresent(spec.texts))) as boolean
    }
    // Let late requests (deferred scripts, data) finish so that every byte is counted.
    const quietBy = Date.now() + (profile.network ? 20_000 : 5_000)
    while ([...sent.keys()].some((id) => !finished.has(id)) && Date.now() < quietBy)
      await new Promise((r) => setTimeout(r, 25))
    const t = (await page.evaluate(TIMINGS)) as {
      firstByte: number
      domInteractive: number
      loadEvent: number
      fcp: number | null
      painted: number | null
    }
    const listNodes = await listNodeIds(cdp)
    tracing = false
    const svgTextPaintedMs = lastChartTextPaint(await browser.stopTracing(), spec.url, listNodes)
    let chartMs: number | null = null
    if (found) chartMs = javaScript ? t.painted : svgTextPaintedMs
    return {
      chartFound: found,
      chartMs,
      svgTextPaintedMs,
      chartFromFirstByteMs: chartMs === null ? null : chartMs - t.firstByte,
      firstByteMs: t.firstByte,
      firstContentfulPaintMs: t.fcp,
      domInteractiveMs: t.domInteractive,
      loadEventMs: t.loadEvent,
      scriptMs: await metric(cdp, 'ScriptDuration'),
      taskMs: await metric(cdp, 'TaskDuration'),
      requests: sent.size,
      transferBytes: [...sent.keys()].reduce((s, id) => s + (finished.get(id) ?? 0), 0),
      urls: [...sent.values()],
    }
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined)
    await context.close()
  }
}
