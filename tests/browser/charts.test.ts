/**
 * Published charts in Chromium: the frozen page paints complete without JavaScript, and with it
 * shows "A newer version of this chart is available" only once its dataset has a newer version.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { describeBrowser, launchChromium, openPage, thirdPartyRequests } from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

const baseUrl = inject('baseUrl')
const token = inject('publishToken')
const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
let client = 0
const headers = () => ({ ...auth, 'CF-Connecting-IP': `192.0.2.${++client}` })

let browser: Browser
let site: OtherOrigin

/** Publishes a chart and answers its id and links. */
async function publishChart(
  body: object,
): Promise<{ id: string; links: Record<string, string>; codes: Record<string, string> }> {
  const res = await fetch(`${baseUrl}/api/v1/charts`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify(body),
  })
  expect([200, 201]).toContain(res.status)
  return (await res.json()) as { id: string; links: Record<string, string>; codes: Record<string, string> }
}

/** Publishes the Baltic fixture under `id` (a new id per run: the local R2 may outlive a run). */
async function publishDataset(id: string, area: string): Promise<string> {
  const descriptor = { ...(balticStates.descriptor as object), name: id }
  const files = { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) }
  const res = await fetch(`${baseUrl}/api/v1/datasets/${id}`, {
    method: 'PUT',
    headers: headers(),
    body: JSON.stringify({ descriptor, files, changes: { en: `Area ${area}` } }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { version: string }).version
}

/** Opens a chart page and answers whether its notice shows, once its status document has been read. */
async function noticeShows(url: string): Promise<{ visible: boolean; href: string | null }> {
  const opened = await openPage(browser, null, { width: 480 })
  try {
    const status = opened.page.waitForResponse((r) => r.url().endsWith('/status.json'))
    await opened.page.goto(url, { waitUntil: 'load' })
    expect((await status).status()).toBe(200)
    const notice = opened.page.locator('.fb-newer')
    // The script reveals it after reading the status; give it a moment past the response.
    await opened.page.waitForTimeout(200)
    return { visible: await notice.isVisible(), href: await notice.locator('a').getAttribute('href') }
  } finally {
    await opened.close()
  }
}

describeBrowser('a published chart', () => {
  beforeAll(async () => {
    ;[browser, site] = await Promise.all([launchChromium(), startOtherOrigin()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()])
  })

  it('fits its script-free iframe code in any column of 280-640 px: nothing clipped', async () => {
    const chart = await publishChart({ dataset: 'occupation-in-figures', widget: 'timeline', options: { lang: 'ru' } })
    const article = site.set(
      '/frozen-iframe.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0}#col{width:640px}</style></head><body><div id="col">${chart.codes.iframe}</div></body></html>`,
    )
    const opened = await openPage(browser, article, { width: 900, height: 1200 })
    try {
      await expect.poll(() => opened.page.frames().length).toBe(2)
      const frame = opened.page.frames()[1]!
      await frame.waitForLoadState('load')
      const failures: string[] = []
      for (const column of [280, 320, 480, 640]) {
        await opened.page.evaluate((w) => {
          document.getElementById('col')!.style.width = `${w}px`
        }, column)
        const inner = await frame.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
        }))
        if (inner.scroll > inner.client) failures.push(`${column} px: ${inner.scroll} px in ${inner.client} px`)
      }
      expect(failures).toEqual([])
    } finally {
      await opened.close()
    }
  })

  it('paints complete with JavaScript off: chart, source, citation; no script, no notice', async () => {
    const chart = await publishChart({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'en' } })
    const opened = await openPage(browser, chart.links.page!, { width: 400, javaScript: false })
    try {
      const { page, requests } = opened
      const svg = await page.locator('.fb-chart svg:visible').first().boundingBox()
      expect(svg!.width).toBeGreaterThan(300)
      expect(svg!.height).toBeGreaterThan(200)
      expect(await page.locator('.fb-chart svg:visible .lb').first().textContent()).toBe('Nagorno-Karabakh')
      expect(await page.locator('.fb-meta').textContent()).toContain('Source:')
      expect(await page.locator('.fb-cite summary').textContent()).toBe('Cite this chart')
      expect(await page.locator('.fb-newer').isVisible()).toBe(false)
      expect(requests.filter((r) => r.resourceType === 'fetch' || r.resourceType === 'xhr')).toEqual([])
      expect(thirdPartyRequests(requests, [baseUrl])).toEqual([])
    } finally {
      await opened.close()
    }
  })

  it('shows the newer-version notice only once the dataset has a newer version, linking the live chart', async () => {
    const id = `charts-browser-${Date.now().toString(36)}`
    await publishDataset(id, '45339')
    const chart = await publishChart({ dataset: id, widget: 'bar', options: { sort: 'name' } })
    expect(await noticeShows(chart.links.page!)).toEqual({ visible: false, href: null })

    await publishDataset(id, '45400')
    expect(await noticeShows(chart.links.page!)).toEqual({
      visible: true,
      href: `${baseUrl}/embed/${id}/bar?sort=name`,
    })
    // The frozen chart keeps its figure, and without JavaScript nothing changes.
    const opened = await openPage(browser, chart.links.page!, { width: 480, javaScript: false })
    try {
      expect(await opened.page.locator('.fb-newer').isVisible()).toBe(false)
      expect(await opened.page.locator('.fb-chart').textContent()).toContain('45,339')
    } finally {
      await opened.close()
    }
  })
})
