/**
 * The standalone images in real Chromium: the theme=auto SVG under a dark colour scheme paints its
 * legend as it paints its marks, and an image asked for at a phone's width sets its text at its
 * own size there.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { PALETTES } from '../../widgets/frame/theme.ts'
import { describeBrowser, launchChromium, type OpenedPage, openPage } from './lib/browser.ts'

describeBrowser('the standalone images', () => {
  let browser: Browser
  const opened: OpenedPage[] = []
  const url = (file: string) => `${inject('baseUrl')}/embed/occupation-in-figures/${file}`

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()))
    await browser?.close()
  })

  /** `rgb(r, g, b)` as `#rrggbb`; `none` as it is. */
  const hex = (css: string) => {
    const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(css)
    return rgb
      ? `#${rgb
          .slice(1)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`
      : css
  }

  it('paints the timeline legend in the dark palette under a dark colour scheme (theme=auto)', async () => {
    const o = await openPage(browser, url('timeline.svg'), { width: 700, colorScheme: 'dark' })
    opened.push(o)
    const paints = await o.page.evaluate(() =>
      [...document.querySelectorAll('.key circle, .key path')].map((e) => {
        const style = getComputedStyle(e)
        return { cls: e.getAttribute('class'), fill: style.fill, stroke: style.stroke }
      }),
    )
    const d = PALETTES.dark
    // The hatch is open strokes: its fill paints nothing.
    expect(
      paints.map((p) => ({ cls: p.cls, fill: p.cls === 'kh' ? '-' : hex(p.fill), stroke: hex(p.stroke) })),
    ).toEqual([
      { cls: 'dot', fill: d.mark, stroke: 'none' },
      { cls: 'kh', fill: '-', stroke: d.mark },
      { cls: 'ring', fill: d.bg, stroke: d.fg },
      { cls: 'brk', fill: 'none', stroke: d.fg },
    ])
  })

  for (const widget of ['timeline', 'bar'])
    it(`sets no text of the ${widget} image under 12 px at width=320 in a 320 px viewport`, async () => {
      const o = await openPage(browser, url(`${widget}.svg?width=320`), { width: 320 })
      opened.push(o)
      const width = await o.page.evaluate(() => document.documentElement.getBoundingClientRect().width)
      expect(width).toBe(320)
      // Font size times the scale the image is drawn at (the probe's text boxes need an HTML page).
      const sizes = await o.page.evaluate(() =>
        [...document.querySelectorAll<SVGTextContentElement>('text, tspan')]
          .filter((e) => e.getNumberOfChars() > 0)
          .map((e) => Number.parseFloat(getComputedStyle(e).fontSize) * (e.getScreenCTM()?.a ?? 1)),
      )
      expect(sizes.length).toBeGreaterThan(20)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    })
})
