/**
 * The builder in a real browser: live updates with JavaScript, copying, the plain form without
 * JavaScript, and every request it makes (none leaves the Worker's origin).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import {
  describeBrowser,
  launchChromium,
  type OpenPageOptions,
  openPage,
  overflow,
  recordSetCookies,
  runAxe,
  thirdPartyRequests,
} from './lib/browser.ts'

const baseUrl = inject('baseUrl')
let browser: Browser

/** A page in a fresh context that also records cookies set and script errors. */
async function open(url: string | null, options: Partial<OpenPageOptions> = {}) {
  const opened = await openPage(browser, null, { width: 1280, height: 900, ...options })
  const setCookies = recordSetCookies(opened.page)
  const errors: string[] = []
  opened.page.on('pageerror', (error) => errors.push(error.message))
  if (url) await opened.page.goto(url)
  return { ...opened, setCookies, errors }
}

/** No request left the Worker's origin: no font, analytics, CDN or other third party; no cookie. */
async function expectPrivate({ requests, setCookies, context }: Awaited<ReturnType<typeof open>>) {
  expect(requests.length).toBeGreaterThan(0)
  expect(thirdPartyRequests(requests, [baseUrl])).toEqual([])
  expect(await setCookies.settled()).toEqual([])
  expect(await context.cookies()).toEqual([])
}

/** The codes and links the script wrote are the ones the server writes for the page's address. */
async function expectSameAsServer(page: Page) {
  const server = await openPage(browser, page.url(), { width: 1280, javaScript: false })
  const read = (p: Page) =>
    p
      .locator('textarea[id^="code-"], input[id^="code-"]')
      .evaluateAll((fields) => fields.map((f) => [f.id, (f as HTMLInputElement).value]))
  expect(await read(page)).toEqual(await read(server.page))
  await server.close()
}

const frameWidth = (page: Page) => page.locator('#preview').evaluate((frame) => frame.getBoundingClientRect().width)

