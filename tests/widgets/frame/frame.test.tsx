import { describe, expect, it } from 'vitest'
import type { Dataset, View } from '../../../data/types.ts'
import { chartFrame } from '../../../widgets/frame/frame.ts'
import { svgDocument } from '../../../widgets/frame/svg-frame.ts'
import { widgetDocument } from '../../../widgets/frame/widget-document.ts'
import { type FrameText, frameText } from '../../../widgets/frame/words.ts'
import { normalizeCommonOptions } from '../../../widgets/shared/common-options.ts'
import { svg } from '../../../widgets/shared/markup.ts'
import { occupation } from '../bar-chart/load-dataset.ts'

const render = (text: FrameText, header: 'show' | 'none' = 'show') =>
  chartFrame({ text, header, children: svg`<svg></svg>` }).text

const minimal: FrameText = { lang: 'en', title: { text: 'T', lang: 'en' }, sources: [] }

describe('chartFrame', () => {
  it('renders each block only when it has text', () => {
    const html = render(minimal)
    expect(html).toContain('<h1 id="fb-t" class="fb-title">T</h1>')
    expect(html).not.toContain('fb-sub')
    expect(html).not.toContain('fb-notes')
    expect(html).not.toContain('fb-meta')
  })

  it('links a source only when its path is an http(s) URL, and says it opens a new tab', () => {
    const html = render({
      ...minimal,
      sources: [
        { title: 'Linked', lang: 'en', path: 'https://example.org/a' },
        { title: 'Script', lang: 'en', path: 'javascript:alert(1)' },
      ],
    })
    expect(html).toContain(
      'Sources: <a href="https://example.org/a" target="_blank" rel="noopener noreferrer" class="fb-nw">Linked',
    )
    expect(html).toContain('(opens in a new tab)')
    expect(html).not.toContain('javascript:')
  })

  it('escapes the notes and places the chart and table it is given as they are', () => {
    const text = { ...minimal, notes: { text: 'N & M', lang: 'en' as const } }
    const out = chartFrame({ text, children: svg`<svg></svg>`, table: svg`<table></table>` }).text
    expect(out).toContain('<div class="fb-chart"><svg></svg></div><table></table>')
    expect(out).toContain('<p class="fb-notes">N &amp; M</p>')
  })

  it('keeps the title for screen readers when the title block is hidden', () => {
    const html = render({ ...minimal, subtitle: { text: 'S', lang: 'en' } }, 'none')
    expect(html).toContain('<h1 id="fb-t" class="fb-sr">T</h1>')
    expect(html).not.toContain('>S<')
  })

  it('escapes every word from the dataset, in text and in attributes', () => {
    const html = render({
      ...minimal,
      title: { text: `T & <b>"x"</b>`, lang: 'en' },
      sources: [{ title: `A & B's <i>`, lang: 'en', path: 'https://example.org/?a=1&b="2"' }],
      dataUrl: 'https://x.example/d.csv?a=1&b=2',
      asOf: 'As of 1 <May>',
    })
    expect(html).toContain('<h1 id="fb-t" class="fb-title">T &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;</h1>')
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener noreferrer" class="fb-nw">A &amp; B&#39;s &lt;i&gt;',
    )
    expect(html).toContain('<a href="https://x.example/d.csv?a=1&amp;b=2" download="">Get the data</a>')
    expect(html).toContain('As of 1 &lt;May&gt;')
    expect(html).not.toMatch(/<(b|i|May)>/)
  })

  it('marks words that fall back to English with their language', () => {
    const html = render({ ...minimal, lang: 'ru', notes: { text: 'English notes', lang: 'en' } })
    expect(html).toContain('<p class="fb-notes" lang="en">English notes</p>')
  })

  it('marks an untranslated source as English, and its new-tab hint in the page language', () => {
    const html = render({
      ...minimal,
      lang: 'ru',
      sources: [
        { title: 'Only English', lang: 'en', path: 'https://example.org/a' },
        { title: 'справка', lang: 'ru' },
      ],
    })
    expect(html).toContain(
      '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer" lang="en" class="fb-nw">Only English<span class="fb-sr" lang="ru"> (откроется в новой вкладке)</span></a>',
    )
    expect(html).toContain('; <span class="fb-nw">справка</span>')
  })
})

