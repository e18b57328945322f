/**
 * Printing a chart (the print stylesheet, widgets/frame/css.ts), proven by printing to PDF in
 * headless Chromium and reading the PDF's text: the chart's title, the data table's figures, the
 * source line and, on a published chart, its citation; no readout or "Get the data".
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'
import { pdfText } from './lib/pdf-text.ts'

const baseUrl = inject('baseUrl')
const token = inject('publishToken')
let browser: Browser

/** The page at `url` printed on A4, as text with whitespace collapsed. */
async function printed(url: string): Promise<string> {
  const opened = await openPage(browser, url, { width: 800 })
  try {
    const pdf = await opened.page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    })
    return pdfText(pdf).replace(/\s+/g, ' ')
  } finally {
    await opened.close()
  }
}

describeBrowser('a chart printed to PDF', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps the title, the data table, the source line and the citation of a published chart', async () => {
    const res = await fetch(`${baseUrl}/api/v1/charts`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'CF-Connecting-IP': '192.0.2.201',
      },
      body: JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'en', theme: 'dark' } }),
    })
    const { links } = (await res.json()) as { links: { page: string } }
    const text = await printed(links.page)
    expect(text).toContain('The Occupation in Figures')
    // The data table's rows: a territory with its figure and its date.
    expect(text).toMatch(/Shusha.{0,80}289.{0,40}8 May 1992/)
    expect(text).toContain('Source:')
    expect(text).toContain('Figures as published in April 2016')
    expect(text).toContain(`Data version`)
    expect(text).toContain(links.page)
    expect(text).not.toContain('Get the data')
    expect(text).not.toContain('Cite this chart')
  })

  it('prints a live timeline with its table and source, without its readouts', async () => {
    const text = await printed(`${baseUrl}/embed/occupation-in-figures/timeline?lang=en`)
    expect(text).toContain('Occupation')
    expect(text).toContain('Source')
    expect(text).toMatch(/Kalbajar.{0,80}3,054/)
    expect(text).not.toContain('Get the data')
  })
})
