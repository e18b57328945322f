/**
 * The bar chart page in real Chromium: at every width a publisher's iframe may have, with and
 * without JavaScript, no two text boxes overlap, no text sits on a bar, nothing is under 12 px,
 * nothing overflows; axe-core finds no violation; keyboard, dark mode and reduced motion work.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { loadPackage } from '../../data/schema.ts'
import { bar } from '../../widgets/bar-chart/index.ts'
import { textWidth } from '../../widgets/shared/text-width.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { cityBudget } from '../fixtures/city-budget/index.ts'
import { cityReserves } from '../fixtures/city-reserves/index.ts'
import {
  type Box,
  contrastIssues,
  describeBrowser,
  findOverlaps,
  launchChromium,
  minFontSize,
  openPage,
  overflow,
  runAxe,
  textBoxes,
} from './lib/browser.ts'

const WIDTHS = [280, 320, 480, 720, 1000, 1200]
const LANGS = ['en', 'az', 'ru'] as const

/** The bars drawn (visible, longer than half a pixel) and the arrangement CSS shows. */
function bars(page: Page): Promise<{ boxes: Box[]; arrangement: string }> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll('.bw')].find((w) => getComputedStyle(w).display !== 'none')!
    const boxes = [...shown.querySelectorAll('.mk')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0.5)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
    return { boxes, arrangement: shown.classList.contains('bb') ? 'beside' : 'stacked' }
  })
}

const covers = (a: Box, b: Box, tolerance = 0.5) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tolerance &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tolerance

/** No text over text or over a bar, no sideways scroll, nothing clipped, nothing under 12 px. */
async function expectReadable(page: Page, where: string) {
  const texts = await textBoxes(page)
  expect(
    findOverlaps(texts).map((o) => `"${o.a.text}" / "${o.b.text}"`),
    where,
  ).toEqual([])
  const drawn = await bars(page)
  const onBars = texts.filter((t) => drawn.boxes.some((b) => covers(t, b))).map((t) => t.text)
  expect(onBars, `${where}: text on a bar`).toEqual([])
  const report = await overflow(page)
  expect(report.horizontalScroll, `${where}: scrolls sideways`).toBe(false)
  expect(
    report.clipped.map((c) => `${c.text || c.element} by ${c.by}`),
    where,
  ).toEqual([])
  expect((await minFontSize(page))!.px, where).toBeGreaterThanOrEqual(12)
  return drawn
}

