/**
 * The footer and the readout in real Chromium, at every width from a 280 px phone column to a
 * 1200 px desktop frame, in every language: no line of the source line starts with its "·", a
 * source's title is never broken, the readout of a focused bar keeps the total (and the subtotal)
 * in view, and wide frames keep the bars' proportions.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { MAX_BAR_AREA } from '../../widgets/bar-chart/css.ts'
import { describeBrowser, launchChromium } from './lib/browser.ts'

const WIDTHS = [280, 300, 320, 360, 480, 720, 1000, 1200]
const LANGS = ['en', 'az', 'ru'] as const

describeBrowser('the footer and the readout in Chromium', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  async function open(path: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } })
    const page = await context.newPage()
    const res = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
    expect(res!.status()).toBe(200)
    await page.evaluate(() => document.fonts.ready)
    return page
  }

  /** Where the source line breaks badly: a line that starts with the dot, a title in two pieces. */
  function footerFaults(page: Page) {
    return page.evaluate(() => {
      const faults: string[] = []
      for (const meta of document.querySelectorAll('.fb-meta, .fb-ctx')) {
        const left = meta.getBoundingClientRect().left
        // The dot is each part's ::after: a part whose last line box holds only the dot (a few px
        // wide, at the paragraph's left edge) put the dot at the start of a line.
        if (meta.classList.contains('fb-meta'))
          for (const part of [...meta.children].slice(0, -1)) {
            const last = [...part.getClientRects()].at(-1)!
            if (last.left - left < 1 && last.width < 12) faults.push(`dot starts a line after "${part.textContent}"`)
          }
        for (const title of meta.querySelectorAll('.fb-nw[lang="en"]')) {
          const lines = new Set([...title.getClientRects()].map((r) => Math.round(r.top)))
          if (lines.size > 1) faults.push(`title broken: "${title.textContent}"`)
        }
      }
      return faults
    })
  }

  for (const lang of LANGS)
    it(`keeps the dot at a line's end and each source's title whole at ${WIDTHS.join(', ')} px in ${lang}`, async () => {
      for (const widget of ['bar', 'timeline']) {
        const page = await open(`/embed/occupation-in-figures/${widget}?lang=${lang}`, WIDTHS[0]!)
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 })
          expect(await footerFaults(page), `${widget} ${width} px`).toEqual([])
          // The as-of date is on the page, in the footer.
          const meta = await page.locator('.fb-meta').textContent()
          expect(meta, `${widget} ${width} px`).toMatch(/2016/)
        }
        await page.context().close()
      }
    }, 240_000)

  for (const lang of LANGS)
    it(`shows a focused bar's readout under the total, never over it, at ${WIDTHS.join(', ')} px in ${lang}`, async () => {
      const page = await open(`/embed/occupation-in-figures/bar?lang=${lang}`, WIDTHS[0]!)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 })
        for (const i of [0, 1, 8]) {
          const report = await page.evaluate((n) => {
            const shown = [...document.querySelectorAll('.bw')].find((w) => getComputedStyle(w).display !== 'none')!
            const bar = shown.querySelectorAll<SVGGElement>('.bar')[n]!
            bar.focus()
            const box = (el: Element) => {
              const r = el.getBoundingClientRect()
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
            }
            const readout = bar.querySelector('.ro')!
            const sums = [...shown.querySelectorAll('.tot')]
            return {
              readoutVisible: getComputedStyle(readout).visibility === 'visible',
              sumsVisible: sums.map((s) => getComputedStyle(s).visibility === 'visible'),
              readout: box(readout),
              sums: sums.map(box),
              svg: box(shown.querySelector('svg')!),
              page: document.documentElement.clientWidth,
              lines: [...readout.querySelectorAll('tspan')].map((t) => t.textContent!),
            }
          }, i)
          const where = `${width} px, bar ${i + 1}`
          expect(report.readoutVisible, where).toBe(true)
          expect(report.sumsVisible, where).toEqual([true, true])
          for (const sum of report.sums) expect(report.readout.top, where).toBeGreaterThanOrEqual(sum.bottom - 1)
          expect(report.readout.bottom, where).toBeLessThanOrEqual(report.svg.bottom + 1)
          expect(report.readout.right, where).toBeLessThanOrEqual(report.page + 1)
          // A readout breaks only before a "·": every line after the first starts with one.
          for (const line of report.lines.slice(1)) expect(line, where).toMatch(/^·/)
        }
      }
      await page.context().close()
    }, 240_000)

  it('keeps the bars in proportion in wide frames (1000-1200 px)', async () => {
    for (const width of [1000, 1100, 1200]) {
      const page = await open('/embed/occupation-in-figures/bar', width)
      const longest = await page.evaluate(() => {
        const bars = [...document.querySelectorAll('.bb .mk')].map((b) => b.getBoundingClientRect())
        return { width: Math.max(...bars.map((b) => b.width)), height: Math.max(...bars.map((b) => b.height)) }
      })
      expect(longest.width, `${width} px`).toBeLessThanOrEqual(MAX_BAR_AREA + 1)
      expect(longest.width / longest.height, `${width} px`).toBeLessThanOrEqual(30)
      await page.context().close()
    }
  })
})
