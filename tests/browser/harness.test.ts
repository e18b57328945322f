/**
 * The browser helpers must be able to fail: on synthetic pages with known defects they report
 * exactly those defects, and on a clean page they report nothing. Plus one request to the real
 * local Worker started by the global setup.
 */
import type { Browser } from 'playwright-core'
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
  thirdPartyRequests,
} from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

const CLEAN = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clean</title>
<style>body{margin:0;font:16px/1.4 sans-serif;color:#111;background:#fff} figure{margin:8px}</style></head>
<body><main><h1>Territories</h1>
<figure><svg width="300" height="60" viewBox="0 0 300 60" role="img" aria-label="Two bars">
<rect x="0" y="5" width="200" height="20" fill="#1f4e79"/><text x="205" y="20" font-size="14" fill="#111">200</text>
<line x1="100" x2="300" y1="45" y2="45" stroke="#eee" stroke-width="6"/><rect x="0" y="35" width="100" height="20" fill="#1f4e79"/><text x="105" y="50" font-size="14" fill="#111">100</text>
<text x="10" y="50" font-size="14" fill="#fff">in bar</text>
</svg><figcaption>Source: a test page</figcaption></figure>
<p>Some text on its own line.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a dot" width="1" height="1"></main></body></html>`

/** The same page with one defect of each kind the helpers look for. */
const BROKEN = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Broken</title>
<style>body{margin:0;font:16px/1.4 sans-serif;color:#111;background:#fff} .box{width:120px;overflow:hidden}</style></head>
<body><main><h1>Territories</h1>
<svg width="300" height="60" viewBox="0 0 300 60" role="img" aria-label="Two labels">
<text id="first" x="10" y="30" font-size="14" fill="#111">Kalbajar district</text>
<text id="second" x="40" y="34" font-size="14" fill="#111">Lachin district</text>
<text id="faint" x="200" y="30" font-size="14" fill="#ccc">faint</text>
</svg>
<div class="box"><span id="wide" style="display:inline-block;width:300px">wider than its box</span></div>
<p id="tiny" style="font-size:11px">eleven pixel note</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></main></body></html>`

describeBrowser('the browser harness', () => {
  let browser: Browser
  const opened: OpenedPage[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()))
    await browser?.close()
  })

  async function blank(javaScript: boolean, html: string) {
    const o = await openPage(browser, null, { width: 400, javaScript })
    opened.push(o)
    await o.page.setContent(html)
    return o.page
  }

  for (const javaScript of [true, false]) {
    const js = javaScript ? 'with JavaScript on' : 'with JavaScript off'

    it(`finds nothing wrong on a clean page ${js}`, async () => {
      const page = await blank(javaScript, CLEAN)
      const boxes = await textBoxes(page)
      expect(boxes.map((b) => b.text)).toEqual(
        expect.arrayContaining(['Territories', '200', '100', 'in bar', 'Source: a test page']),
      )
      expect(findOverlaps(boxes)).toEqual([])
      expect(await overflow(page)).toMatchObject({ horizontalScroll: false, clipped: [] })
      expect((await minFontSize(page))?.px).toBe(14)
      expect(await runAxe(page)).toEqual([])
      expect(await contrastIssues(page)).toEqual([])
    })

    it(`reports the overlapping labels, the clipped element, the 11px text and the missing alt ${js}`, async () => {
      const page = await blank(javaScript, BROKEN)
      const overlaps = findOverlaps(await textBoxes(page))
      expect(overlaps.map((o) => [o.a.text, o.b.text])).toEqual([['Kalbajar district', 'Lachin district']])
      expect(overlaps[0]!.width).toBeGreaterThan(50)

      const report = await overflow(page)
      expect(report.horizontalScroll).toBe(false)
      expect(report.clipped).toEqual([
        expect.objectContaining({ element: 'span#wide', by: expect.stringMatching(/div\.box$/) }),
      ])

      expect(await minFontSize(page)).toEqual({ px: 11, text: 'eleven pixel note', element: 'p#tiny' })
      expect((await runAxe(page)).map((v) => v.id)).toEqual(['image-alt'])
      expect(await contrastIssues(page)).toMatchObject([
        { element: 'text#faint', text: 'faint', required: 4.5, background: 'rgb(255, 255, 255)' },
      ])
    })
  }

  it('sees horizontal scrolling and text cut off by the edge of an <svg>', async () => {
    const page = await blank(
      true,
      `<!doctype html><html lang="en"><title>t</title><body style="margin:0">
       <div style="width:600px;height:10px"></div>
       <svg width="200" height="40"><text id="cut" x="150" y="20" font-size="16">cut off at the edge</text></svg></body></html>`,
    )
    const report = await overflow(page)
    expect(report).toMatchObject({ horizontalScroll: true, viewportWidth: 400, scrollWidth: 600 })
    expect(report.clipped).toEqual([
      expect.objectContaining({ element: 'html > body > div', by: 'viewport' }),
      expect.objectContaining({ element: 'text#cut', by: 'html > body > svg', text: 'cut off at the edge' }),
    ])
  })

  it('measures SVG text at its rendered size when a viewBox scales it down', async () => {
    const page = await blank(
      true,
      `<!doctype html><html lang="en"><title>t</title><body>
       <svg width="150" height="50" viewBox="0 0 300 100"><text x="0" y="50" font-size="20">half size</text></svg></body></html>`,
    )
    expect(await minFontSize(page)).toMatchObject({ px: 10, text: 'half size' })
  })

  it('records every request a page makes, so a third-party one stands out', async () => {
    const site: OtherOrigin = await startOtherOrigin()
    try {
      site.set('/style.css', { body: 'body{color:#111}', contentType: 'text/css' })
      const url = site.set(
        '/article.html',
        '<!doctype html><link rel="icon" href="data:,"><link rel="stylesheet" href="/style.css"><img src="http://127.0.0.1:9/pixel.gif" alt="">',
      )
      const o = await openPage(browser, url, { width: 320 })
      opened.push(o)
      expect(site.requests).toEqual(['/article.html', '/style.css'])
      expect(thirdPartyRequests(o.requests, [site.origin]).map((r) => r.url)).toEqual(['http://127.0.0.1:9/pixel.gif'])
    } finally {
      await site.close()
    }
  })
})

it('reaches the local Worker, which lists the bundled dataset', async () => {
  const baseUrl = inject('baseUrl')
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  const res = await fetch(`${baseUrl}/api/v1/datasets`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as { datasets: { id: string }[] }
  expect(body.datasets.map((d) => d.id)).toContain('occupation-in-figures')
})
