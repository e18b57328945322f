/**
 * Publishing, proven in a real browser: a publisher's article on another origin (another port)
 * pastes the codes the builder hands out, as an editor would, and the chart fits, resists a
 * hostile neighbour, shows with scripts off, embeds through oEmbed, and nobody sets a cookie or
 * calls a third party.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { builderField } from '../lib/builder-page.ts'
import {
  describeBrowser,
  launchChromium,
  type OpenedPage,
  openPage,
  recordSetCookies,
  type SetCookieRecord,
  thirdPartyRequests,
} from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

const baseUrl = inject('baseUrl')
/** Widths of the article column the chart must fit exactly. */
const WIDTHS = [320, 720] as const
/** How far the iframe's bottom may be from its content's. */
const TOLERANCE = 2

let browser: Browser
let publisher: OtherOrigin
let hostile: OtherOrigin

/** The codes the builder writes for a chart, read from its page as an editor would copy them. */
interface Codes {
  responsive: string
  iframe: string
  pageUrl: string
  oembedUrl: string
}

async function builderCodes(query: string): Promise<Codes> {
  const res = await fetch(`${baseUrl}/?${query}`)
  expect(res.status).toBe(200)
  const html = await res.text()
  const read = (id: string) => builderField(html, id)
  return {
    responsive: read('code-responsive'),
    iframe: read('code-iframe'),
    pageUrl: read('code-pageUrl'),
    oembedUrl: read('code-oembedUrl'),
  }
}

/** Every chart the builder lists for the bundled datasets (`dataset=…&widget=…`). */
async function builderCharts(): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}/`)).text()
  return [...html.matchAll(/<a href="\/\?(dataset=[a-z0-9-]+&amp;widget=[a-z0-9-]+)"/g)].map((m) =>
    m[1]!.replace('&amp;', '&'),
  )
}

/** An article page around pasted embed codes, on the publisher's origin. */
function article(path: string, ...pasted: string[]): string {
  return publisher.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>An article</title><style>body{margin:0;font:18px/1.5 Georgia,serif}article{padding:0 16px}</style></head>
<body><article><h1>An article</h1><p>The lead paragraph of the story.</p>
${pasted.join('\n<p>Between the charts.</p>\n')}
<p>The story goes on after the chart.</p></article></body></html>`,
  )
}

/** The frames showing our widget pages, in document order. */
function widgetFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => frame.url().startsWith(`${baseUrl}/embed/`))
}

/**
 * The biggest visible chart in a frame: an SVG drawing or the timeline's phone list, not an icon
 * of its legend.
 */
async function largestChart(frame: Frame): Promise<{ width: number; height: number }> {
  const charts = await frame.locator('svg:visible, .tl-l:visible').all()
  const boxes = await Promise.all(charts.map((chart) => chart.boundingBox()))
  return boxes.reduce<{ width: number; height: number }>(
    (big, box) => (box && box.width * box.height > big.width * big.height ? box : big),
    { width: 0, height: 0 },
  )
}

/** How an iframe sits around its content: its height in the article, and the content's. */
interface Fit {
  frameHeight: number
  contentHeight: number
  scrollHeight: number
  clientHeight: number
  scrollWidth: number
  clientWidth: number
}

async function fitOf(page: Page, index: number): Promise<Fit> {
  const frameHeight = await page
    .locator('iframe[src*="/embed/"]')
    .nth(index)
    .evaluate((el) => el.getBoundingClientRect().height)
  const frame = widgetFrames(page)[index]!
  const inner = await frame.evaluate(() => {
    const root = document.documentElement
    return {
      // The html element is as tall as what it holds, whatever the iframe's height.
      contentHeight: root.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    }
  })
  return { frameHeight, ...inner }
}

/** Within tolerance of its content, and nothing to scroll inside. */
function fits(fit: Fit): boolean {
  return (
    Math.abs(fit.frameHeight - fit.contentHeight) <= TOLERANCE &&
    fit.scrollHeight <= fit.clientHeight &&
    fit.scrollWidth <= fit.clientWidth
  )
}

/** Waits until every widget iframe on the page fits its content, then returns their fits. */
async function expectAllFit(page: Page, count: number): Promise<Fit[]> {
  await expect.poll(() => widgetFrames(page).length, { timeout: 10_000 }).toBe(count)
  for (const frame of widgetFrames(page)) await frame.waitForLoadState('load')
  const all = () => Promise.all(widgetFrames(page).map((_, i) => fitOf(page, i)))
  await expect.poll(async () => (await all()).every(fits), { timeout: 10_000, interval: 200 }).toBe(true)
  return all()
}

