/**
 * The fixture datasets in German, French and Arabic (invented figures), both widgets, in real
 * Chromium from 280 to 1200 px: no text over text, nothing clipped, no sideways scroll, axe-core
 * clean. The Arabic pages are right to left: page, frame and table say `dir="rtl"`, the bar chart
 * is mirrored (bars grow leftwards from the right, names right of them) and numbers keep their
 * own direction. The fixtures are not bundled: each page is rendered here, with the Worker's real
 * script URL, and served at the address the Worker would use.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { loadPackage, type PackageSource } from '../../data/schema.ts'
import { findWidget } from '../../widgets/registry.ts'
import { amtarMudun } from '../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../fixtures/haushalt-musterstadt/index.ts'
import { describeBrowser, findOverlaps, launchChromium, overflow, runAxe, textBoxes } from './lib/browser.ts'

const WIDTHS = [280, 320, 480, 720, 1000, 1200]
/** The widths tests/browser/height.test.ts checks the bundled dataset's heights at. */
const HEIGHT_WIDTHS = [280, 320, 360, 480, 600, 720, 1000, 1200]
/**
 * How much taller than the page an Arabic prediction may be: the page's Arabic widths lean wide on
 * purpose (widgets/shared/text-width.ts), so a subtitle may be predicted a line longer (24.4 px
 * measured at 360 px; 61–81 px when Arabic letters counted as 1 em).
 */
const ARABIC_TALL_BY_AT_MOST = 25
const FIXTURES: [string, PackageSource][] = [
  ['de', haushaltMusterstadt],
  ['fr', grevesExemple],
  ['ar', amtarMudun],
]

