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
/** Widths of the horizontal drawings: laid out at 552 px of frame (600, 720), at 880 (1000) and at 1080 (1200). */
const WIDE_WIDTHS = [600, 720, 1000, 1200]

/** The drawing the container queries show in an iframe `width` px wide (the frame is 24 px narrower). */
const drawingFor = (width: number) =>
  width - 24 >= 1080 ? 'tl-y' : width - 24 >= 880 ? 'tl-x' : width - 24 >= 552 ? 'tl-w' : 'tl-n'

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

  /** The arrangement CSS shows at this width: `tl-n` (the phone list) or `tl-w`, `tl-x`, `tl-y` (a horizontal drawing). */
  const shown = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.tl-n, .tl-w, .tl-x, .tl-y')]
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
            // The list's entries are HTML, the drawing's SVG: either way every entry is there.
            expect(boxes.filter((b) => b.kind === (width - 24 >= 552 ? 'svg' : 'html')).length, where).toBeGreaterThan(
              30,
            )
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
        // 17 entries; Fizuli and Jabrayil (23 August 1993) share one mark and label block.
        expect(g.labels.length, where).toBe(16)
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

  /**
   * The phone list as laid out: each year's section (heading and box), each entry's box and its
   * mark's (the `::before` on the spine, read from its computed style), in document order.
   */
  const listLayout = (page: Page) =>
    page.evaluate(() => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect()
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
      }
      return [...document.querySelectorAll('.tl-l > li')].map((section) => ({
        heading: section.querySelector('h2')?.textContent ?? null,
        gap: section.classList.contains('tl-gap') ? section.textContent : null,
        box: rect(section),
        headingBox: section.querySelector('h2') ? rect(section.querySelector('h2')!) : null,
        entries: [...section.querySelectorAll('ol > li')].map((li) => {
          const mark = getComputedStyle(li, '::before')
          const box = rect(li)
          return {
            name: li.querySelector('.tl-nm')?.textContent ?? '',
            box,
            mark: {
              shown: mark.content !== 'none',
              left: box.left + parseFloat(mark.left),
              width: parseFloat(mark.width),
              top: box.top + parseFloat(mark.top),
            },
          }
        }),
      }))
    })

  for (const lang of LANGS)
    it(`lists the entries on phones in ${lang}: each inside its year, in time order, one mark a day on one spine, nothing overlapping, without JavaScript`, async () => {
      const page = await open(`lang=${lang}`, { width: 280, javaScript: false })
      for (const width of [280, 320, 360, 480]) {
        await page.setViewportSize({ width, height: 800 })
        const where = `${lang} at ${width} px`
        expect(await shown(page), where).toEqual(['tl-n'])
        const sections = await listLayout(page)
        expect(
          sections.map((s) => s.heading ?? s.gap),
          where,
        ).toEqual(['1988', '1992', '1993', '1994', sections[4]!.gap, '2016'])
        expect(sections[4]!.gap, where).toMatch(/1995–2015/)
        const entries = sections.flatMap((s) => s.entries)
        expect(entries, where).toHaveLength(17)
        let previous = -Infinity
        for (const section of sections) {
          for (const entry of section.entries) {
            const at = `${where}: ${entry.name} in ${section.heading}`
            // Inside its year: under the heading, within the section, in reading order.
            expect(entry.box.top, at).toBeGreaterThanOrEqual(section.headingBox!.bottom - 0.5)
            expect(entry.box.bottom, at).toBeLessThanOrEqual(section.box.bottom + 0.5)
            expect(entry.box.right, at).toBeLessThanOrEqual(width - 12 + 0.5)
            expect(entry.box.top, at).toBeGreaterThan(previous)
            previous = entry.box.top
            // One mark per day: Jabrayil (23 August 1993) sits under Fizuli's.
            expect(entry.mark.shown, at).toBe(!['Jabrayil', 'Cəbrayıl', 'Джебраил'].includes(entry.name))
            // Its mark sits on the spine, beside its first line, left of its words.
            expect(entry.mark.left + entry.mark.width / 2, at).toBeCloseTo(
              entries[0]!.mark.left + entries[0]!.mark.width / 2,
              0,
            )
            expect(entry.mark.left + entry.mark.width, at).toBeLessThan(entry.box.left)
            expect(entry.mark.top - entry.box.top, at).toBeLessThan(8)
          }
        }
        const overlaps = findOverlaps(await textBoxes(page)).map((o) => `"${o.a.text}" / "${o.b.text}"`)
        expect(overlaps, where).toEqual([])
        expect((await overflow(page)).horizontalScroll, where).toBe(false)
      }
      // The list paints without script and reads as one: axe finds nothing at a phone's width.
      await page.setViewportSize({ width: 320, height: 800 })
      expect(await runAxe(page)).toEqual([])
      expect(await contrastIssues(page)).toEqual([])
    })

  it('shows the running total on phones as a step line over the list, its end value in words', async () => {
    const page = await open('view=cumulative', { width: 320, javaScript: false })
    const words = await page.evaluate(() => document.querySelector('.tl-end')?.textContent)
    expect(words).toBe('Running total: 14,393\u00a0km² by 29 October 1993.')
    const totals = await page.evaluate(() =>
      [...document.querySelectorAll('.tl-l .it .tl-t')].map((e) => e.textContent!.replace(/^.*: /, '')),
    )
    expect(totals.at(0)).toBe('4,400\u00a0km²')
    expect(totals.at(-1)).toBe('14,393\u00a0km²')
    const chart = await page.evaluate(() => {
      const r = document.querySelector('.tl-s')!.getBoundingClientRect()
      const list = document.querySelector('.tl-l')!.getBoundingClientRect()
      return { width: r.width, bottom: r.bottom, listTop: list.top }
    })
    expect(chart.width).toBeCloseTo(320 - 24, 0)
    expect(chart.bottom).toBeLessThanOrEqual(chart.listTop)
    expect(await runAxe(page)).toEqual([])
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
    for (let i = 0; i < 8; i++) {
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
      'Gubadli',
      'Zangilan',
    ])
    // One stop for the two of one day, named in full.
    expect(names[5]).toBe('Fizuli, 23 August 1993, 1,390\u00a0km²; Jabrayil, 23 August 1993, 1,050\u00a0km²')
    const withContext = await open('', { width: 1000, javaScript: false })
    const first: string[] = []
    for (let i = 0; i < 4; i++) {
      await withContext.keyboard.press('Tab')
      first.push(await withContext.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? ''))
    }
    expect(first.map((n) => n.split(',')[0])).toEqual(['Start of the conflict', 'Nagorno-Karabakh', 'Shusha', 'Lachin'])
  })

  it('makes the chart one Tab stop with JavaScript, arrows moving between marks', async () => {
    const page = await open('', { width: 1000 })
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
