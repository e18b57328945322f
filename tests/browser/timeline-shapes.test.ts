/**
 * The timeline of a dataset shaped unlike the bundled one (tests/fixtures/greves-exemple: 25
 * strikes over 25 years, days, months, years, ranges, three on one day, one at a time), in real
 * Chromium from 280 to 1200 px, in French and English: no leader line through a text, no text
 * over text, nothing clipped, no sideways scroll, axe-core clean. The fixture is not bundled: the
 * page is rendered here with the Worker's real script URL, as languages.test.ts does.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { loadPackage } from '../../data/schema.ts'
import { findWidget } from '../../widgets/registry.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { describeBrowser, findOverlaps, launchChromium, overflow, runAxe, textBoxes } from './lib/browser.ts'
import { leaderCrossings, timelineGeometry } from './lib/timeline-geometry.ts'

const WIDTHS = [280, 320, 480, 576, 640, 720, 800, 904, 1000, 1104, 1200]

describeBrowser('a timeline of another shape in Chromium', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  let scriptUrl: string

  beforeAll(async () => {
    browser = await launchChromium()
    const html = await (await fetch(`${baseUrl}/embed/occupation-in-figures/bar`)).text()
    scriptUrl = /<script src="([^"]+)"/.exec(html)![1]!
  })
  afterAll(async () => browser?.close())

  async function open(lang: string, width: number): Promise<Page> {
    const dataset = await loadPackage(grevesExemple)
    const definition = findWidget('timeline')!
    const view = dataset.views.timeline!
    const body = definition
      .render(dataset, view, definition.options({ lang }, dataset, view), { dataUrl: `${baseUrl}/data.csv`, scriptUrl })
      .page()
    const path = `/embed/greves-exemple/timeline?lang=${lang}`
    const context = await browser.newContext({ viewport: { width, height: 900 } })
    const page = await context.newPage()
    await page.route(`${baseUrl}${path}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    )
    expect((await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' }))!.status()).toBe(200)
    await page.evaluate(() => document.fonts.ready)
    return page
  }

  /** The arrangements CSS shows: `tl-n` (the list) or `tl-w`, `tl-x`, `tl-y` (a drawing). */
  const shown = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.tl-n, .tl-w, .tl-x, .tl-y')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => s.getAttribute('class')),
    )

  for (const lang of ['fr', 'en'])
    it(`lays out the strikes in ${lang} at ${WIDTHS.join(', ')} px: no leader through a text, no overlap, nothing clipped, axe clean`, async () => {
      const page = await open(lang, WIDTHS[0]!)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 })
        const where = `${lang} at ${width} px`
        const arrangement = await shown(page)
        expect(arrangement, where).toHaveLength(1)
        const g = await timelineGeometry(page)
        // A drawing is shown only where its leaders are clear; elsewhere the list is.
        if (arrangement[0] === 'tl-n') expect(g, where).toBeNull()
        else expect(leaderCrossings(g!), where).toEqual([])
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
        if (width === 320 || width === 1000 || width === 1200)
          expect(
            (await runAxe(page)).map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`),
            where,
          ).toEqual([])
      }
      await page.context().close()
    })

  it('shows the drawings where their leaders are clear: French from 880 px of frame, English from 1080', async () => {
    for (const [lang, expected] of [
      ['fr', ['tl-n', 'tl-n', 'tl-x', 'tl-y']],
      ['en', ['tl-n', 'tl-n', 'tl-n', 'tl-y']],
    ] as const) {
      const page = await open(lang, 480)
      const arrangements: string[] = []
      for (const width of [480, 720, 1000, 1200]) {
        await page.setViewportSize({ width, height: 900 })
        arrangements.push(...(await shown(page)).map(String))
      }
      expect(arrangements, lang).toEqual(expected)
      await page.context().close()
    }
  })

  it('draws the three strikes of one day under one mark and one label block at 1200 px', async () => {
    const page = await open('en', 1200)
    const g = (await timelineGeometry(page))!
    expect(g.drawing).toBe('tl-y')
    const day = g.labels.filter((l) => l.name.includes('3 April 2018'))
    expect(day.map((l) => l.name)).toEqual([
      'Rail walkout, 3 April 2018, 14,600; Energy strike, 3 April 2018, 7,300; Airport strike, 3 April 2018, 2,600',
    ])
    expect(g.labels).toHaveLength(23)
    await page.context().close()
  })
})