describe('titles typed by an embedder', () => {
  it('are written with dir="auto", so a right-to-left title lays out right to left', async () => {
    const dataset = await occupation()
    const options = normalizeCommonOptions(
      { title: 'الاحتلال بالأرقام', subtitle: 'מפה' },
      { languages: dataset.languages, ids: [] },
    )
    const html = render(frameText(dataset, dataset.views.bar!, options))
    expect(html).toContain('<h1 id="fb-t" class="fb-title" dir="auto">الاحتلال بالأرقام</h1>')
    expect(html).toContain('<p class="fb-sub" dir="auto">מפה</p>')
  })

  it("leave the dataset's own words without dir, in the page's direction", async () => {
    const dataset = await occupation()
    const options = normalizeCommonOptions({}, { languages: dataset.languages, ids: [] })
    const html = render(frameText(dataset, dataset.views.bar!, options))
    expect(html).not.toContain('dir=')
  })
})

describe('frameText', () => {
  it('takes every word from the dataset, overrides first', async () => {
    const dataset = await occupation()
    const view = dataset.views.bar!
    const options = normalizeCommonOptions({ lang: 'az', subtitle: 'Mine' }, { languages: dataset.languages, ids: [] })
    const text = frameText(dataset, view, options, 'https://x.example/data.csv')
    expect(text.title).toEqual({ text: 'İşğal rəqəmlərdə', lang: 'az' })
    expect(text.subtitle).toEqual({ text: 'Mine', lang: 'az', user: true })
    expect(text.notes!.text).toContain('Dağlıq Qarabağ')
    expect(text.sources).toEqual([{ title: '«The Occupation in Figures» arayışı (2016)', lang: 'az' }])
    expect(text.asOf).toBe('Rəqəmlər 2016-cı ilin aprel ayında dərc olunduğu kimidir')
    expect(JSON.stringify(text)).not.toContain('2026')
    expect(text.dataUrl).toBe('https://x.example/data.csv')
  })

  it('falls back to English words where a view lacks a translation', async () => {
    const dataset = await occupation()
    // The plain form of notes (one string per language), as a dataset without a list of notes has them.
    const { notes: _list, ...bar } = dataset.views.bar!
    const view: View = { ...bar, text: { en: { notes: 'Only English' } } }
    const text = frameText(
      dataset as Dataset,
      view,
      normalizeCommonOptions({ lang: 'ru' }, { languages: dataset.languages, ids: [] }),
    )
    expect(text.notes).toEqual({ text: 'Only English', lang: 'en' })
    expect(text.subtitle).toBeUndefined()
  })
})

describe('widgetDocument and svgDocument', () => {
  it('write a complete page with inline CSS and no inline script', () => {
    const html = widgetDocument({ lang: 'az', theme: 'dark', title: 'T <x>', css: '.a>b{}', body: <p>b</p> })
    expect(html.startsWith('<!doctype html><html lang="az" class="t-dark"><head><meta charset="utf-8"/>')).toBe(true)
    expect(html).toContain('<meta name="color-scheme" content="dark"/>')
    expect(html).toContain('<title>T &lt;x&gt;</title>')
    expect(html).toContain('.a>b{}</style>')
    expect(html).not.toContain('<script')
  })

  it('write the discovery and card tags with every value escaped', () => {
    const head = {
      canonical: 'https://x.example/embed/d/bar?a=1&b=2',
      oembed: 'https://x.example/oembed?url=u&format=json',
      image: { url: 'https://x.example/c.png?size=card', width: 1200, height: 630 },
      description: `A & B's "chart"`,
      siteName: 'factbox',
    }
    const html = widgetDocument({ lang: 'en', theme: 'auto', title: 'T "q"', css: '', head, body: 'a < b' })
    expect(html).toContain('<link rel="canonical" href="https://x.example/embed/d/bar?a=1&amp;b=2"/>')
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://x.example/oembed?url=u&amp;format=json" title="T &quot;q&quot;"/>',
    )
    expect(html).toContain('<meta property="og:description" content="A &amp; B&#39;s &quot;chart&quot;"/>')
    expect(html).toContain('<meta property="og:image:width" content="1200"/>')
    expect(html).toContain('<body>a &lt; b</body>')
  })

  it('write a standalone SVG whose text wraps within the image', () => {
    const image = svgDocument({
      text: { ...minimal, notes: { text: 'word '.repeat(60), lang: 'en' } },
      theme: 'auto',
      width: 320,
      chart: svg`<g></g>`,
      chartHeight: 10,
      description: 'D',
    })
    expect(image.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 ')).toBe(true)
    expect(image.match(/<tspan/g)!.length).toBeGreaterThan(3)
    expect(image).toContain('@media(prefers-color-scheme:dark)')
    expect(image).toContain('<desc id="fb-sd">D</desc>')
  })
})