describeBrowser('the builder in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('updates the preview and every code at once when the language changes, without reloading', async () => {
    const opened = await open(`${baseUrl}/?dataset=occupation-in-figures&widget=bar`)
    const { page, errors } = opened
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await page.getByRole('radio', { name: 'Azərbaycanca' }).check()
    await expect
      .poll(() => page.locator('#preview').getAttribute('src'))
      .toMatch(/\/embed\/occupation-in-figures@[0-9a-f]{12}\/bar\?lang=az$/)
    const pageUrl = (await page.locator('#preview').getAttribute('src'))!
    const responsive = await page.locator('#code-responsive').inputValue()
    expect(responsive).toContain(`<iframe src="${pageUrl}" title="İşğal rəqəmlərdə"`)
    expect(await page.locator('#code-iframe').inputValue()).toContain(`src="${pageUrl}"`)
    expect(await page.locator('#code-amp').inputValue()).toContain(`<amp-iframe src="${pageUrl}"`)
    expect(await page.locator('#code-oembedUrl').inputValue()).toBe(
      `${baseUrl}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`,
    )
    expect(await page.locator('#code-svgUrl').inputValue()).toBe(pageUrl.replace('/bar?', '/bar.svg?'))
    expect(await page.locator('#code-pngUrl').inputValue()).toBe(pageUrl.replace('/bar?', '/bar.png?'))
    // Pinned by default: the data of the pinned version.
    const csv = pageUrl.replace(/\/embed\/([^/]+)\/bar\?.*$/, '/api/v1/datasets/$1/territories.csv?lang=az')
    expect(csv).toMatch(/occupation-in-figures@[0-9a-f]{12}\/territories/)
    expect(await page.locator('#code-csv').inputValue()).toBe(csv)
    expect(await page.locator('#open-csv').getAttribute('href')).toBe(csv)
    expect(await page.locator('#preview').getAttribute('title')).toBe('Preview: İşğal rəqəmlərdə')
    // The same page, and an address that reproduces it.
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    expect(new URL(page.url()).search).toBe('?dataset=occupation-in-figures&widget=bar&lang=az')

    await expectSameAsServer(page)

    await page.getByRole('radio', { name: '480 px' }).check()
    // In the chart's language, as the chart names it.
    await page.getByRole('checkbox', { name: 'Şuşa' }).check()
    await page.getByRole('radio', { name: 'Update automatically when the data changes' }).check()
    await expect
      .poll(() => page.locator('#preview').getAttribute('src'))
      .toBe(`${baseUrl}/embed/occupation-in-figures/bar?highlight=shusha&lang=az`)
    await page.getByRole('radio', { name: 'Русский' }).check()
    // The highlight choices are named in the chart's language, as the server names them.
    await expect.poll(() => page.getByRole('checkbox', { name: 'Шуша' }).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', { name: 'Shusha' }).count()).toBe(0)
    await page.getByRole('radio', { name: 'Hide them (the article has a headline)' }).check()
    await expectSameAsServer(page)
    const labels = (p: Page) =>
      p
        .locator('input[name=highlight] + span')
        .evaluateAll((spans) => spans.map((s) => [(s as HTMLElement).lang, s.textContent]))
    const server = await openPage(browser, page.url(), { width: 1280, javaScript: false })
    expect(await labels(page)).toEqual(await labels(server.page))
    await server.close()
    expect(await frameWidth(page)).toBe(480)
    expect(errors).toEqual([])
    await expectPrivate(opened)
    await opened.close()
  })

  it('sizes the preview to its chart at every preview width, through the same loader as the codes', async () => {
    const { page, close } = await open(`${baseUrl}/?widget=timeline`)
    for (const width of ['320 px (phone)', '720 px']) {
      await page.getByRole('radio', { name: width }).check()
      const gap = async () => {
        const frame = page.frames().find((f) => f.url().includes('/embed/'))
        if (!frame) return Infinity
        const content = await frame
          .evaluate(() => document.documentElement.getBoundingClientRect().height)
          .catch(() => 0)
        const outer = await page.locator('#preview').evaluate((el) => el.getBoundingClientRect().height)
        return Math.abs(outer - content)
      }
      await expect.poll(gap, { timeout: 10_000 }).toBeLessThanOrEqual(2)
    }
    await close()
  })

  it('updates the title in the codes as the editor types it', async () => {
    const { page, close } = await open(`${baseUrl}/`)
    await page.getByLabel('Title', { exact: true }).fill('Area & "occupation" <2016>')
    await expect
      .poll(() => page.locator('#code-iframe').inputValue())
      .toContain('title="Area &amp; &quot;occupation&quot; &lt;2016&gt;"')
    expect(await page.locator('#code-pageUrl').inputValue()).toContain('?title=Area+%26+%22occupation%22+%3C2016%3E')
    await close()
  })

  it('copies a code to the clipboard and announces it', async () => {
    const { context, page, close } = await open(null)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await page.goto(`${baseUrl}/`)
    // One button to copy, the embed code's; the others wait in the developers' disclosure.
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(1)
    const button = page.getByRole('button', { name: 'Copy embed code' })
    await button.click()
    await expect.poll(() => page.locator('#announce').textContent()).toBe('Copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await page.locator('#code-responsive').inputValue())
    expect(copied).toMatch(
      /^<iframe [^>]+><\/iframe>\n<script src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous" async><\/script>$/,
    )
    await close()
  })

  it('selects the text when the clipboard is refused, so the editor can copy it by hand', async () => {
    const { page, close } = await open(null)
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } })
    })
    await page.goto(`${baseUrl}/`)
    await page.locator('summary').click()
    await page.getByRole('button', { name: 'Copy SVG image' }).click()
    await expect
      .poll(() => page.locator('#announce').textContent())
      .toMatch(/^(Copied|Selected: press Ctrl\+C or Command\+C to copy)$/)
    const selection = await page
      .locator('#code-svgUrl')
      .evaluate((input: HTMLInputElement) => [
        input.selectionStart,
        input.selectionEnd,
        input.value.length,
        document.activeElement === input,
      ])
    expect(selection[0]).toBe(0)
    expect(selection[1]).toBe(selection[2])
    expect(selection[3]).toBe(true)
    await close()
  })

  it('shows the preview first on a phone, and beside the options on a desktop', async () => {
    for (const javaScript of [true, false]) {
      const phone = await open(`${baseUrl}/?widget=timeline`, { width: 320, height: 640, javaScript })
      const top = await phone.page.locator('#preview').evaluate((frame) => frame.getBoundingClientRect().top)
      // Within the first screen of a small phone (it was 2,059 px down, below every option).
      expect(top, `JavaScript ${javaScript}`).toBeGreaterThan(0)
      expect(top, `JavaScript ${javaScript}`).toBeLessThan(640 - 100)
      await phone.close()
      const desktop = await open(`${baseUrl}/?widget=timeline`, { width: 1000, height: 800, javaScript })
      const box = (selector: string) =>
        desktop.page.locator(selector).evaluate((el) => {
          const { top, left } = el.getBoundingClientRect()
          return { top, left }
        })
      const [preview, options] = [await box('#preview'), await box('#builder')]
      expect(preview.top, `JavaScript ${javaScript}`).toBeLessThan(800 - 200)
      expect(preview.left, `JavaScript ${javaScript}`).toBeGreaterThan(options.left + 200)
      await desktop.close()
    }
  })

  it('copies the embed code on a phone with its one button, and the developers’ codes once disclosed', async () => {
    const { context, page, close } = await open(null, { width: 320, height: 640 })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await page.goto(`${baseUrl}/?widget=bar`)
    // A copy button reads “Copied” for two seconds after a click.
    const copyButtons = () => page.getByRole('button', { name: /^Cop(y|ied)\b/ })
    expect(await copyButtons().count()).toBe(1)
    expect(await page.locator('#code-iframe').isVisible()).toBe(false)
    await page.getByRole('button', { name: 'Copy embed code' }).click()
    await expect.poll(() => page.locator('#announce').textContent()).toBe('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('#code-responsive').inputValue(),
    )
    await page.locator('summary').click()
    expect(await page.locator('#code-iframe').isVisible()).toBe(true)
    expect(await copyButtons().count()).toBe(9)
    await page.getByRole('button', { name: 'Copy Embed code without script' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(await page.locator('#code-iframe').inputValue())
    await close()
  })

  it('keeps the phone height beside the script-free code as the options change', async () => {
    const { page, close } = await open(`${baseUrl}/?widget=timeline`)
    const before = Number(await page.locator('#phone-height').textContent())
    await page.getByRole('radio', { name: 'Русский' }).check()
    await page.getByRole('radio', { name: 'Running total' }).check()
    await expect.poll(() => page.locator('#code-pageUrl').inputValue()).toContain('view=cumulative')
    const after = Number(await page.locator('#phone-height').textContent())
    expect(after).not.toBe(before)
    const server = await openPage(browser, page.url(), { width: 1280, javaScript: false })
    expect(Number(await server.page.locator('#phone-height').textContent())).toBe(after)
    await server.close()
    await close()
  })

  it('explains a date bound it cannot read beside its field while the editor types, and keeps the codes', async () => {
    const { page, close } = await open(`${baseUrl}/?widget=timeline`)
    const from = page.getByLabel('From')
    const note = page.locator('#v-from')
    const before = await page.locator('#code-pageUrl').inputValue()
    expect(await note.isVisible()).toBe(false)
    await from.fill('May 1992')
    await expect.poll(() => note.isVisible()).toBe(true)
    expect(await note.textContent()).toBe(
      'Not a date we can read. Write a year (e.g. 1993), a month (e.g. 1992-05) or a day (e.g. 1992-05-08).',
    )
    expect(await from.getAttribute('aria-invalid')).toBe('true')
    expect(await from.getAttribute('aria-describedby')).toContain('v-from')
    expect(await page.locator('#code-pageUrl').inputValue()).toBe(before)
    await from.fill('1992-05')
    await expect.poll(() => page.locator('#code-pageUrl').inputValue()).toContain('from=1992-05')
    expect(await note.isVisible()).toBe(false)
    expect(await from.getAttribute('aria-invalid')).toBeNull()
    await close()
  })

  it('works without JavaScript: the form is submitted and the server writes every code', async () => {
    const opened = await open(`${baseUrl}/?widget=bar`, { javaScript: false })
    const { page } = opened
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0)
    await page.getByRole('radio', { name: 'Русский' }).check()
    await page.getByRole('radio', { name: 'Dark' }).check()
    await page.getByRole('radio', { name: '320 px (phone)' }).check()
    await Promise.all([
      page.waitForURL(/lang=ru/),
      page.getByRole('button', { name: 'Update preview and codes' }).click(),
    ])
    const search = new URL(page.url()).searchParams
    expect(search.get('lang')).toBe('ru')
    expect(search.get('theme')).toBe('dark')
    const src = (await page.locator('#preview').getAttribute('src'))!
    expect(src).toMatch(/\/embed\/occupation-in-figures@[0-9a-f]{12}\/bar\?lang=ru&theme=dark$/)
    expect(await page.locator('#code-responsive').inputValue()).toContain(
      `<iframe src="${src.replace('&', '&amp;')}" title="Оккупация в цифрах"`,
    )
    expect(await page.locator('#code-csv').inputValue()).toBe(
      src.replace(/\/embed\/([^/]+)\/bar\?.*$/, '/api/v1/datasets/$1/territories.csv?lang=ru'),
    )
    expect(await frameWidth(page)).toBe(320)
    expect(await page.getByRole('radio', { name: 'Русский' }).isChecked()).toBe(true)
    await expectPrivate(opened)
    await opened.close()
  })

  it('is usable with the keyboard and has no accessibility violation that axe finds, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(`${baseUrl}/?sort=bad`, { colorScheme })
      expect(await runAxe(page), colorScheme).toEqual([])
      // The first Tab reaches the problem, which links to its field.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('sort')
      // A fragment navigation settles after the key event: wait for it, bounded.
      await page.keyboard.press('Enter')
      await page.waitForURL(/#f-sort-0$/, { timeout: 5000 })
      expect(new URL(page.url()).hash).toBe('#f-sort-0')
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(255, 255, 255)')
      await close()
    }
  })

  it('fits a 320 px phone: nothing wider than the screen, no text cut off', async () => {
    for (const javaScript of [true, false]) {
      const { page, close } = await open(`${baseUrl}/?widget=timeline&width=320`, { width: 320, javaScript })
      const report = await overflow(page)
      expect(report.horizontalScroll, `JavaScript ${javaScript}`).toBe(false)
      // The preview keeps its true width inside a stage that scrolls sideways, as it should.
      expect(
        report.clipped.filter((c) => c.element !== 'iframe#preview'),
        `JavaScript ${javaScript}`,
      ).toEqual([])
      expect(await page.locator('.stage').evaluate((stage) => getComputedStyle(stage).overflowX)).toBe('auto')
      await close()
    }
  })
})
