import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { nordicSuffrage } from '../fixtures/nordic-suffrage/index.ts'

const app = createApp(createCatalog([...bundledPackages, balticStates, nordicSuffrage]))
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test/embed${path}`, init, env)

describe('GET /embed/:dataset/timeline', () => {
  it('serves the timeline page: its three drawings, the legend, the chronology and the frame', async () => {
    const res = await get('/occupation-in-figures/timeline')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Content-Security-Policy')).toContain(`frame-ancestors ${env.FRAME_ANCESTORS}`)
    const html = await res.text()
    expect(html).toContain('<h1 id="fb-t" class="fb-title">The Occupation in Figures</h1>')
    expect(html).toContain('When each territory was occupied, and its area')
    expect(html).toContain('Nagorno-Karabakh is dated by the source only as 1988–1992.')
    // Phones get the list, wider frames the three drawings: 9 territories and 8 context events in
    // each, the drawings' marks each reachable with the keyboard.
    expect(html.match(/<ol class="tl-l">/g)).toHaveLength(1)
    expect(html.match(/<li class="(?:it|cx)[^"]*"><span class="tl-nm">/g)).toHaveLength(17)
    expect(html.match(/<svg class="tl-[nwxy]"/g)).toHaveLength(3)
    // Fizuli and Jabrayil (23 August 1993) share one mark and one label block in each drawing.
    expect(html.match(/<g class="ev [^"]*" tabindex="0" role="img">/g)).toHaveLength(3 * 16)
    expect(html).toContain(
      '<title>Fizuli, 23 August 1993, 1,390\u00a0km²; Jabrayil, 23 August 1993, 1,050\u00a0km²</title>',
    )
    expect(html).toContain('<title>Halt to military operations, 5 April 2016, 12:00 (UTC+4)</title>')
    expect(html).toContain('<title>Nagorno-Karabakh, 1988–1992, 4,400\u00a0km²</title>')
    expect(html.match(/<tr>/g)).toHaveLength(1 + 17)
    expect(html).toContain('The axis leaves out 1995–2015.')
  })

  it('speaks az and ru throughout: events as nouns, sources and legend translated, one period after г.', async () => {
    const az = await (await get('/occupation-in-figures/timeline?lang=az')).text()
    expect(az).toContain('<span class="tl-nm">Münaqişənin başlanması</span>')
    expect(az).toMatch(/<title>BMT Təhlükəsizlik Şurasının 822 saylı qətnaməsi, 30\saprel\s1993<\/title>/)
    expect(az).toMatch(/<text class="c"[^>]*>BMT TŞ-nin 822 saylı/)
    expect(az).toContain('1995–2015-ci\u00a0illər göstərilməyib</li>')
    expect(az).toContain('Mənbələr: <span class="fb-nw">«The Occupation in Figures» arayışı (2016)</span>')
    const ru = await (await get('/occupation-in-figures/timeline?lang=ru')).text()
    expect(ru).toMatch(/<title>Прекращение военных действий, 5\sапреля\s2016\sг\., 12:00 \(UTC\+4\)<\/title>/)
    expect(ru).toContain('1995–2015\u00a0гг. не показаны</li>')
    expect(ru).toContain('другие события</li>')
    expect(ru).toContain('Также показаны ещё 8 событий.')
    expect(ru).toContain('<th scope="col">Площадь, км²</th>')
    expect(ru).toContain('Резолюция 822 (1993) Совета Безопасности ООН')
    expect(ru).not.toMatch(/г\.\./)
  })

  it('hides the context events with events=none', async () => {
    const html = await (await get('/occupation-in-figures/timeline?events=none')).text()
    expect(html.match(/<g class="ev [^"]*" tabindex="0"/g)).toHaveLength(3 * 8)
    expect(html).not.toContain('Resolution 822')
    expect(html).not.toContain('1995–2015')
  })

  it('draws the running total as a step chart with view=cumulative', async () => {
    const html = await (await get('/occupation-in-figures/timeline?view=cumulative&lang=ru')).text()
    expect(html).toContain('<html lang="ru"')
    expect(html).toMatch(/<path class="step" d="M[^"]+"/)
    // Shusha lies within Nagorno-Karabakh: the running total counts it once.
    expect(html).toContain('11\u00a0834\u00a0км² (+1\u00a0390)')
    expect(html).toContain('12\u00a0884\u00a0км² (+1\u00a0050)')
    expect(html).toContain('Нарастающий итог: 14\u00a0393\u00a0км²')
    expect(html).not.toContain('14\u00a0682')
  })

  it('keeps only what overlaps a date range', async () => {
    const html = await (await get('/occupation-in-figures/timeline?from=1993&to=1993&events=none')).text()
    expect(html.match(/<g class="ev [^"]*" tabindex="0"/g)).toHaveLength(3 * 5)
    expect(html).not.toMatch(/<title>Shusha/)
  })

  it('is cacheable and gives the same bytes whatever the order of parameters or unknown ones', async () => {
    const a = await get('/occupation-in-figures/timeline?view=cumulative&lang=az')
    const b = await get('/occupation-in-figures/timeline?utm_source=x&lang=az&view=cumulative')
    expect(a.headers.get('ETag')).toBeTruthy()
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'))
    expect(await a.text()).toBe(await b.text())
    const again = await get('/occupation-in-figures/timeline?view=cumulative&lang=az', {
      headers: { 'If-None-Match': a.headers.get('ETag')! },
    })
    expect(again.status).toBe(304)
  })

  it('renders the fixture datasets, exact days only and years only, without code changes', async () => {
    const baltic = await get('/baltic-states/timeline')
    expect(baltic.status).toBe(200)
    // All three on one day: one mark, named in full.
    expect(await baltic.text()).toContain(
      '<title>Estonia, 1 May 2004, 45,339\u00a0km²; Latvia, 1 May 2004, 64,589\u00a0km²; Lithuania, 1 May 2004, 65,300\u00a0km²</title>',
    )
    const nordic = await get('/nordic-suffrage/timeline?lang=ru&view=cumulative')
    expect(nordic.status).toBe(200)
    const html = await nordic.text()
    expect(html).toContain('<title>Дания, 1915\u00a0г., 42\u00a0943\u00a0км²</title>')
    expect(html).toContain('Первая мировая война')
  })
})

describe('GET /embed/:dataset/timeline.svg', () => {
  it('serves a standalone SVG image with its namespace, title and description', async () => {
    const res = await get('/occupation-in-figures/timeline.svg?theme=dark')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
    const svg = await res.text()
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('<desc id="fb-sd">Timeline of 9 dated entries')
    expect(svg).not.toContain('var(--')
  })
})

describe('bad timeline parameters', () => {
  for (const [query, parameter] of [
    ['view=table', 'view'],
    ['events=all', 'events'],
    ['from=May%201992', 'from'],
    ['to=1992-13', 'to'],
    ['from=1994&to=1993', 'to'],
    ['lang=fr', 'lang'],
    ['highlight=paris', 'highlight'],
  ] as const)
    it(`answer 400 naming ${parameter} for ?${query}`, async () => {
      const page = await get(`/occupation-in-figures/timeline?${query}`)
      expect(page.status).toBe(400)
      expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(await page.text()).toContain(`<code>${parameter}</code>`)
      const image = await get(`/occupation-in-figures/timeline.svg?${query}`)
      expect(image.status).toBe(400)
      expect(image.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      expect(((await image.json()) as { parameter: string }).parameter).toBe(parameter)
    })

  it('list the allowed views and event settings', async () => {
    const body = (await (await get('/occupation-in-figures/timeline.svg?view=x')).json()) as { allowed: string[] }
    expect(body.allowed).toEqual(['events', 'cumulative'])
    const events = (await (await get('/occupation-in-figures/timeline.svg?events=x')).json()) as { allowed: string[] }
    expect(events.allowed).toEqual(['context', 'none'])
  })
})
