import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const app = createApp(createCatalog([...bundledPackages, balticStates]))
const BASE = 'http://factbox.test/embed'
const get = (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init, env)
const ORIGIN = new URL(env.PUBLIC_ORIGIN).origin

describe('GET /embed/:dataset/bar', () => {
  it('serves a complete HTML page with the chart, its frame and its data table', async () => {
    const res = await get('/occupation-in-figures/bar')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html.startsWith('<!doctype html><html lang="en" class="t-auto">')).toBe(true)
    expect(html).toContain('<h1 id="fb-t" class="fb-title">The Occupation in Figures</h1>')
    expect(html).toContain('Area of each occupied territory, in square kilometres')
    expect(html).toContain('Shusha lies within Nagorno-Karabakh; the fact box lists it separately for its date.')
    expect(html).toContain('Figures as published in April 2016')
    expect(html).not.toContain('28 November 2026')
    expect(html.match(/<svg class="bc"[^>]*role="img"/g)).toHaveLength(2)
    expect(html.match(/class="bar(?: in)?" tabindex="0"/g)).toHaveLength(18)
    expect(html).toContain('4,400\u00a0km²')
    expect(html).toContain(
      'Largest: Nagorno-Karabakh, 4,400\u00a0km². Smallest: Shusha, 289\u00a0km². Total: 14,393\u00a0km². Seven surrounding districts: 9,993\u00a0km².',
    )
    expect(html).not.toContain('14,682')
    // Header, nine rows, the subtotal and the total.
    expect(html.match(/<tr>/g)).toHaveLength(1 + 9 + 2)
  })

  it('counts Shusha once in az and ru too, and hides the later context with context=none', async () => {
    const az = await (await get('/occupation-in-figures/bar?lang=az')).text()
    expect(az).toContain('14.393\u00a0km²')
    expect(az).toContain('9.993\u00a0km²')
    expect(az).toContain('Rəqəmlər 2016-cı ilin aprel ayında dərc olunduğu kimidir')
    const ru = await (await get('/occupation-in-figures/bar?lang=ru')).text()
    expect(ru).toContain('14\u00a0393\u00a0км²')
    expect(ru).toContain('9\u00a0993\u00a0км²')
    expect(ru).toContain('Данные по состоянию на апрель 2016\u00a0г.')
    expect(ru).toContain('Заседание Совета Безопасности ООН 21\u00a0сентября 2023\u00a0г.')
    const archived = await (await get('/occupation-in-figures/bar?lang=ru&context=none')).text()
    expect(archived).not.toContain('Совета Безопасности ООН 21')
    expect(archived).toContain('14\u00a0393\u00a0км²')
  })

  it('rejects an unknown context value, naming the parameter and its values', async () => {
    const res = await get('/occupation-in-figures/timeline.svg?context=hide')
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { parameter: string; detail: string }
    expect(problem.parameter).toBe('context')
    expect(problem.detail).toContain('show, none')
    expect(JSON.stringify(problem)).not.toContain('hide')
  })

  it('links the CSV with an absolute URL built from PUBLIC_ORIGIN, never from the Host header', async () => {
    const res = await get('/occupation-in-figures/bar', { headers: { 'X-Forwarded-Host': 'evil.example' } })
    const html = await res.text()
    expect(html).toContain(`href="${ORIGIN}/api/v1/datasets/occupation-in-figures/territories.csv"`)
    expect(html).not.toContain('evil.example')
    expect(html).not.toContain('factbox.test')
  })

  it("links the data in the reader's language: the CSV names the areas as the chart does", async () => {
    const html = await (await get('/occupation-in-figures/bar?lang=az')).text()
    const link = `${ORIGIN}/api/v1/datasets/occupation-in-figures/territories.csv?lang=az`
    expect(html).toContain(`href="${link}" download=""`)
    const csv = await (await app.request(link, {}, env)).text()
    expect(csv).toContain('Dağlıq Qarabağ')
    expect(csv).not.toContain('Nagorno-Karabakh')
  })

  it('has no inline script, only the versioned external one', async () => {
    const html = await (await get('/occupation-in-figures/bar')).text()
    const scripts = html.match(/<script[^>]*>/g) ?? []
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/^<script src="\/embed\/assets\/enhance\.[0-9a-f]{10}\.js" defer="">$/)
    expect(html).not.toMatch(/\son[a-z]+=/)
  })

  it('sends the widget policy: framable by the configured ancestors, no X-Frame-Options', async () => {
    const res = await get('/occupation-in-figures/bar')
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain(`frame-ancestors ${env.FRAME_ANCESTORS}`)
    expect(res.headers.get('X-Frame-Options')).toBeNull()
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(res.headers.get('Set-Cookie')).toBeNull()
  })

  it('is cacheable at the edge with a strong ETag, and answers 304 when it matches', async () => {
    const res = await get('/occupation-in-figures/bar')
    const etag = res.headers.get('ETag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect(res.headers.get('Cache-Control')).toContain('s-maxage=')
    const again = await get('/occupation-in-figures/bar', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(await again.text()).toBe('')
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/occupation-in-figures/bar', { method: 'HEAD' })
    const full = await get('/occupation-in-figures/bar')
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toBe(full.headers.get('ETag'))
    expect(await head.text()).toBe('')
  })

  it('gives the same bytes whatever the order of the parameters or unknown ones', async () => {
    const a = await get('/occupation-in-figures/bar?lang=ru&theme=dark')
    const b = await get('/occupation-in-figures/bar?theme=dark&utm_source=x&lang=ru&fbclid=y')
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'))
    expect(await a.text()).toBe(await b.text())
  })

  it('renders in Russian and Azerbaijani with their number conventions', async () => {
    const ru = await (await get('/occupation-in-figures/bar?lang=ru')).text()
    expect(ru).toContain('<html lang="ru"')
    expect(ru).toContain('Оккупация в цифрах')
    expect(ru).toContain('4\u00a0400\u00a0км²')
    const az = await (await get('/occupation-in-figures/bar?lang=az')).text()
    expect(az).toContain('İşğal rəqəmlərdə')
    expect(az).toContain('4.400\u00a0km²')
  })

  it('escapes a title override and hides the title block on request', async () => {
    const html = await (
      await get(`/occupation-in-figures/bar?title=${encodeURIComponent('<img src=x onerror=alert(1)>')}&header=none`)
    ).text()
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('class="fb-sr"')
    expect(html).not.toContain('class="fb-sub"')
  })

  it('mutes every bar but the highlighted ones', async () => {
    const html = await (await get('/occupation-in-figures/bar?highlight=shusha,lachin')).text()
    expect(html.match(/class="bar mute(?: in)?"/g)).toHaveLength(2 * 7)
  })

  it('renders the second fixture dataset, English only and with other columns, without code changes', async () => {
    const res = await get('/baltic-states/bar')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('The Baltic states')
    expect(html).toContain('65,300\u00a0km²')
    expect(html).toContain(`${ORIGIN}/api/v1/datasets/baltic-states/states.csv`)
    expect(html).toContain('Wikipedia: Estonia, Latvia, Lithuania')
    expect((await get('/baltic-states/bar?lang=ru')).status).toBe(400)
  })
})

