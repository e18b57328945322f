/**
 * Real-Chromium helpers for the browser tests (and the bench): launch Debian's chromium through
 * playwright-core, open pages at a width with JavaScript on or off, record requests, and measure
 * what a reader sees: text boxes and their overlaps, clipping, font sizes, axe-core violations,
 * SVG text contrast.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { describe, it } from 'vitest'
import { CHROMIUM_PATH, chromiumAvailable } from './chromium.ts'

export { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumAvailable, launchChromium } from './chromium.ts'

const ROOT = resolve(import.meta.dirname, '../../..')

/**
 * `describe` for suites that need Chromium. Skips only on a developer machine without Chromium;
 * with `CI` set, a missing Chromium is a failing test, never a silent skip.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumAvailable) describe(name, body)
  else if (process.env.CI)
    describe(name, () => {
      it(`finds Chromium at ${CHROMIUM_PATH} (required when CI is set)`, () => {
        throw new Error(`${CHROMIUM_PATH} is missing: install it with apt-get install -y chromium`)
      })
    })
  else describe.skip(`${name} (skipped: no ${CHROMIUM_PATH}, CI not set)`, body)
}

/** One request the page made. */
export interface RecordedRequest {
  url: string
  method: string
  resourceType: string
}

/** Options of {@link openPage}. */
export interface OpenPageOptions {
  /** Viewport width in CSS px. */
  width: number
  /** @default 800 */
  height?: number
  /** @default true */
  javaScript?: boolean
  /** @default 'light' */
  colorScheme?: 'light' | 'dark'
  /** @default 'en-US' */
  locale?: string
  /** @default 1 */
  deviceScaleFactor?: number
}

/** A page in its own fresh context, with every request it made. */
export interface OpenedPage {
  page: Page
  context: BrowserContext
  requests: RecordedRequest[]
  close(): Promise<void>
}

const scriptless = new WeakSet<Page>()

/**
 * Opens `url` (or a blank page when `url` is null, for `page.setContent`) in a new browser
 * context: cold cache, no cookies, its own viewport and JavaScript setting.
 */
export async function openPage(browser: Browser, url: string | null, options: OpenPageOptions): Promise<OpenedPage> {
  const javaScript = options.javaScript ?? true
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 800 },
    javaScriptEnabled: javaScript,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  })
  const requests: RecordedRequest[] = []
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() }))
  const page = await context.newPage()
  if (!javaScript) scriptless.add(page)
  if (url !== null) await page.goto(url, { waitUntil: 'load' })
  return { page, context, requests, close: () => context.close() }
}

/** Requests that left the allowed origins (data: and about: URLs never count). */
export function thirdPartyRequests(requests: RecordedRequest[], allowedOrigins: string[]): RecordedRequest[] {
  return requests.filter((r) => {
    if (/^(data|about|blob):/.test(r.url)) return false
    return !allowedOrigins.includes(new URL(r.url).origin)
  })
}

/** A rectangle in CSS px of the viewport. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** One rendered piece of text: an HTML line fragment or an SVG text/tspan. */
export interface TextBox extends Box {
  kind: 'html' | 'svg'
  text: string
  /** A short selector of the element holding the text. */
  element: string
  /** Font size as rendered, in CSS px (SVG: font-size times the CTM scale). */
  fontPx: number
  /** Internal: ids of the owning element and of its SVG text ancestors (a tspan sits inside its text). */
  owner: number
  ancestors: number[]
}

const PROBE = readFileSync(resolve(import.meta.dirname, 'probe.js'), 'utf8')

/**
 * Runs a probe function in the page. Injected with page.evaluate, which works under the page's CSP
 * and with JavaScript disabled (it is the DevTools protocol, not a page script).
 */
async function probe<T>(page: Page, name: string, arg?: unknown): Promise<T> {
  await page.evaluate(PROBE)
  return page.evaluate(
    ([fn, a]) =>
      (globalThis as unknown as Record<string, Record<string, (x: unknown) => unknown>>).__factboxProbe![fn as string]!(
        a,
      ),
    [name, arg] as const,
  ) as Promise<T>
}

/** Boxes of every visible text: HTML text nodes via Range.getClientRects, SVG text via getBBox and the screen CTM. */
export function textBoxes(page: Page): Promise<TextBox[]> {
  return probe(page, 'textBoxes')
}

/** Two texts that cover each other. */
export interface Overlap {
  a: TextBox
  b: TextBox
  /** Size of the intersection in px. */
  width: number
  height: number
}

/**
 * Pairs of boxes whose intersection is wider AND taller than `tolerance` px (touching glyph cells
 * of adjacent lines are fine). A tspan is not compared with its own text element.
 * @param tolerance px of allowed overlap on each axis @default 1
 */
