import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { builderOutput } from '../../src/builder/codes.ts'
import { type BuilderData, fillCodes, pickHeight } from '../../src/builder/shared-with-browser.ts'
import { chartsOf, readBuilder } from '../../src/builder/state.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const catalog = createCatalog([...bundledPackages, balticStates])
const app = createApp(catalog)
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)
const ORIGIN = new URL(env.PUBLIC_ORIGIN).origin
const occupation = (await catalog.get('occupation-in-figures'))!
const baltic = (await catalog.get('baltic-states'))!

/** The text of the element with this id (a textarea's content or an input's value), unescaped. */
function field(html: string, id: string): string {
  const match =
    new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(html) ??
    new RegExp(`<input type="text" id="${id}"[^>]* value="([^"]*)"`).exec(html)
  if (!match) throw new Error(`no field #${id}`)
  return match[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

function pageData(html: string): BuilderData {
  const json = /<script type="application\/json" id="builder-data">([^<]*)<\/script>/.exec(html)![1]!
  return JSON.parse(json) as BuilderData
}

describe('the builder at /', () => {
  it('lists every dataset and each widget it has a view for, and previews the first', async () => {
    const res = await get('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<span class="dataset">The Occupation in Figures</span>')
    expect(html).toContain('<span class="dataset">The Baltic states</span>')
    expect(html).toContain('<a href="/?dataset=occupation-in-figures&amp;widget=bar" aria-current="page">Bar chart</a>')
    expect(html).toContain('<a href="/?dataset=baltic-states&amp;widget=bar">Bar chart</a>')
    expect(html).toContain('<a href="/?dataset=occupation-in-figures&amp;widget=timeline">Timeline</a>')
    expect(html).toContain('<a href="/?dataset=baltic-states&amp;widget=timeline">Timeline</a>')
    expect(html).toMatch(
      new RegExp(
        `<iframe id="preview" src="${ORIGIN}/embed/occupation-in-figures@${occupation.version}/bar" title="Preview: The Occupation in Figures" style="[^"]*"></iframe>`,
      ),
    )
  })

  it('gives the preview no sandbox its same-origin page could lift', async () => {
    const html = await (await get('/')).text()
    const preview = /<iframe id="preview"[^>]*>/.exec(html)![0]
    expect(preview).not.toContain('sandbox')
  })

  it('hands out codes pinned to the data version, with the loader pinned by Subresource Integrity', async () => {
    const html = await (await get('/')).text()
    const loader = await get('/embed.js')
    const bytes = new Uint8Array(await loader.arrayBuffer())
    const sha384 = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))
    const pinned = `${ORIGIN}/embed/occupation-in-figures@${occupation.version}/bar`
    const responsive = field(html, 'code-responsive')
    expect(responsive).toContain(`<iframe src="${pinned}" title="The Occupation in Figures" width="100%"`)
    expect(responsive).toMatch(
      new RegExp(
        `<script src="${ORIGIN}/embed\\.[0-9a-f]{10}\\.js" integrity="sha384-${sha384.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" async></script>$`,
      ),
    )
    expect(field(html, 'code-iframe')).toMatch(new RegExp(`^<iframe src="${pinned}"[^>]*></iframe>$`))
    expect(field(html, 'code-amp')).toContain(`<amp-iframe src="${pinned}"`)
    expect(field(html, 'code-svgUrl')).toBe(`${pinned}.svg`)
    expect(field(html, 'code-pngUrl')).toBe(`${pinned}.png`)
    expect(field(html, 'code-oembedUrl')).toBe(`${ORIGIN}/oembed?url=${encodeURIComponent(pinned)}&format=json`)
    expect(field(html, 'code-csv')).toBe(`${ORIGIN}/api/v1/datasets/occupation-in-figures/territories.csv?lang=en`)
    expect(field(html, 'code-json')).toBe(`${ORIGIN}/api/v1/datasets/occupation-in-figures/territories.json?lang=en`)
    expect(html).toContain(`<code id="sri">sha384-${sha384}</code>`)
  })

  it('follows the latest data when asked, and writes the options into every code', async () => {
    const html = await (
      await get('/?widget=bar&version=latest&lang=az&theme=dark&highlight=lachin&highlight=shusha&width=480')
    ).text()
    const latest = `${ORIGIN}/embed/occupation-in-figures/bar?highlight=shusha%2Clachin&lang=az&theme=dark`
    expect(field(html, 'code-pageUrl')).toBe(latest)
    expect(field(html, 'code-iframe')).toContain(`src="${latest.replace(/&/g, '&amp;')}" title="İşğal rəqəmlərdə"`)
    expect(field(html, 'code-csv')).toBe(`${ORIGIN}/api/v1/datasets/occupation-in-figures/territories.csv?lang=az`)
    expect(html).toContain('style="width:480px;')
    expect(html).toMatch(
      /<input type="radio" name="lang" id="f-lang-1" value="az" checked=""\/> <span lang="az">Azərbaycan<\/span>/,
    )
    expect(html).toMatch(
      /<input type="checkbox" name="highlight" id="f-highlight-\d" value="shusha" checked=""\/> <span>Shusha<\/span>/,
    )
  })

  it('leaves default values and blank texts out of the codes', async () => {
    const html = await (await get('/?lang=en&theme=auto&sort=-area&header=show&title=%20%20&highlight=')).text()
    expect(field(html, 'code-pageUrl')).toBe(`${ORIGIN}/embed/occupation-in-figures@${occupation.version}/bar`)
  })

  it('derives the form from the widget’s own validator: choices, lists and text limits', async () => {
    const html = await (await get('/?dataset=occupation-in-figures&widget=bar')).text()
    for (const value of ['auto', 'light', 'dark'])
      expect(html).toMatch(new RegExp(`type="radio" name="theme" id="f-theme-\\d" value="${value}"`))
    expect(html.match(/type="radio" name="sort"/g)).toHaveLength(6)
    expect(html.match(/type="checkbox" name="highlight"/g)).toHaveLength(9)
    expect(html).toMatch(/<input type="text" id="f-title" name="title" value="" maxlength="120"/)
    expect(html).toMatch(/<input type="text" id="f-subtitle" name="subtitle" value="" maxlength="240"/)
    // The fixture has only English: no other language is offered.
    const english = await (await get('/?dataset=baltic-states&widget=bar')).text()
    expect(english.match(/type="radio" name="lang"/g)).toHaveLength(1)
    // A new widget's own options appear with no builder change: a date bound is text whose hint
    // is the validator's own description.
    const timeline = await (await get('/?widget=timeline')).text()
    expect(timeline.match(/type="radio" name="view"/g)).toHaveLength(2)
    expect(timeline).toContain(
      '<label for="f-from">From</label><span class="hint" id="h-from">Expected a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD)</span>',
    )
    expect(timeline).toMatch(/<input type="text" id="f-from" name="from" value="" autocomplete="off"/)
  })

  it('answers a bad option with a 400 page that names the parameter and shows the form', async () => {
    const res = await get('/?sort=sideways&lang=az')
    expect(res.status).toBe(400)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<div class="problems" role="alert"')
    expect(html).toContain(
      '<a href="#f-sort-0"><code>sort</code></a>: invalid sort: expected one of -area, area, name, -name, date, -date',
    )
    expect(html).not.toContain('sideways')
    expect(html).toContain('id="f-lang-1" value="az" checked=""')
  })

  it('names the builder’s own parameters, a repeated option and a control character too', async () => {
    for (const [query, parameter] of [
      ['dataset=atlantis', 'dataset'],
      ['widget=pie', 'widget'],
      ['width=99', 'width'],
      ['version=yesterday', 'version'],
      ['theme=dark&theme=light', 'theme'],
      ['title=a%E2%80%AEb', 'title'],
      ['highlight=atlantis', 'highlight'],
      [`title=${'x'.repeat(121)}`, 'title'],
    ]) {
      const res = await get(`/?${query}`)
      expect(res.status, query).toBe(400)
      expect(await res.text(), query).toMatch(new RegExp(`<code>${parameter}</code></a>: `))
    }
  })

  it('sets no cookie, forbids framing and inline scripts, and has no script without a source', async () => {
    for (const path of ['/', '/?sort=bad']) {
      const res = await get(path)
      expect(res.headers.get('Set-Cookie')).toBeNull()
      const csp = res.headers.get('Content-Security-Policy')!
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('X-Frame-Options')).toBe('DENY')
      const html = await res.text()
      for (const tag of html.match(/<script[^>]*>/g)!) expect(tag).toMatch(/ src="|type="application\/json"/)
    }
  })

  it('refers to nothing outside its own origin', async () => {
    const html = await (await get('/')).text()
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(urls.length).toBeGreaterThan(5)
    for (const url of urls) if (url !== 'data:,') expect(new URL(url, ORIGIN).origin, url).toBe(ORIGIN)
  })

  it('serves its script at a content-hashed, immutable address', async () => {
    const html = await (await get('/')).text()
    const path = /<script src="(\/assets\/builder\.[0-9a-f]{10}\.js)" defer=""><\/script>/.exec(html)![1]!
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const js = await res.text()
    expect(js).toContain('navigator.clipboard.writeText')
    // Only esbuild's keep-names helper may appear, and the script defines it.
    expect(js.match(/\b__(?!name\b)[a-zA-Z]+\(/g)).toBeNull()
    expect((await get('/assets/builder.0123456789.js')).status).toBe(404)
  })

  it('revalidates the page with a strong ETag', async () => {
    const first = await get('/?lang=ru')
    expect(first.headers.get('Cache-Control')).toBe('no-cache')
    const etag = first.headers.get('ETag')!
    expect((await get('/?lang=ru', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })

  it('writes its data for the script as JSON that cannot close the script element', async () => {
    const html = await (await get('/?title=%3C%2Fscript%3E%3Cb%3E')).text()
    const data = pageData(html)
    expect(data.titles).toEqual({ en: 'The Occupation in Figures', az: 'İşğal rəqəmlərdə', ru: 'Оккупация в цифрах' })
    expect(html).not.toContain('</script><b>')
  })
})

describe('the codes the script rebuilds', () => {
  const charts = chartsOf([occupation, baltic])
  const loader = { url: `${ORIGIN}/embed.0123456789.js`, integrity: 'sha384-abc' }
  const outputFor = (query: string) => {
    const { state, problems } = readBuilder(`${ORIGIN}/?${query}`, charts)
    expect(problems).toEqual([])
    return { state, output: builderOutput(state, ORIGIN, loader) }
  }
  /** What the script writes from a page's data for the options of `query`. */
  const rebuild = (data: BuilderData, query: string) => {
    const { state } = readBuilder(`${ORIGIN}/?${query}`, charts)
    const values = Object.fromEntries(new URLSearchParams(query))
    const title = (values.title ?? '').replace(/\s+/g, ' ').trim() || data.titles[state.params.lang ?? data.lang]!
    return fillCodes(data.templates[state.version], state.params, title, pickHeight(data.heights, state.params))
  }

  // The editor opens a chart, then changes choices in the page: the script's codes must be the
  // ones the server writes for the new address, initial height included.
  it.each([
    'lang=az&theme=dark',
    'lang=ru&highlight=zangilan,shusha&sort=name&header=none',
    'version=latest&header=none&lang=ru',
    'dataset=baltic-states&theme=light&sort=-date',
    'widget=timeline&lang=ru&view=cumulative&events=none&header=none',
    'widget=timeline&lang=az&highlight=shusha&version=latest',
  ])('equal the server’s after the choices change to “%s”', (query) => {
    const search = new URLSearchParams(query)
    const first = outputFor(
      `dataset=${search.get('dataset') ?? 'occupation-in-figures'}&widget=${search.get('widget') ?? 'bar'}`,
    )
    const { output } = outputFor(query)
    for (const [name, text] of Object.entries(rebuild(first.output.data, query)))
      expect(text, name).toBe(output.codes[name as keyof typeof output.codes])
  })

  // Free text is written into the codes as typed; its effect on the height is the server's.
  it.each([
    'title=%20A%20%22quoted%22%20%3Ctitle%3E%20%26%20it%27s%20&subtitle=%C5%9Eu%C5%9Fa',
    'title=?factbox-builder-query=here&subtitle=FACTBOXBUILDERTITLE%20987654321&version=latest',
    'widget=timeline&lang=ru&view=cumulative&from=1992&to=1993-12&events=none',
  ])('equal the server’s for the texts of “%s”', (query) => {
    const { output } = outputFor(query)
    for (const [name, text] of Object.entries(rebuild(output.data, query)))
      expect(text, name).toBe(output.codes[name as keyof typeof output.codes])
  })

  it('measure the initial height of every combination of the choices that change it', () => {
    const { heights } = outputFor('widget=timeline').output.data
    expect(heights.fields).not.toContain('theme')
    for (const [key, height] of Object.entries(heights.heights)) {
      const combo = JSON.parse(key) as string[]
      const query = new URLSearchParams({
        widget: 'timeline',
        ...Object.fromEntries(heights.fields.map((name, i) => [name, combo[i]!])),
      })
      expect(outputFor(query.toString()).output.height, key).toBe(height)
    }
  })
})