/** No request left our three origins, and no response set a cookie. */
async function expectPrivate(opened: OpenedPage, setCookies: SetCookieRecord) {
  expect(thirdPartyRequests(opened.requests, [baseUrl, publisher.origin, hostile.origin])).toEqual([])
  expect(opened.requests.some((r) => r.url.startsWith(`${baseUrl}/embed/`))).toBe(true)
  expect(await setCookies.settled()).toEqual([])
  expect(await opened.context.cookies()).toEqual([])
}

/** Opens a page and records the cookies its responses try to set. */
async function open(url: string, width: number) {
  const opened = await openPage(browser, null, { width, height: 900 })
  const setCookies = recordSetCookies(opened.page)
  await opened.page.goto(url)
  return { opened, page: opened.page, setCookies }
}

describeBrowser('publishing on another origin', () => {
  beforeAll(async () => {
    ;[browser, publisher, hostile] = await Promise.all([launchChromium(), startOtherOrigin(), startOtherOrigin()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), publisher?.close(), hostile?.close()])
  })

  it('the builder offers every widget, pinned to the data version', async () => {
    const charts = await builderCharts()
    expect(charts).toEqual(
      expect.arrayContaining([
        'dataset=occupation-in-figures&widget=bar',
        'dataset=occupation-in-figures&widget=timeline',
      ]),
    )
    for (const chart of charts)
      expect((await builderCodes(chart)).pageUrl).toMatch(/\/embed\/[a-z0-9-]+@[0-9a-f]{12}\/[a-z0-9-]+$/)
  })

  it.each(WIDTHS)(
    'at %i px, every pasted responsive code ends within 2 px of its chart, with nothing to scroll inside',
    async (width) => {
      const charts = await builderCharts()
      const codes = await Promise.all(charts.map(builderCodes))
      const url = article(`/responsive-${width}.html`, ...codes.map((c) => c.responsive))
      const { opened, page, setCookies } = await open(url, width)
      const fitsNow = await expectAllFit(page, charts.length)
      for (const fit of fitsNow) {
        expect(fit.clientWidth).toBe(width - 32)
        // Resized from the initial height the code sets, by the loader, to the chart's own height.
        expect(fit.frameHeight).toBeGreaterThan(100)
      }
      await expectPrivate(opened, setCookies)
      await opened.close()
    },
  )

  it('a hostile frame on the same page posting fake heights and commands changes nothing', async () => {
    const [chart] = await builderCharts()
    const codes = await builderCodes(chart!)
    const attack = hostile.set('/attack.html', {
      body: '<!doctype html><title>ad</title><script src="/attack.js"></script>',
    })
    hostile.set('/attack.js', {
      contentType: 'text/javascript',
      body: `
        const lies = [
          { type: 'factbox:height', height: 99999 }, { type: 'factbox:height', height: 3 },
          { type: 'factbox:height', height: '4000' }, { type: 'factbox:height', height: { valueOf: 1 } },
          { type: 'factbox:height', height: 4000, frame: 0, selector: 'body', html: '<b>owned</b>' },
          { sentinel: 'amp', type: 'embed-size', height: 5000 }, 'xPYMxfactboxxPYMxheightxPYMx6000',
          JSON.stringify({ type: 'factbox:height', height: 7000 }),
          { type: 'factbox:navigate', url: 'https://attacker.invalid/' }, { type: 'navigate', href: 'javascript:alert(1)' },
          { type: 'factbox:resize', width: 10, height: 10 }, { type: 'factbox:scroll', top: 99999 },
        ]
        let rounds = 0
        const timer = setInterval(() => {
          for (const lie of lies) {
            parent.postMessage(lie, '*')
            // And straight at every frame of the article, our widget included.
            for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage(lie, '*')
          }
          if (++rounds === 20) { clearInterval(timer); document.title = 'done' }
        }, 50)
      `,
    })
    const url = article(
      '/hostile.html',
      codes.responsive,
      `<iframe src="${attack}" title="An advertisement" width="300" height="50"></iframe>`,
    )
    const { opened, page, setCookies } = await open(url, 720)
    const [before] = await expectAllFit(page, 1)
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
    const attacker = page.frames().find((f) => f.url() === attack)!
    await expect.poll(() => attacker.title(), { timeout: 10_000 }).toBe('done')
    await page.waitForTimeout(300)
    const after = await fitOf(page, 0)
    expect(fits(after)).toBe(true)
    expect(after.frameHeight).toBe(before!.frameHeight)
    expect(page.url()).toBe(url)
    expect(widgetFrames(page)[0]!.url()).toBe(codes.pageUrl)
    expect(
      await widgetFrames(page)[0]!.evaluate(() => [window.scrollY, document.body.textContent?.includes('owned')]),
    ).toEqual([0, false])
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(elements)
    expect(opened.context.pages()).toHaveLength(1)
    await expectPrivate(opened, setCookies)
    await opened.close()
  })

  it.each(WIDTHS)('at %i px, with scripts disabled in the iframe, the chart still shows', async (width) => {
    for (const chart of await builderCharts()) {
      const { iframe } = await builderCodes(chart)
      // The publisher's CMS narrowed the sandbox: no scripts, so no same-origin either.
      const scriptless = iframe.replace(/ sandbox="[^"]*"/, ' sandbox="allow-popups allow-popups-to-escape-sandbox"')
      expect(scriptless).not.toContain('allow-scripts')
      const url = article(`/scriptless-${width}-${chart.replace(/\W/g, '-')}.html`, scriptless)
      const { opened, page, setCookies } = await open(url, width)
      await expect.poll(() => widgetFrames(page).length, { timeout: 10_000 }).toBe(1)
      const frame = widgetFrames(page)[0]!
      await frame.waitForLoadState('load')
      const chartBox = await largestChart(frame)
      expect(chartBox.width, chart).toBeGreaterThan(width / 2)
      expect(chartBox.height, chart).toBeGreaterThan(50)
      expect(await frame.locator('h1, h2').first().isVisible(), chart).toBe(true)
      // The initial height is the one the code was written with (a desktop column's): no collapse to 150 px.
      const height = await page
        .locator('iframe')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height)
      expect(height).toBe(Number(/ height="(\d+)"/.exec(iframe)![1]))
      await expectPrivate(opened, setCookies)
      await opened.close()
    }
  })

  // The script-free code never corrects its height: sized for a desktop column, it leaves little
  // blank below the chart there (it left 215-447 px when it was sized for a phone). A column of
  // 1000 px is wider than most articles': there the timeline switches to its desktop drawing,
  // about 150 px shorter than the 640 px one the code was sized for.
  const MOST_BLANK: Record<number, number> = { 712: 60, 1000: 160 }
  it.each([712, 1000])('at %i px, the script-free code shows the whole chart with little left blank', async (width) => {
    for (const chart of await builderCharts()) {
      const { iframe } = await builderCodes(chart)
      const url = article(`/fixed-${width}-${chart.replace(/\W/g, '-')}.html`, iframe)
      const { opened, page } = await open(url, width)
      await expect.poll(() => widgetFrames(page).length, { timeout: 10_000 }).toBe(1)
      await widgetFrames(page)[0]!.waitForLoadState('load')
      const fit = await fitOf(page, 0)
      expect(fit.frameHeight, chart).toBe(Number(/ height="(\d+)"/.exec(iframe)![1]))
      expect(fit.scrollHeight, chart).toBeLessThanOrEqual(fit.clientHeight)
      expect(fit.frameHeight - fit.contentHeight, chart).toBeGreaterThanOrEqual(-TOLERANCE)
      expect(fit.frameHeight - fit.contentHeight, chart).toBeLessThanOrEqual(MOST_BLANK[width]!)
      await opened.close()
    }
  })

  it('the oEmbed html embeds and displays the chart, within maxwidth and maxheight', async () => {
    for (const chart of await builderCharts()) {
      const codes = await builderCodes(chart)
      const oembedUrl = new URL(codes.oembedUrl)
      oembedUrl.searchParams.set('maxwidth', '600')
      oembedUrl.searchParams.set('maxheight', '900')
      const res = await fetch(oembedUrl)
      expect(res.status, chart).toBe(200)
      expect(res.headers.get('Set-Cookie')).toBeNull()
      const oembed = (await res.json()) as {
        type: string
        html: string
        width: number
        height: number
        version: string
      }
      expect(oembed.type).toBe('rich')
      expect(oembed.version).toBe('1.0')
      expect(oembed.width).toBeLessThanOrEqual(600)
      expect(oembed.height).toBeLessThanOrEqual(900)
      expect(oembed.html).toMatch(/^<iframe [^>]*src="[^"]+"[^>]*><\/iframe>$/)
      const url = article(`/oembed-${chart.replace(/\W/g, '-')}.html`, oembed.html)
      const { opened, page, setCookies } = await open(url, 720)
      await expect.poll(() => widgetFrames(page).length, { timeout: 10_000 }).toBe(1)
      const frame = widgetFrames(page)[0]!
      await frame.waitForLoadState('load')
      expect(frame.url()).toBe(codes.pageUrl)
      expect((await largestChart(frame)).height, chart).toBeGreaterThan(50)
      expect(await frame.locator('h1, h2').first().isVisible(), chart).toBe(true)
      await expectPrivate(opened, setCookies)
      await opened.close()
    }
  })
})