export function findOverlaps(boxes: TextBox[], tolerance = 1): Overlap[] {
  const out: Overlap[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.owner === b.owner && a.kind === b.kind && a.kind === 'svg') continue
      if (a.ancestors.includes(b.owner) || b.ancestors.includes(a.owner)) continue
      const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
      const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
      if (width > tolerance && height > tolerance) out.push({ a, b, width: round(width), height: round(height) })
    }
  }
  return out
}

/** Something drawn outside the box that shows it. */
export interface Clipped {
  element: string
  text: string
  /** 'viewport', or the selector of the overflow:hidden ancestor or <svg> that cuts it. */
  by: string
  box: Box
  clip: Box
}

/** What sticks out: horizontal scrolling and clipped elements. */
export interface OverflowReport {
  scrollWidth: number
  viewportWidth: number
  horizontalScroll: boolean
  clipped: Clipped[]
}

/**
 * Horizontal scroll of the document, and every visible element (SVG shapes and text included)
 * that extends beyond the viewport's width or beyond its nearest clipping ancestor
 * (overflow hidden/clip, or an <svg> viewport), by more than `tolerance` px.
 * @default tolerance 1
 */
export function overflow(page: Page, tolerance = 1): Promise<OverflowReport> {
  return probe(page, 'overflow', tolerance)
}

/** The smallest rendered text. */
export interface MinFontSize {
  px: number
  text: string
  element: string
}

/** Smallest font size of visible text as rendered (SVG text times its scale); null when no text. */
export async function minFontSize(page: Page): Promise<MinFontSize | null> {
  const boxes = await textBoxes(page)
  let min: TextBox | undefined
  for (const b of boxes) if (!min || b.fontPx < min.fontPx) min = b
  return min ? { px: min.fontPx, text: min.text, element: min.element } : null
}

/** One axe-core rule violation, trimmed to what a failing assertion should print. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string; summary: string }[]
}

const AXE_PATH = resolve(ROOT, 'node_modules/axe-core/axe.min.js')

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page and returns its violations.
 *
 * Injected with page.addScriptTag; a widget page's CSP (`script-src 'self'`) blocks that and a
 * JavaScript-off page never runs it, so then the source goes in through page.evaluate. With
 * JavaScript off the page runs no timers, so axe's setTimeout is bridged onto promise jobs, which
 * still run for DevTools evaluations.
 */
export async function runAxe(
  page: Page,
  options: { rules?: Record<string, { enabled: boolean }> } = {},
): Promise<AxeViolation[]> {
  const isLoaded = () => page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object')
  if (!scriptless.has(page)) await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined)
  if (!(await isLoaded())) await page.evaluate(readFileSync(AXE_PATH, 'utf8'))
  if (!(await isLoaded())) throw new Error('axe-core could not be loaded into the page')
  if (scriptless.has(page))
    await page.evaluate(() => {
      const g = globalThis as unknown as { setTimeout: unknown; clearTimeout: unknown }
      g.setTimeout = (fn: (...a: unknown[]) => void, _ms?: number, ...args: unknown[]) => {
        void Promise.resolve().then(() => fn(...args))
        return 0
      }
      g.clearTimeout = () => undefined
    })
  return page.evaluate(async (rules) => {
    type AxeResult = {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; failureSummary?: string }[]
      }[]
    }
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      ...(rules ? { rules } : {}),
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }))
  }, options.rules)
}

/** SVG text below the WCAG AA contrast minimum. */
export interface ContrastIssue {
  element: string
  text: string
  ratio: number
  /** 4.5, or 3 for large text. */
  required: number
  fontPx: number
  foreground: string
  background: string
}

/**
 * WCAG AA contrast of SVG text, which axe-core's color-contrast rule does not examine: the text's
 * fill (with fill-opacity and group opacity) against the shapes and backgrounds under it, found
 * with elementsFromPoint at five points of the text box. Limits: shapes with pointer-events:none
 * and gradients/patterns are not seen as background.
 */
export function contrastIssues(page: Page): Promise<ContrastIssue[]> {
  return probe(page, 'svgContrast')
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** The Set-Cookie headers a page's responses carried, read in full by `settled()`. */
export interface SetCookieRecord {
  /** Waits for every header read under way, then gives the cookies as `url: value`. */
  settled(): Promise<string[]>
}

/**
 * Records the Set-Cookie headers of a page's responses. Reading one is asynchronous and can outlive
 * the page (a response that lands as the test closes it): `settled()` waits for every read, and a
 * read cut short by the closing page is dropped instead of escaping as an unhandled rejection,
 * which fails the whole run.
 */
export function recordSetCookies(page: Page): SetCookieRecord {
  const cookies: string[] = []
  const reads: Promise<void>[] = []
  page.on('response', (response) => {
    reads.push(
      response.headerValue('set-cookie').then(
        (cookie) => {
          if (cookie) cookies.push(`${response.url()}: ${cookie}`)
        },
        () => undefined,
      ),
    )
  })
  return {
    settled: async () => {
      await Promise.all(reads)
      return cookies
    },
  }
}