describeBrowser('datasets in German, French and Arabic in Chromium', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let scriptUrl: string

  beforeAll(async () => {
    browser = await launchChromium()
    const html = await (await fetch(`${baseUrl}/embed/occupation-in-figures/bar`)).text()
    scriptUrl = /<script src="([^"]+)"/.exec(html)![1]!
  })
  afterAll(async () => browser?.close())

  async function render(source: PackageSource, widget: string): Promise<string> {
    const dataset = await loadPackage(source)
    const definition = findWidget(widget)!
    const view = dataset.views[widget]!
    return definition
      .render(dataset, view, definition.options({}, dataset, view), { dataUrl: `${baseUrl}/data.csv`, scriptUrl })
      .page()
  }

  async function open(path: string, body: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } })
    const page = await context.newPage()
    await page.route(`${baseUrl}${path}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    )
    expect((await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' }))!.status()).toBe(200)
    await page.evaluate(() => document.fonts.ready)
    return page
  }

  for (const [lang, source] of FIXTURES)
    for (const widget of ['bar', 'timeline'])
      it(`${source.id} (${lang}) ${widget}: readable at ${WIDTHS.join(', ')} px, axe clean`, async () => {
        const body = await render(source, widget)
        const page = await open(`/embed/${source.id}/${widget}`, body, WIDTHS[0]!)
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 })
          const where = `${source.id} ${widget} at ${width} px`
          expect(
            findOverlaps(await textBoxes(page)).map((o) => `"${o.a.text}" / "${o.b.text}"`),
            where,
          ).toEqual([])
          const report = await overflow(page)
          expect(report.horizontalScroll, `${where}: scrolls sideways`).toBe(false)
          expect(
            report.clipped.map((c) => `${c.text || c.element} by ${c.by}`),
            where,
          ).toEqual([])
          if (width === 320 || width === 1000)
            expect(
              (await runAxe(page)).map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`),
              where,
            ).toEqual([])
        }
        await page.context().close()
      })

  it('predicts the Arabic pages’ height (heightAt) from the Arabic widths, never short, within 25 px', async () => {
    const dataset = await loadPackage(amtarMudun)
    const errors: string[] = []
    const failures: string[] = []
    for (const widget of ['bar', 'timeline']) {
      const definition = findWidget(widget)!
      const view = dataset.views[widget]!
      const rendered = definition.render(dataset, view, definition.options({}, dataset, view), {
        dataUrl: `${baseUrl}/data.csv`,
        scriptUrl,
      })
      const page = await open(`/embed/${amtarMudun.id}/${widget}`, rendered.page(), HEIGHT_WIDTHS[0]!)
      for (const width of HEIGHT_WIDTHS) {
        const predicted = rendered.heightAt!(width)
        await page.setViewportSize({ width, height: predicted })
        const actual = await page.evaluate(() => document.documentElement.getBoundingClientRect().height)
        errors.push(`${widget} ${width}: ${(actual - predicted).toFixed(1)}`)
        // Too short hides the source line of a script-free embed; too tall leaves a gap.
        if (actual - predicted > 1 || predicted - actual > ARABIC_TALL_BY_AT_MOST)
          failures.push(`${widget} at ${width} px: predicted ${predicted}, Chromium ${actual.toFixed(2)}`)
      }
      await page.context().close()
    }
    console.info(`Arabic heightAt error (Chromium minus predicted, px): ${errors.join(', ')}`)
    expect(failures).toEqual([])
  })

  it('mirrors the Arabic bar chart: bars end on the right, each name right of its bar, values left', async () => {
    const body = await render(amtarMudun, 'bar')
    for (const width of [320, 1000]) {
      const page = await open('/embed/amtar-mudun/bar', body, width)
      const shape = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('.bw')].find((w) => getComputedStyle(w).display !== 'none')!
        const box = (el: Element | null) => {
          const r = el!.getBoundingClientRect()
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }
        }
        return {
          dirs: [
            document.documentElement.getAttribute('dir'),
            document.querySelector('figure')!.getAttribute('dir'),
            document.querySelector('table')!.getAttribute('dir'),
          ],
          beside: shown.classList.contains('bb'),
          bars: [...shown.querySelectorAll('.bar')].map((g) => ({
            bar: box(g.querySelector('.mk')),
            label: box(g.querySelector('.lb')),
            value: box(g.querySelector('.vl')),
          })),
          numbers: [...document.querySelectorAll('td.n')].map((td) => td.firstElementChild?.tagName),
        }
      })
      const where = `at ${width} px`
      expect(shape.dirs, where).toEqual(['rtl', 'rtl', 'rtl'])
      expect(
        shape.numbers.every((tag) => tag === 'BDI'),
        where,
      ).toBe(true)
      expect(shape.bars).toHaveLength(6)
      const rights = shape.bars.map((b) => Math.round(b.bar.right))
      // Every bar starts at the same right edge and grows leftwards: the longest reaches furthest left.
      expect(new Set(rights).size, where).toBe(1)
      expect(shape.bars[0]!.bar.left, where).toBeLessThan(shape.bars[1]!.bar.left)
      for (const b of shape.bars) {
        expect(b.value.right, `${where}: value left of its bar`).toBeLessThanOrEqual(b.bar.left + 0.5)
        if (shape.beside)
          expect(b.label.left, `${where}: name right of its bar`).toBeGreaterThanOrEqual(b.bar.right - 0.5)
        else expect(b.label.bottom, `${where}: name above its bar`).toBeLessThanOrEqual(b.bar.top + 0.5)
      }
      expect(shape.beside, where).toBe(width >= 1000)
      await page.context().close()
    }
  })

  it('puts the Arabic timeline’s phone list on a spine at the right, names left of it', async () => {
    const page = await open('/embed/amtar-mudun/timeline', await render(amtarMudun, 'timeline'), 320)
    const list = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-l ol')].map((ol) => {
        const style = getComputedStyle(ol)
        const box = ol.getBoundingClientRect()
        return {
          right: Number.parseFloat(style.borderRightWidth),
          left: Number.parseFloat(style.borderLeftWidth),
          spine: box.right - Number.parseFloat(style.borderRightWidth),
          names: [...ol.querySelectorAll('.tl-nm')].map((n) => n.getBoundingClientRect().right),
        }
      }),
    )
    expect(list.length).toBeGreaterThan(0)
    for (const ol of list) {
      expect([ol.left, ol.right > 0]).toEqual([0, true])
      for (const right of ol.names) expect(right).toBeLessThanOrEqual(ol.spine)
    }
    await page.context().close()
  })
})