describeBrowser('the bar chart page in Chromium', () => {
  const baseUrl = inject('baseUrl')
  let browser: Browser
  const requests: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  const pageErrors = new WeakMap<Page, string[]>()

  /** Opens `path` on the Worker, or serves `fixture` (a page rendered here) at that address. */
  async function open(
    path: string,
    options: {
      width: number
      javaScript?: boolean
      colorScheme?: 'light' | 'dark'
      reducedMotion?: 'reduce' | 'no-preference'
    },
    fixture?: string,
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
    })
    const page = await context.newPage()
    page.on('request', (r) => requests.push(r.url()))
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    // Failed loads are checked by status below; the browser's own /favicon.ico probe is not ours.
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    )
    page.on(
      'response',
      (r) =>
        r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico' && errors.push(`${r.status()} ${r.url()}`),
    )
    pageErrors.set(page, errors)
    if (fixture)
      await page.route(`${baseUrl}${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture }),
      )
    const res = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
    expect(res!.status()).toBe(200)
    await page.evaluate(() => document.fonts.ready)
    return page
  }

  /** Closes the page's context after checking that the page logged no error. */
  async function done(page: Page) {
    expect(pageErrors.get(page), `errors on ${page.url()}`).toEqual([])
    await page.context().close()
  }

  for (const javaScript of [true, false])
    for (const lang of LANGS)
      it(`fits and stays readable at ${WIDTHS.join(', ')} px in ${lang}, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
        const page = await open(`/embed/occupation-in-figures/bar?lang=${lang}`, { width: WIDTHS[0]!, javaScript })
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 })
          const drawn = await expectReadable(page, `${lang} at ${width} px, JS ${javaScript ? 'on' : 'off'}`)
          expect(drawn.boxes).toHaveLength(9)
          expect(drawn.arrangement).toBe(width <= 400 ? 'stacked' : 'beside')
        }
        await done(page)
      })

  /**
   * The second fixture dataset is not bundled with the Worker: render its page here, with the
   * Worker's real script URL, and serve it at the address the Worker would use.
   */
  async function fixturePage(source = balticStates, params: Record<string, string> = {}): Promise<string> {
    const html = await (await fetch(`${baseUrl}/embed/occupation-in-figures/bar`)).text()
    const scriptUrl = /<script src="([^"]+)"/.exec(html)![1]!
    const dataset = await loadPackage(source)
    const view = dataset.views.bar!
    return bar
      .render(dataset, view, bar.options(params, dataset, view), { dataUrl: `${baseUrl}/data.csv`, scriptUrl })
      .page()
  }
  const balticPage = () => fixturePage()

  it('keeps long names and a highlight readable in the second dataset and with every option', async () => {
    for (const width of [280, 480, 1000]) {
      const page = await open(
        '/embed/occupation-in-figures/bar?lang=ru&theme=dark&highlight=shusha&sort=name&header=none',
        { width, javaScript: false },
      )
      await expectReadable(page, `options at ${width} px`)
      await done(page)
      const baltic = await open('/embed/baltic-states/bar', { width }, await balticPage())
      await expectReadable(baltic, `baltic-states at ${width} px`)
      await done(baltic)
    }
  })

  it('draws money from €0 to €1.45bn readably at 320 and 1000 px: every bar but the zero visible', async () => {
    for (const lang of ['en', 'ru'])
      for (const width of [320, 1000]) {
        const page = await open(
          `/embed/city-budget/bar?lang=${lang}`,
          { width },
          await fixturePage(cityBudget, { lang }),
        )
        const drawn = await expectReadable(page, `city-budget ${lang} at ${width} px`)
        // 12 rows, one of them €0: the €120,000 and €4.25m bars, under 1 px, show as 2 px marks.
        expect(drawn.boxes, `${lang} at ${width} px`).toHaveLength(11)
        expect(Math.min(...drawn.boxes.map((b) => b.width))).toBeGreaterThanOrEqual(1.5)
        const ticks = await page.evaluate(() =>
          [...document.querySelectorAll('.bb .tk')].filter((t) => t.getClientRects().length).map((t) => t.textContent),
        )
        const expected = { en: ['€0', '€500m', '€1bn'], ru: ['0\u00a0€', '500\u00a0млн\u00a0€', '1\u00a0млрд\u00a0€'] }[
          lang
        ]
        expect(ticks).toEqual(width > 400 ? expected : [])
        await done(page)
      }
  })

  it('draws losses left of the zero line and gains right of it, labelled, at 320 and 1000 px', async () => {
    for (const width of [320, 1000]) {
      const page = await open('/embed/city-reserves/bar', { width }, await fixturePage(cityReserves))
      const drawn = await expectReadable(page, `city-reserves at ${width} px`)
      expect(drawn.boxes).toHaveLength(5)
      const geometry = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('.bw')].find((w) => getComputedStyle(w).display !== 'none')!
        const axis = shown.querySelector('.ax')!.getBoundingClientRect().x
        return [...shown.querySelectorAll('.bar')].map((g) => {
          const mark = g.querySelector('.mk')!.getBoundingClientRect()
          return { value: g.querySelector('.vl')!.textContent, left: mark.x - axis, right: mark.right - axis }
        })
      })
      for (const { value, left, right } of geometry) {
        if (value!.startsWith('\u2212')) expect(right, `${value} at ${width} px`).toBeCloseTo(0, 0)
        else expect(left, `${value} at ${width} px`).toBeCloseTo(0, 0)
      }
      expect(geometry.map((g) => g.value)).toEqual(['€82m', '€15.5m', '€0', '\u2212€3.2m', '\u2212€41m', '\u2212€120m'])
      await done(page)
    }
  })

  for (const javaScript of [true, false])
    it(`has no axe-core violations and no low-contrast SVG text in light and dark, on both arrangements, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      for (const [width, colorScheme] of [
        [320, 'light'],
        [720, 'dark'],
        [1000, 'light'],
      ] as const)
        for (const lang of LANGS) {
          // The harness's page: runAxe knows how to inject axe-core into it with JavaScript off.
          const { page, close } = await openPage(
            browser,
            `${baseUrl}/embed/occupation-in-figures/bar?lang=${lang}&highlight=lachin`,
            { width, colorScheme, javaScript },
          )
          const where = `${lang} at ${width} px, ${colorScheme}`
          expect(
            (await runAxe(page)).map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`),
            where,
          ).toEqual([])
          expect(await contrastIssues(page), where).toEqual([])
          await close()
        }
    })

  for (const javaScript of [true, false])
    it(`reaches every bar with the keyboard and shows what hover shows, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const page = await open('/embed/occupation-in-figures/bar', { width: 720, javaScript })
      const seen: string[] = []
      await page.keyboard.press('Tab')
      for (let i = 0; i < 9; i++) {
        const focused = await page.evaluate(() => {
          const el = document.activeElement!
          const readout = el.querySelector('.ro')
          return {
            isBar: el.classList.contains('bar'),
            label: el.getAttribute('aria-label'),
            readout: readout && getComputedStyle(readout).visibility === 'visible' ? readout.textContent : null,
            totalShown: getComputedStyle(document.querySelector('.bb .tot')!).visibility === 'visible',
          }
        })
        expect(focused.isBar).toBe(true)
        // Each line of the readout after the first starts with its "·" (the space before it is the break).
        expect(focused.readout!.replace(/ ·/g, '·')).toBe(focused.label!.replace(/ ·/g, '·'))
        // The readout sits under the total: the total stays in view.
        expect(focused.totalShown).toBe(true)
        seen.push(focused.label!)
        await page.keyboard.press(javaScript ? 'ArrowDown' : 'Tab')
      }
      expect(new Set(seen).size).toBe(9)
      expect(seen[0]).toMatch(/^Nagorno-Karabakh:\u00a04,400\u00a0km² ·\u00a030\.6%/)
      expect(seen[1]).toMatch(/^Shusha:\u00a0289\u00a0km² ·\u00a0part\u00a0of\u00a0Nagorno-Karabakh/)
      await page.evaluate(() => (document.activeElement as HTMLElement).blur())
      const bar = (await page.locator('.bb .bar .mk').nth(8).boundingBox())!
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2)
      const hovered = await page.evaluate(
        () => getComputedStyle(document.querySelectorAll('.bb .bar .ro')[8]!).visibility,
      )
      expect(hovered).toBe('visible')
      await done(page)
    })

  it('makes the chart one Tab stop with the script, arrows moving between bars', async () => {
    const page = await open('/embed/occupation-in-figures/bar', { width: 720 })
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll('.bb .bar')].map((b) => b.getAttribute('tabindex')),
    )
    expect(stops).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1', '-1', '-1'])
    await page.keyboard.press('Tab')
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toMatch(/^Zangilan/)
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    await done(page)
  })

  it('shows a tapped bar’s readout on a touch screen, and a tap elsewhere clears it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/embed/occupation-in-figures/bar?lang=ru`)
    const bar = (await page.locator('.bs .bar .mk').nth(2).boundingBox())!
    await page.touchscreen.tap(bar.x + 2, bar.y + bar.height / 2)
    const readout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.bs .ro')]
          .filter((r) => getComputedStyle(r).visibility === 'visible')
          .map((r) => r.textContent),
      )
    expect(await readout()).toEqual([expect.stringMatching(/^Кельбаджар:\u00a03\u00a0054\u00a0км²/)])
    await page.touchscreen.tap(180, 10)
    expect(await readout()).toEqual([])
    await context.close()
  })

  it('serves the standalone SVG so that an <img> shows it', async () => {
    const page = await open('/embed/occupation-in-figures/bar?lang=az', { width: 700 })
    const size = await page.evaluate(async (src) => {
      const img = new Image()
      img.src = src
      await img.decode()
      return [img.naturalWidth, img.naturalHeight]
    }, `${baseUrl}/embed/occupation-in-figures/bar.svg?lang=az&theme=dark`)
    expect(size[0]).toBe(640)
    expect(size[1]).toBeGreaterThan(300)
    await done(page)
  })

  it('follows the reader’s colour scheme with no script, and a forced theme overrides it', async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    const dark = await open('/embed/occupation-in-figures/bar', { width: 480, colorScheme: 'dark', javaScript: false })
    expect(await background(dark)).toBe('rgb(22, 24, 27)')
    await done(dark)
    const forced = await open('/embed/occupation-in-figures/bar?theme=light', { width: 480, colorScheme: 'dark' })
    expect(await background(forced)).toBe('rgb(255, 255, 255)')
    await done(forced)
  })

  it('honours prefers-reduced-motion', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await open('/embed/occupation-in-figures/bar', { width: 480, reducedMotion })
      const value = await page.evaluate(() => getComputedStyle(document.querySelector('.bb .mk')!).transitionDuration)
      await done(page)
      return value
    }
    expect(await duration('no-preference')).not.toBe('0s')
    expect(await duration('reduce')).toBe('0s')
  })

  it('places labels from a width table that never underestimates the real font', async () => {
    const page = await open('/embed/occupation-in-figures/bar?lang=az', { width: 720 })
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/embed/occupation-in-figures/bar?lang=${lang}`)
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('.bb .lb, .bb .vl')].map((t) => ({
          text: t.textContent!,
          width: (t as SVGTextElement).getComputedTextLength(),
        })),
      )
      for (const { text, width } of rendered) expect(textWidth(text, 13), text).toBeGreaterThanOrEqual(width - 0.5)
    }
    await done(page)
  })

  it('loads nothing from any other origin', () => {
    expect(requests.length).toBeGreaterThan(0)
    for (const url of requests) expect(new URL(url).origin).toBe(baseUrl)
  })
})
