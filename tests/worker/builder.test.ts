import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { LANGUAGE_NAMES, languageName } from '../../data/vocabulary/index.ts'
import { createApp } from '../../src/app.ts'
import { builderOutput, DESKTOP_COLUMN } from '../../src/builder/codes.ts'
import { type BuilderData, fillCodes, pickHeight } from '../../src/builder/shared-with-browser.ts'
import { chartsOf, readBuilder } from '../../src/builder/state.ts'
import { csvUrl } from '../../src/embed/embed-url.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { cityBudget } from '../fixtures/city-budget/index.ts'
import { builderData, builderField } from '../lib/builder-page.ts'

const catalog = createCatalog([...bundledPackages, balticStates])
const app = createApp(catalog)
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)
const ORIGIN = new URL(env.PUBLIC_ORIGIN).origin
const occupation = (await catalog.get('occupation-in-figures'))!
const baltic = (await catalog.get('baltic-states'))!

const field = builderField
const pageData = builderData

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

  it('lists a dataset that fails validation as unavailable, with the validator’s file, line and field', async () => {
    const csv = cityBudget.files['spending.csv']!.replace('Sport,Спорт,4250000', 'Sport,Спорт,about 4m')
    const broken = createApp(createCatalog([...bundledPackages, { ...cityBudget, files: { 'spending.csv': csv } }]))
    const res = await broken.request('http://factbox.test/', {}, env)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(
      '<li class="unavailable"><span class="dataset">city-budget</span><p>Unavailable: it failed validation and is not served. <code>spending.csv line 11, field &quot;amount_eur&quot;: &quot;about 4m&quot; is not an integer</code></p></li>',
    )
    // The others are still offered.
    expect(html).toContain('<a href="/?dataset=occupation-in-figures&amp;widget=bar" aria-current="page">Bar chart</a>')
    expect(html).not.toContain('dataset=city-budget')
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
    // A frozen chart's data is its pinned version's.
    const data = `${ORIGIN}/api/v1/datasets/occupation-in-figures@${occupation.version}/territories`
    expect(field(html, 'code-csv')).toBe(`${data}.csv?lang=en`)
    expect(field(html, 'code-json')).toBe(`${data}.json?lang=en`)
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
      /<input type="radio" name="lang" id="f-lang-1" value="az" checked=""\/> <span lang="az">Azərbaycanca<\/span>/,
    )
    expect(html).toMatch(
      /<input type="checkbox" name="highlight" id="f-highlight-\d" value="shusha" checked=""\/> <span lang="az">Şuşa<\/span>/,
    )
  })

  it('leaves default values and blank texts out of the codes', async () => {
    const html = await (await get('/?lang=en&theme=auto&sort=-area&header=show&title=%20%20&highlight=')).text()
    expect(field(html, 'code-pageUrl')).toBe(`${ORIGIN}/embed/occupation-in-figures@${occupation.version}/bar`)
  })

  it('reads an old sort name as the generic choice it stands for, in the form and the codes', async () => {
    const html = await (await get('/?widget=bar&version=latest&sort=name')).text()
    expect(field(html, 'code-pageUrl')).toBe(`${ORIGIN}/embed/occupation-in-figures/bar?sort=label`)
    expect(html).toMatch(/<input type="radio" name="sort" id="f-sort-\d" value="label" checked=""\/>/)
    expect(html).not.toMatch(/value="(-?area|-?name)"/)
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
    // A new widget's own options appear with no builder change.
    const timeline = await (await get('/?widget=timeline')).text()
    expect(timeline.match(/type="radio" name="view"/g)).toHaveLength(2)
    expect(timeline).toMatch(
      /<input type="text" id="f-from" name="from" value="" pattern="[^"]+" title="[^"]+" autocomplete="off"/,
    )
  })

  it('answers a bad option with a 400 page that names the parameter and shows the form', async () => {
    const res = await get('/?sort=sideways&lang=az')
    expect(res.status).toBe(400)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<div class="problems" role="alert"')
    expect(html).toContain(
      '<a href="#f-sort-0"><code>sort</code></a>: invalid sort: expected one of -value, value, label, -label, date, -date',
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

describe('the builder for a journalist', () => {
  it('offers one primary “Copy embed code” and puts every other code in a “For developers” disclosure', async () => {
    const html = await (await get('/')).text()
    const developers = /<details class="developers">([\s\S]*?)<\/details>/.exec(html)?.[1]
    expect(developers).toBeDefined()
    // Publishing (shown by the script) has the copy button of the frozen code, once published.
    const publish = /<div class="code publish" id="publish" hidden="">[\s\S]*?<\/div><\/div>/.exec(html)?.[0]
    expect(publish).toContain('data-copy="code-frozen"')
    const outside = html.replace(developers!, '').replace(publish!, '')
    // Outside the disclosure: one copy button, for the responsive code, under the preview.
    expect(outside.match(/<button[^>]*data-copy="[^"]*"/g)).toEqual([
      '<button type="button" class="copy" data-copy="code-responsive"',
    ])
    expect(outside).toContain('>Copy embed code</button>')
    expect(outside.indexOf('id="preview"')).toBeLessThan(outside.indexOf('id="code-responsive"'))
    expect(developers).toMatch(/^<summary><h2 id="codes-h">For developers<\/h2>/)
    for (const name of ['iframe', 'amp', 'pageUrl', 'oembedUrl', 'svgUrl', 'pngUrl', 'csv', 'json']) {
      expect(developers, name).toContain(`id="code-${name}"`)
      expect(outside, name).not.toContain(`id="code-${name}"`)
    }
    expect(developers).toContain('<code id="sri">sha384-')
    expect(outside).not.toContain('id="sri"')
  })

  it('puts the preview before the options, so that a phone shows it first', async () => {
    const html = await (await get('/?widget=timeline')).text()
    expect(html.indexOf('<iframe id="preview"')).toBeLessThan(html.indexOf('<form class="options"'))
    expect(html.indexOf('<form class="options"')).toBeLessThan(html.indexOf('<details class="developers">'))
  })

  it('says in plain words whether the chart is frozen or follows the data, with no version hash', async () => {
    const html = await (await get('/')).text()
    const form = /<form class="options"[\s\S]*?<\/form>/.exec(html)![0]
    expect(form).toContain('<legend>When the data changes</legend>')
    expect(form).toMatch(/value="pinned" checked=""\/> <span>Freeze the chart as it is today \(recommended\)<\/span>/)
    expect(form).toMatch(/value="latest"\/> <span>Update automatically when the data changes<\/span>/)
    expect(form).not.toContain(occupation.version)
    expect(form).not.toContain(occupation.updated)
  })

  it('groups from and to as a “Time span” with examples, not a format description', async () => {
    const html = await (await get('/?widget=timeline')).text()
    const group = /<fieldset[^>]*><legend>Time span<\/legend>[\s\S]*?<\/fieldset>/.exec(html)?.[0]
    expect(group).toBeDefined()
    expect(group).toContain('<label for="f-from">From</label><span class="hint" id="h-from">e.g. 1992-05</span>')
    expect(group).toContain('<label for="f-to">To</label><span class="hint" id="h-to">e.g. 1993</span>')
    expect(html).not.toContain('YYYY')
    // The browser checks the form as the editor types; the server checks again.
    expect(group).toMatch(
      /<input type="text" id="f-from" name="from" value="" pattern="[^"]+" title="Not a date we can read\./,
    )
    // The words group keeps title and subtitle only.
    const words = /<fieldset><legend>Words<\/legend>[\s\S]*?<\/fieldset>/.exec(html)![0]
    expect(words).toContain('id="f-title"')
    expect(words).not.toContain('id="f-from"')
  })

  it('explains a bad entry in plain words beside its field, and still refuses it on the server', async () => {
    for (const [query, name, words] of [
      [
        'widget=timeline&from=May%201992',
        'from',
        'Not a date we can read. Write a year (e.g. 1993), a month (e.g. 1992-05) or a day (e.g. 1992-05-08).',
      ],
      [
        'widget=timeline&from=1994&to=1993',
        'to',
        'The end of the time span comes before its start: swap them or change one.',
      ],
      [
        'widget=timeline&from=2030',
        'from',
        'Nothing in this chart falls within the time span: widen it or leave it empty.',
      ],
      [`title=${'x'.repeat(121)}`, 'title', 'Too long: shorten it to 120 characters or fewer.'],
    ] as const) {
      const res = await get(`/?${query}`)
      expect(res.status, query).toBe(400)
      const html = await res.text()
      expect(html, query).toContain(`<span class="error" id="e-${name}">${words}</span>`)
      expect(html, query).toMatch(new RegExp(`aria-describedby="h-${name} e-${name}"`))
      // The codes are the chart without the bad entry.
      expect(field(html, 'code-pageUrl'), query).not.toContain(`${name}=`)
    }
  })

  it('names each language in that language, inside workerd', async () => {
    expect(LANGUAGE_NAMES).toMatchObject({
      en: 'English',
      az: 'Azərbaycanca',
      ru: 'Русский',
      de: 'Deutsch',
      ar: 'العربية',
    })
    expect(languageName('az')).toBe('Azərbaycanca')
    const html = await (await get('/')).text()
    expect(html).toContain('value="en" checked=""/> <span lang="en">English</span>')
    expect(html).toContain('value="az"/> <span lang="az">Azərbaycanca</span>')
    expect(html).toContain('value="ru"/> <span lang="ru">Русский</span>')
  })

  it('names the highlight choices in the chart’s language, and hands the script every language’s names', async () => {
    const ru = await (await get('/?lang=ru')).text()
    expect(ru).toContain('value="shusha"/> <span lang="ru">Шуша</span>')
    expect(ru).toContain('value="nagorno-karabakh"/> <span lang="ru">Нагорный Карабах</span>')
    expect(ru).not.toContain('>Shusha</span>')
    const en = await (await get('/')).text()
    expect(en).toContain('value="shusha"/> <span lang="en">Shusha</span>')
    expect(pageData(en).rowLabels.az!.gubadli).toBe('Qubadlı')
    expect(pageData(en).rowLabels.ru!.shusha).toBe('Шуша')
  })

  it('sizes the script-free code for a desktop column and tells the phone height beside it', async () => {
    const charts = chartsOf([occupation])
    for (const query of ['widget=bar', 'widget=bar&lang=ru', 'widget=timeline', 'widget=timeline&lang=az']) {
      const html = await (await get(`/?${query}`)).text()
      const { chart, params } = readBuilder(`${ORIGIN}/?${query}`, charts).state
      const options = chart.widget.options(params, occupation, chart.view)
      const dataUrl = csvUrl(ORIGIN, occupation.id, chart.view.resource)
      const rendered = chart.widget.render(occupation, chart.view, options, { dataUrl })
      const column = Math.ceil(rendered.heightAt!(DESKTOP_COLUMN))
      const phone = Math.ceil(rendered.heightAt!(320))
      expect(column, query).toBeLessThan(phone)
      expect(field(html, 'code-iframe'), query).toContain(
        `height="${column}" style="border:0;width:100%;height:${column}px"`,
      )
      expect(field(html, 'code-responsive'), query).toContain(`height="${phone}"`)
      expect(html, query).toContain(`On a phone this chart needs <span id="phone-height">${phone}</span> px`)
    }
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
    'lang=ru&highlight=zangilan,shusha&sort=label&header=none',
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
      const { output } = outputFor(query.toString())
      expect({ phone: output.height, column: output.columnHeight }, key).toEqual(height)
    }
  })
})
