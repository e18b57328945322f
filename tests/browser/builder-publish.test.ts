/**
 * The builder's "Publish (freeze this chart)": shown only with JavaScript, it publishes the chart
 * of the current options with the token typed into it, shows the frozen codes, and keeps the
 * token out of cookies, storage and the address.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'

const baseUrl = inject('baseUrl')
const token = inject('publishToken')
const BUILDER = `${baseUrl}/?dataset=occupation-in-figures&widget=bar`
let browser: Browser

describeBrowser('publishing from the builder', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('offers no publishing without JavaScript: the live codes only', async () => {
    const opened = await openPage(browser, BUILDER, { width: 1200, javaScript: false })
    try {
      expect(await opened.page.locator('#publish').isVisible()).toBe(false)
      expect(await opened.page.locator('#code-responsive').inputValue()).toContain('/embed/occupation-in-figures')
    } finally {
      await opened.close()
    }
  })

  it('publishes with a token kept in the page only, and shows the frozen codes', async () => {
    const opened = await openPage(browser, BUILDER, { width: 1200 })
    try {
      const { page } = opened
      const button = page.locator('#publish-button')
      expect(await button.isDisabled()).toBe(true)
      await page.locator('#publish-token').fill('not-the-token')
      await button.click()
      await expect
        .poll(() => page.locator('#publish-status').textContent())
        .toMatch(/^Not published: A valid publishing token/)
      expect(await page.locator('#frozen').isVisible()).toBe(false)

      await page.getByLabel('Dark').check()
      await page.locator('#publish-token').fill(token)
      await button.click()
      // A first publish renders two PNGs in the PNG Worker: seconds on a loaded machine.
      await expect
        .poll(() => page.locator('#publish-status').textContent(), { timeout: 30_000 })
        .toMatch(/^(Published|Already published)/)
      const frozen = await page.locator('#code-frozen').inputValue()
      expect(frozen).toMatch(new RegExp(`^<iframe src="${baseUrl}/c/[0-9a-f]{16}" title="The Occupation in Figures"`))
      const url = await page.locator('#code-frozenUrl').inputValue()
      expect(frozen).toContain(url)
      // The frozen chart is the one previewed: dark.
      expect(await (await fetch(url)).text()).toContain('class="t-dark"')
      // The live code is still there, and the token is nowhere but its field.
      expect(await page.locator('#code-responsive').inputValue()).toContain('/embed/occupation-in-figures')
      const kept = await page.evaluate(() => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        address: location.href,
      }))
      expect(kept).toEqual({ cookie: '', local: 0, session: 0, address: expect.not.stringContaining(token) })
      expect((await opened.context.cookies()).length).toBe(0)
      // Other options: the frozen code of the old ones is taken away.
      await page.getByLabel('Light').check()
      await expect.poll(() => page.locator('#frozen').isVisible()).toBe(false)
    } finally {
      await opened.close()
    }
  })
})
