/**
 * The timeline page in real Chromium: at the widths a publisher's iframe may have, with and
 * without JavaScript, in every language and both views, no two text boxes overlap, nothing
 * overflows or is clipped, no text is under 12 px; axe-core finds no violation; the marks are
 * reachable with the keyboard; dark mode and reduced motion are honoured.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import {
  contrastIssues,
  describeBrowser,
  findOverlaps,
  launchChromium,
  minFontSize,
  type OpenedPage,
  openPage,
  overflow,
  runAxe,
  textBoxes,
} from './lib/browser.ts'
import { leaderCrossings, outOfDateOrder, timelineGeometry } from './lib/timeline-geometry.ts'

const WIDTHS = [280, 320, 480, 720, 1000, 1200]
const LANGS = ['en', 'az', 'ru'] as const
const VIEWS = ['events', 'cumulative'] as const
/** Widths of the horizontal drawings: laid out at 552 px of frame (600, 720) and at 880 (1000, 1200). */
const WIDE_WIDTHS = [600, 720, 1000, 1200]

/** The drawing the container queries show in an iframe `width` px wide (the frame is 24 px narrower). */
const drawingFor = (width: number) => (width - 24 >= 880 ? 'tl-x' : width - 24 >= 552 ? 'tl-w' : 'tl-n')

describeBrowser('the timeline page', () => {
  let browser: Browser
  const opened: OpenedPage[] = []
  const url = (query: string) => `${inject('baseUrl')}/embed/occupation-in-figures/timeline?${query}`

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()))
    await browser?.close()
  })

  async function open(query: string, options: { width: number; javaScript?: boolean; colorScheme?: 'light' | 'dark' }) {
    const o = await openPage(browser, url(query), options)
    opened.push(o)
    return o.page
  }

  /** The drawing CSS shows at this width: `n` (vertical) or `w` (horizontal). */
  const shown = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('svg[class^="tl-"]')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => s.getAttribute('class')),
    )

  for (const javaScript of [true, false])
    for (const view of VIEWS)
      for (const lang of LANGS)
        it(`lays out the ${view} view in ${lang} with JavaScript ${javaScript ? 'on' : 'off'}: no overlap, no overflow, nothing under 12 px at ${WIDTHS.join(', ')} px`, async () => {
          const page = await open(`lang=${lang}&view=${view}`, { width: WIDTHS[0]!, javaScript })
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 800 })
            const where = `${view} ${lang} at ${width} px, JavaScript ${javaScript ? 'on' : 'off'}`
            expect(await shown(page), where).toEqual([drawingFor(width)])
            const boxes = await textBoxes(page)
            expect(boxes.filter((b) => b.kind === 'svg').length, where).toBeGreaterThan(30)
            const overlaps = findOverlaps(boxes).map((o) => `"${o.a.text}" / "${o.b.text}"`)
            expect(overlaps, where).toEqual([])
            const report = await overflow(page)
            expect(report.horizontalScroll, `${where}: scrolls sideways`).toBe(false)
            expect(
              report.clipped.map((c) => `${c.text || c.element} by ${c.by}`),
              where,
            ).toEqual([])
            expect((await minFontSize(page))!.px, where).toBeGreaterThanOrEqual(12)
          }
        })

  for (const lang of LANGS)
    it(`draws the desktop timeline in ${lang} at ${WIDE_WIDTHS.join(', ')} px: no leader through a text, labels stacked in date order, no taller than wide at 1000 px`, async () => {
      const page = await open(`lang=${lang}`, { width: WIDE_WIDTHS[0]!, javaScript: false })
      for (const width of WIDE_WIDTHS) {
        await page.setViewportSize({ width, height: 800 })
        const where = `${lang} at ${width} px`
        const g = (await timelineGeometry(page))!
        expect(g.drawing, where).toBe(drawingFor(width))
        expect(g.leaders.length, where).toBeGreaterThan(10)
        expect(g.labels.length, where).toBe(17)
        const overlaps = findOverlaps(await textBoxes(page)).map((o) => `"${o.a.text}" / "${o.b.text}"`)
        expect(overlaps, where).toEqual([])
        expect(leaderCrossings(g), where).toEqual([])
        expect(outOfDateOrder(g), where).toEqual([])
        // The April 2016 clashes (2–5 April) are a range mark, not a sliver.
        const clashes = g.ranges.filter((r) => r.name.includes('2016'))
        expect(clashes.length, where).toBe(1)
        expect(clashes[0]!.width, where).toBeGreaterThanOrEqual(6)
        if (width === 1000) expect(g.height, where).toBeLessThanOrEqual(g.width)
      }
    })

  for (const view of VIEWS)
    for (const width of [320, 1000])
      for (const javaScript of [true, false])
        it(`passes axe-core and SVG text contrast (${view}, ${width} px, JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
          const page = await open(`view=${view}`, { width, javaScript })
          expect(await runAxe(page)).toEqual([])
          expect(await contrastIssues(page)).toEqual([])
        })

  it('passes axe-core in dark mode, where the page follows the reader’s colour scheme', async () => {
    const page = await open('lang=az', { width: 720, colorScheme: 'dark' })
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(background).toBe('rgb(22, 24, 27)')
    expect(await runAxe(page)).toEqual([])
    expect(await contrastIssues(page)).toEqual([])
  })

  it('reaches every mark with the keyboard without JavaScript, in chronological order', async () => {
    const page = await open('events=none', { width: 1000, javaScript: false })
    const names: string[] = []
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab')
      names.push(await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? ''))
    }
    expect(names.map((n) => n.split(',')[0])).toEqual([
      'Nagorno-Karabakh',
      'Shusha',
      'Lachin',
      'Kalbajar',
      'Aghdam',
      'Fizuli',
      'Jabrayil',
      'Gubadli',
      'Zangilan',
    ])
    expect(names[5]).toBe('Fizuli, 23 August 1993, 1,390\u00a0km²')
    const withContext = await open('', { width: 1000, javaScript: false })
    const first: string[] = []
    for (let i = 0; i < 4; i++) {
      await withContext.keyboard.press('Tab')
      first.push(await withContext.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? ''))
    }
    expect(first.map((n) => n.split(',')[0])).toEqual(['Start of the conflict', 'Nagorno-Karabakh', 'Shusha', 'Lachin'])
  })

  it('makes the chart one Tab stop with JavaScript, arrows moving between marks', async () => {
    const page = await open('view=cumulative', { width: 320 })
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent)
    await page.keyboard.press('ArrowDown')
    const second = await page.evaluate(() => document.activeElement?.querySelector('title')?.textContent)
    expect(first).toBe('Start of the conflict, 1988')
    expect(second).toBe('Nagorno-Karabakh, 1988–1992, 4,400\u00a0km²')
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.n')!).fill)
    expect(focusVisible).toBe('rgb(179, 38, 30)')
  })

  it('honours reduced motion: nothing animates or transitions', async () => {
    const o = await openPage(browser, url(''), { width: 720 })
    opened.push(o)
    await o.page.emulateMedia({ reducedMotion: 'reduce' })
    const moving = await o.page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((e) => {
          const s = getComputedStyle(e)
          return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none'
        }).length,
    )
    expect(moving).toBe(0)
  })
})
