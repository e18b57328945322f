/**
 * A widget page opened in Chromium logs no error and asks for nothing that fails: no console
 * error, no uncaught exception, no failed request, no response of 400 or more. That includes the
 * `/favicon.ico` Chromium asks for on its own: it shows no request event, only the console's
 * "Failed to load resource" naming its URL. A control on a second origin without a favicon,
 * serving the same page, proves the watcher sees each kind of fault.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

/** Everything that would put a red line in the console while `page` loads `url` and settles. */
async function faultsLoading(page: Page, url: string): Promise<string[]> {
  const faults: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') faults.push(`console error: ${m.text()} at ${m.location().url}`)
  })
  page.on('pageerror', (e) => faults.push(`uncaught: ${e.message}`))
  page.on('requestfailed', (r) => faults.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => {
    if (r.status() >= 400) faults.push(`${r.status()}: ${r.url()}`)
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // The favicon is asked for after load, outside the page's own requests: let its answer come back.
  await page.waitForTimeout(500)
  return faults
}

describeBrowser('widget pages in Chromium', () => {
  let other: OtherOrigin
  const base = inject('baseUrl')
  const browsers: Browser[] = []

  beforeAll(async () => {
    other = await startOtherOrigin()
  })
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
    await other?.close()
  })

  /** A page in a browser of its own: Chromium asks an origin for its favicon once per browser. */
  async function blank(width: number) {
    const browser = await launchChromium()
    browsers.push(browser)
    return (await openPage(browser, null, { width })).page
  }

  for (const widget of ['bar', 'timeline'])
    for (const width of [320, 1000])
      it(`${widget} at ${width} px: no console error and no failed request, the favicon included`, async () => {
        const page = await blank(width)
        expect(await faultsLoading(page, `${base}/embed/occupation-in-figures/${widget}?lang=az`)).toEqual([])
      })

  it('sees a missing favicon, a console error, an exception, a failed request and a 404 (control)', async () => {
    const res = await fetch(`${base}/embed/occupation-in-figures/bar`)
    // The Worker's page on an origin that has no /favicon.ico, its assets still from the Worker; its
    // CSP dropped so that the injected faults can run.
    const html = (await res.text())
      .replace(/(src|href)="\//g, `$1="${base}/`)
      .replace(
        '</body>',
        `<script>console.error('boom');setTimeout(()=>{throw new Error('thrown')})</script>` +
          `<img src="/no-such-asset.png" alt=""><img src="http://127.0.0.1:1/x.png" alt=""></body>`,
      )
    const url = other.set('/bar', html)
    const faults = await faultsLoading(await blank(400), url)
    expect(faults).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^console error: boom/),
        'uncaught: thrown',
        `404: ${other.origin}/no-such-asset.png`,
        expect.stringMatching(/^failed: http:\/\/127\.0\.0\.1:1\/x\.png/),
        `console error: Failed to load resource: the server responded with a status of 404 (Not Found) at ${other.origin}/favicon.ico`,
      ]),
    )
  })
})
