/**
 * The oEmbed `html` pasted as-is into a publisher's column of any width, in Chromium: the iframe
 * never grows past `maxwidth`, and its height is never short of the chart at any width it can
 * take (280-1200 px), so nothing is clipped without any script.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

const baseUrl = inject('baseUrl')
const COLUMNS = [280, 320, 360, 414, 480, 600, 720, 800, 1000, 1200]
const CASES = [
  { page: 'bar', maxwidth: undefined },
  { page: 'bar?lang=ru', maxwidth: 300 },
  { page: 'timeline', maxwidth: undefined },
  { page: 'timeline?lang=az', maxwidth: 1000 },
  { page: 'timeline?lang=ru&view=cumulative', maxwidth: 1200 },
]

let browser: Browser
let publisher: OtherOrigin

async function frameOf(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().filter((f) => f.url().startsWith(`${baseUrl}/embed/`)).length).toBe(1)
  const frame = page.frames().find((f) => f.url().startsWith(`${baseUrl}/embed/`))!
  await frame.waitForLoadState('load')
  return frame
}

describeBrowser('the oEmbed iframe in a column of any width', () => {
  beforeAll(async () => {
    ;[browser, publisher] = await Promise.all([launchChromium(), startOtherOrigin()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), publisher?.close()])
  })

  for (const { page: widgetPage, maxwidth } of CASES)
    it(`${widgetPage}, maxwidth ${maxwidth ?? 'unset'}: within maxwidth and never clipped at ${COLUMNS.join(', ')} px`, async () => {
      const url = `${baseUrl}/embed/occupation-in-figures/${widgetPage}`
      const query = new URLSearchParams({ url, ...(maxwidth ? { maxwidth: String(maxwidth) } : {}) })
      const res = await fetch(`${baseUrl}/oembed?${query}`)
      expect(res.status).toBe(200)
      const oembed = (await res.json()) as { html: string; width: number; height: number }
      if (maxwidth) expect(oembed.width).toBeLessThanOrEqual(maxwidth)
      const article = publisher.set(
        `/oembed-${widgetPage.replace(/\W/g, '-')}-${maxwidth ?? 0}.html`,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><style>body{margin:0}#col{width:320px}</style></head><body><div id="col">${oembed.html}</div></body></html>`,
      )
      const opened = await openPage(browser, article, { width: 1300, height: 900 })
      try {
        const frame = await frameOf(opened.page)
        const failures: string[] = []
        for (const column of COLUMNS) {
          await opened.page.evaluate((w) => {
            document.getElementById('col')!.style.width = `${w}px`
          }, column)
          const box = await opened.page.locator('iframe').evaluate((el) => el.getBoundingClientRect())
          const inner = await frame.evaluate(() => ({
            content: document.documentElement.getBoundingClientRect().height,
            scroll: document.documentElement.scrollHeight,
            client: document.documentElement.clientHeight,
          }))
          const widest = Math.min(column, oembed.width)
          if (box.width > widest + 0.5) failures.push(`${column} px: the iframe is ${box.width} px wide`)
          if (inner.scroll > inner.client || inner.content > box.height + 0.5)
            failures.push(`${column} px: the chart is ${inner.content} px tall in a ${box.height} px iframe`)
        }
        expect(failures).toEqual([])
      } finally {
        await opened.close()
      }
    })
})