describe('GET /embed/:dataset/bar.svg', () => {
  it('serves a standalone SVG with its namespace, content type and own styles', async () => {
    const res = await get('/occupation-in-figures/bar.svg?lang=az')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const svg = await res.text()
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('prefers-color-scheme:dark')
    expect(svg).toContain('4.400\u00a0km²')
    expect(svg).toContain('14.393\u00a0km²')
    expect(svg).not.toContain('14.682')
    expect(svg).toContain('aprel ayında')
    expect(svg).not.toContain('<script')
  })

  it('draws the image at width px, the narrow arrangement for a phone column', async () => {
    for (const widget of ['bar', 'timeline']) {
      const svg = await (await get(`/occupation-in-figures/${widget}.svg?width=320&theme=dark`)).text()
      expect(svg, widget).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 320 \d+" width="320"/)
      const wide = await (await get(`/occupation-in-figures/${widget}.svg`)).text()
      expect(wide, widget).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 \d+" width="640"/)
    }
  })

  it('refuses a width outside 280..2000 or not a whole number with a 400 naming width and the range', async () => {
    for (const width of ['279', '2001', '320.5', '0320', 'auto']) {
      const res = await get(`/occupation-in-figures/timeline.svg?width=${width}`)
      expect(res.status, width).toBe(400)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      const problem = (await res.json()) as { parameter: string; detail: string }
      expect(problem.parameter, width).toBe('width')
      expect(problem.detail, width).toBe('invalid width: expected a whole number of pixels from 280 to 2000')
    }
    expect((await get('/occupation-in-figures/bar.svg?width=320&width=640')).status).toBe(400)
  })

  it('leaves width to the images: a page is as wide as its iframe and ignores it', async () => {
    const page = await get('/occupation-in-figures/timeline?width=320')
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(await (await get('/occupation-in-figures/timeline')).text())
    expect((await get('/occupation-in-figures/timeline?width=nonsense')).status).toBe(200)
  })

  it('answers problem+json for a bad parameter, as an image URL should', async () => {
    const res = await get('/occupation-in-figures/bar.svg?theme=pink')
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(((await res.json()) as { parameter: string }).parameter).toBe('theme')
  })
})

