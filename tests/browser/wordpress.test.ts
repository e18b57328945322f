/**
 * factbox in WordPress with no plugin: WordPress embeds an unknown oEmbed provider's iframe with
 * `sandbox="allow-scripts"` and `#?secret=<token>`, and its wp-embed.js resizes the iframe on a
 * `{message: 'height', value, secret}` message, clamped to 200-1000 px. The host page below
 * reproduces that markup and listener (wp-includes/js/wp-embed.js, WordPress 6).
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'
import { type OtherOrigin, startOtherOrigin } from './lib/other-origin.ts'

const baseUrl = inject('baseUrl')
const token = inject('publishToken')
const SECRET = 'Xq3Zt9Lm2K'

/** wp-embed.js's receiver, as WordPress ships it: the secret, the sending window, the clamp, `link` to the same host. */
const WP_EMBED_LISTENER = `
window.addEventListener('message', function (e) {
  var data = e.data;
  if (!data) return;
  if (!(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  var iframes = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  var blockquotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
  var allowedProtocols = new RegExp('^https?:$', 'i');
  for (var i = 0; i < blockquotes.length; i++) blockquotes[i].style.display = 'none';
  for (i = 0; i < iframes.length; i++) {
    var source = iframes[i];
    if (e.source !== source.contentWindow) continue;
    source.removeAttribute('style');
    if ('height' === data.message) {
      var height = parseInt(data.value, 10);
      if (height > 1000) height = 1000;
      else if (~~height < 200) height = 200;
      source.height = height;
    }
    if ('link' === data.message) {
      var sourceURL = document.createElement('a'), targetURL = document.createElement('a');
      sourceURL.href = source.getAttribute('src');
      targetURL.href = data.value;
      if (!allowedProtocols.test(targetURL.protocol)) continue;
      if (targetURL.host === sourceURL.host && document.activeElement === source) window.top.location.href = data.value;
    }
  }
}, false);`

/** The post as WordPress renders an unknown provider's oEmbed iframe in a 600 px content column. */
function wordpressPost(url: string, title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body style="margin:0"><div style="width:600px"><blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${url}">${title}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="${title}" src="${url}#?secret=${SECRET}" data-secret="${SECRET}" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe></div><script>${WP_EMBED_LISTENER}</script></body></html>`
}

let browser: Browser
let site: OtherOrigin

async function frameOf(page: Page, url: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(url))).toBe(true)
  const frame = page.frames().find((f) => f.url().startsWith(url))!
  await frame.waitForLoadState('load')
  return frame
}

describeBrowser('an embed in WordPress (sandbox allow-scripts, #?secret=, wp-embed.js)', () => {
  beforeAll(async () => {
    ;[browser, site] = await Promise.all([launchChromium(), startOtherOrigin()])
  })
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()])
  })

  const publish = async () => {
    const res = await fetch(`${baseUrl}/api/v1/charts`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'CF-Connecting-IP': '192.0.2.200',
      },
      body: JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'en' } }),
    })
    return ((await res.json()) as { links: { page: string; data: string } }).links
  }

  for (const kind of ['published', 'live'] as const)
    it(`gives the iframe the ${kind} page's height, clamped to 200-1000 px, on load and on resize`, async () => {
      const url = kind === 'published' ? (await publish()).page : `${baseUrl}/embed/occupation-in-figures/timeline`
      const post = site.set(`/wp-${kind}.html`, wordpressPost(url, 'The Occupation in Figures'))
      const opened = await openPage(browser, post, { width: 900 })
      try {
        const frame = await frameOf(opened.page, url)
        const iframe = opened.page.locator('iframe')
        const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
        const clamped = (h: number) => String(Math.min(1000, Math.max(200, h)))
        await expect.poll(() => iframe.getAttribute('height')).toBe(clamped(await content()))
        // WordPress took the message: the iframe's hiding style is gone and the blockquote hidden.
        expect(await iframe.getAttribute('style')).toBeNull()
        expect(await opened.page.locator('blockquote').isVisible()).toBe(false)
        // A narrower column: the page reflows taller and reports its new height.
        const before = await content()
        await iframe.evaluate((el) => {
          el.setAttribute('width', '320')
          ;(el as HTMLIFrameElement).style.width = '320px'
        })
        await expect.poll(content).not.toBe(before)
        await expect.poll(() => iframe.getAttribute('height')).toBe(clamped(await content()))
      } finally {
        await opened.close()
      }
    })

  it('opens "Get the data" through WordPress (downloads are blocked in its sandbox)', async () => {
    const links = await publish()
    const post = site.set('/wp-download.html', wordpressPost(links.page, 'The Occupation in Figures'))
    const opened = await openPage(browser, post, { width: 900 })
    try {
      const frame = await frameOf(opened.page, links.page)
      const download = opened.page.waitForEvent('download', { timeout: 10_000 })
      await frame.locator('.fb-meta a[download]').click()
      const file = await download
      expect(file.url()).toBe(links.data)
      expect(file.suggestedFilename()).toMatch(/^chart-[0-9a-f]{16}-data\.csv$/)
    } finally {
      await opened.close()
    }
  })
})