describe('errors on widget pages', () => {
  it('are readable HTML pages inside the iframe that name the parameter and the allowed values', async () => {
    const res = await get('/occupation-in-figures/bar?lang=fr')
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Security-Policy')).toContain(`frame-ancestors ${env.FRAME_ANCESTORS}`)
    const html = await res.text()
    expect(html).toContain('<code>lang</code>')
    const { languages } = bundledPackages.find((p) => p.id === 'occupation-in-figures')!.descriptor as {
      languages: string[]
    }
    for (const lang of languages) expect(html).toContain(`<code>${lang}</code>`)
    expect(html).not.toContain('fr')
  })

  it('speak to the reader in the validated lang, with the developer detail in a disclosure', async () => {
    const cases = [
      ['?lang=az&sort=sideways', 'az', 'Qrafiki göstərmək mümkün olmadı', 'Tərtibatçılar üçün təfərrüatlar'],
      ['?lang=ru&theme=pink', 'ru', 'Не удалось показать график', 'Подробности для разработчиков'],
      ['?theme=pink', 'en', 'The chart could not be shown', 'Details for developers'],
      // lang itself at fault: the page cannot speak it, so it falls back to the default, English.
      ['?lang=fr', 'en', 'The chart could not be shown', 'Details for developers'],
    ] as const
    for (const [query, lang, heading, summary] of cases) {
      const res = await get(`/occupation-in-figures/bar${query}`)
      expect(res.status, query).toBe(400)
      const html = await res.text()
      expect(html, query).toContain(`<html lang="${lang}"`)
      expect(html, query).toContain(`<title>${heading}</title>`)
      expect(html, query).toContain(`<h1>${heading}</h1>`)
      expect(html, query).toMatch(
        new RegExp(`<details><summary>${summary}</summary><p lang="en">400 Invalid parameter: `),
      )
      // The reader's sentence comes before the disclosure; the parameter sits inside it.
      expect(html.indexOf('<details>'), query).toBeLessThan(html.indexOf('<code>'))
    }
  })

  it('never break an option value across lines', async () => {
    const html = await (await get('/occupation-in-figures/bar?sort=sideways')).text()
    expect(html).toMatch(/\.er code\{[^}]*white-space:nowrap/)
  })

  it('list the ids a highlight may name without echoing the bad one', async () => {
    const res = await get(`/occupation-in-figures/bar?highlight=${encodeURIComponent('"><script>alert(1)</script>')}`)
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('<code>highlight</code>')
    expect(html).toContain('<code>nagorno-karabakh</code>')
    expect(html).not.toContain('alert(1)')
  })

  it('name a repeated parameter', async () => {
    const res = await get('/occupation-in-figures/bar?sort=name&sort=area')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('<code>sort</code>')
  })

  it('are 404 pages for an unknown dataset or widget, prototype names included', async () => {
    for (const path of [
      '/nope/bar',
      '/constructor/bar',
      '/__proto__/bar',
      '/Occupation-In-Figures/bar',
      '/occupation-in-figures/constructor',
      '/occupation-in-figures/__proto__',
      '/occupation-in-figures/pie',
      '/occupation-in-figures/toString',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8')
    }
  })
})

describe('GET /embed/assets/enhance.<hash>.js', () => {
  it('serves the script the page names, immutable', async () => {
    const html = await (await get('/occupation-in-figures/bar')).text()
    const path = /src="\/embed(\/assets\/enhance\.[0-9a-f]{10}\.js)"/.exec(html)![1]!
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await res.text()).toContain('data-roving')
  })

  it('404s any other version', async () => {
    expect((await get('/assets/enhance.0000000000.js')).status).toBe(404)
  })
})
