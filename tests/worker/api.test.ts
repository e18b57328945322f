import { env } from 'cloudflare:workers'
import { csvParse } from 'd3'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { LANGS } from '../../data/vocabulary/index.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const packages = [...bundledPackages, balticStates]
/** The languages the occupation dataset declares: `lang` accepts these and no other. */
const occupationLanguages = (
  packages.find((p) => p.id === 'occupation-in-figures')!.descriptor as { languages: string[] }
).languages
const app = createApp(createCatalog(packages))
const BASE = 'http://factbox.test/api/v1'
const get = (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init, env)

type TableBody = {
  columns: { name: string; type: string }[]
  rows: Record<string, string | number | null>[]
  version: string
}

describe('GET /api/v1/datasets', () => {
  it('lists every dataset with its resources and a content version', async () => {
    const res = await get('/datasets')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const body = (await res.json()) as {
      datasets: { id: string; title: Record<string, string>; version: string; resources: { name: string }[] }[]
    }
    expect(body.datasets.map((d) => d.id)).toEqual(packages.map((p) => p.id))
    const occupation = body.datasets[0]!
    expect(occupation.title).toEqual({
      en: 'The Occupation in Figures',
      az: 'İşğal rəqəmlərdə',
      ru: 'Оккупация в цифрах',
    })
    expect(occupation.version).toMatch(/^[0-9a-f]{12}$/)
    expect(occupation.resources.map((r) => r.name)).toEqual(['territories', 'events'])
  })

  it('dates the figures as of their source apart from our compile date, with the later context cited', async () => {
    const body = (await (await get('/datasets/occupation-in-figures?lang=ru')).json()) as {
      updated: string
      asOf: string
      context: { text: string; sources: { title: string; path?: string }[] }
      resources: { name: string; rows: Record<string, unknown>[] }[]
    }
    expect(body.asOf).toBe('2016-04')
    expect(body.updated).toBe('2026-11-28')
    expect(body.context.text).toMatch(/^Что изменилось позже/)
    expect(body.context.sources.map((s) => s.path)).toEqual([
      'http://kremlin.ru/events/president/news/64384',
      undefined,
    ])
    expect(body.context.sources[1]!.title).toBe('Заседание Совета Безопасности ООН 21\u00a0сентября 2023\u00a0г.')
    // No total is published by the API; the rows say which area lies within which.
    expect(JSON.stringify(body)).not.toMatch(/14682|14\D?682/)
    const territories = body.resources.find((r) => r.name === 'territories')!
    expect(territories.rows.find((r) => r.id === 'shusha')!.within).toBe('nagorno-karabakh')
    expect(territories.rows.filter((r) => r.within === null)).toHaveLength(8)
  })

  it('builds absolute links from PUBLIC_ORIGIN, never from the Host header', async () => {
    const res = await get('/datasets', { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' } })
    const text = await res.text()
    expect(text).not.toContain('evil.example')
    expect(text).not.toContain('factbox.test')
    expect(text).toContain(`${new URL(env.PUBLIC_ORIGIN).origin}/api/v1/datasets/occupation-in-figures/territories.csv`)
  })
})

describe('GET /api/v1/datasets/{id}', () => {
  it('returns the nine territories with the figures of the fact box and the events', async () => {
    const res = await get('/datasets/occupation-in-figures')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { resources: TableBody[] & { name: string }[]; descriptor: { title: string } }
    expect(body.descriptor.title).toBe('The Occupation in Figures')
    const [territories, events] = body.resources as unknown as TableBody[]
    const areas = territories!.rows.map((r) => r.area_km2 as number)
    expect(areas).toEqual([4400, 289, 1840, 3054, 1150, 1390, 1050, 802, 707])
    expect(areas.reduce((a, b) => a + b)).toBe(14682)
    expect(territories!.rows[0]).toMatchObject({
      id: 'nagorno-karabakh',
      name_en: 'Nagorno-Karabakh',
      name_az: 'Dağlıq Qarabağ',
      name_ru: 'Нагорный Карабах',
      date: '1988/1992',
      date_start: '1988-01-01',
      date_end: '1992-12-31',
      date_precision: 'year',
      date_label_en: '1988–1992',
    })
    expect(territories!.rows[1]).toMatchObject({
      date: '1992-05-08',
      date_start: '1992-05-08',
      date_end: '1992-05-08',
      date_precision: 'day',
      date_label_en: '8 May 1992',
      date_label_az: '8 may 1992',
      date_label_ru: '8 мая 1992\u00a0г.',
    })
    expect(events!.rows.map((r) => r.id)).toContain('unsc-853')
  })

  it('collapses names and date labels to one language with lang', async () => {
    const res = await get('/datasets/occupation-in-figures?lang=ru')
    const body = (await res.json()) as { title: string; resources: TableBody[] }
    expect(body.title).toBe('Оккупация в цифрах')
    const row = body.resources[0]!.rows[0]!
    expect(row).toMatchObject({ name: 'Нагорный Карабах', date_label: '1988–1992\u00a0гг.' })
    expect(row).not.toHaveProperty('name_en')
  })

  it('answers 404 for an unknown dataset, prototype names included', async () => {
    for (const id of ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '..%2F..%2Fetc']) {
      const res = await get(`/datasets/${id}`)
      expect(res.status, id).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      const problem = (await res.json()) as { status: number; detail: string }
      expect(problem.status).toBe(404)
      expect(problem.detail).not.toContain(id)
    }
  })
})

describe('GET /api/v1/datasets/{id}/{resource}.json and .csv', () => {
  it('returns one resource as JSON rows', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=az')
    expect(res.status).toBe(200)
    const body = (await res.json()) as TableBody
    expect(body.rows.map((r) => r.name)).toEqual([
      'Dağlıq Qarabağ',
      'Şuşa',
      'Laçın',
      'Kəlbəcər',
      'Ağdam',
      'Füzuli',
      'Cəbrayıl',
      'Qubadlı',
      'Zəngilan',
    ])
    expect(body.columns.map((c) => c.name)).toEqual([
      'id',
      'name',
      'date',
      'date_start',
      'date_end',
      'date_precision',
      'date_label',
      'area_km2',
      'within',
    ])
  })

  it('describes the derived date columns in the answer’s language', async () => {
    const described = async (lang: string) => {
      const res = await get(`/datasets/occupation-in-figures/territories.json?lang=${lang}`)
      const { columns } = (await res.json()) as { columns: { name: string; description?: string }[] }
      return Object.fromEntries(columns.filter((c) => c.name.startsWith('date_')).map((c) => [c.name, c.description]))
    }
    expect(await described('en')).toEqual({
      date_start: 'First day covered by date (UTC; a timestamp for times of day).',
      date_end: 'Last day covered by date, inclusive (UTC; a timestamp for times of day).',
      date_precision: 'Precision of date: year, month, day or minute.',
      date_label: 'date written out for readers.',
    })
    expect(await described('ru')).toEqual({
      date_start: 'Первый день, охватываемый date (UTC; для времени суток — метка времени).',
      date_end: 'Последний день, охватываемый date, включительно (UTC; для времени суток — метка времени).',
      date_precision: 'Точность date: year, month, day или minute.',
      date_label: 'date словами для читателей.',
    })
    expect((await described('az')).date_precision).toBe('date sütununun dəqiqliyi: year, month, day və ya minute.')
  })

  it('serves CSV as an RFC 4180 UTF-8 download that parses back to the JSON', async () => {
    for (const query of ['', '?lang=en', '?lang=ru&sort=-date']) {
      for (const resource of ['territories', 'events']) {
        const csvRes = await get(`/datasets/occupation-in-figures/${resource}.csv${query}`)
        expect(csvRes.status).toBe(200)
        expect(csvRes.headers.get('Content-Type')).toBe('text/csv; charset=utf-8; header=present')
        expect(csvRes.headers.get('Content-Disposition')).toMatch(
          new RegExp(`^attachment; filename="occupation-in-figures-${resource}(-[a-z]{2})?\\.csv"$`),
        )
        const csv = await csvRes.text()
        expect(csv.endsWith('\r\n')).toBe(true)
        expect(
          csv
            .split('\r\n')
            .slice(0, -1)
            .every((line) => !line.includes('\n')),
        ).toBe(true)
        const json = (await (await get(`/datasets/occupation-in-figures/${resource}.json${query}`)).json()) as TableBody
        const numeric = new Set(json.columns.filter((c) => c.type === 'number').map((c) => c.name))
        const parsed = csvParse(csv, (row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [k, v === '' ? null : numeric.has(k) ? Number(v) : v]),
          ),
        )
        expect(parsed.columns).toEqual(json.columns.map((c) => c.name))
        expect(Array.from(parsed)).toEqual(json.rows)
      }
    }
  })

  it('sorts by any column in either direction, dates chronologically', async () => {
    const rows = async (sort: string) =>
      (
        (await (await get(`/datasets/occupation-in-figures/territories.json?lang=en&sort=${sort}`)).json()) as TableBody
      ).rows.map((r) => r.id)
    expect(await rows('-area_km2')).toEqual([
      'nagorno-karabakh',
      'kalbajar',
      'lachin',
      'fizuli',
      'aghdam',
      'jabrayil',
      'gubadli',
      'zangilan',
      'shusha',
    ])
    expect(await rows('area_km2')).toEqual([
      'shusha',
      'zangilan',
      'gubadli',
      'jabrayil',
      'aghdam',
      'fizuli',
      'lachin',
      'kalbajar',
      'nagorno-karabakh',
    ])
    expect(await rows('name')).toEqual([
      'aghdam',
      'fizuli',
      'gubadli',
      'jabrayil',
      'kalbajar',
      'lachin',
      'nagorno-karabakh',
      'shusha',
      'zangilan',
    ])
    expect((await rows('-date')).slice(0, 3)).toEqual(['zangilan', 'gubadli', 'fizuli'])
    expect((await rows('date'))[0]).toBe('nagorno-karabakh')
  })

  it("sorts by a derived date column by that column's values, not by the source date", async () => {
    const body = async (sort: string) =>
      (await (await get(`/datasets/occupation-in-figures/territories.json?lang=en&sort=${sort}`)).json()) as TableBody
    // Nagorno-Karabakh (1988/1992) starts first but ends on 31 December 1992, after Shusha and Lachin.
    const byEnd = await body('date_end')
    expect(byEnd.rows.map((r) => r.id).slice(0, 3)).toEqual(['shusha', 'lachin', 'nagorno-karabakh'])
    for (const column of ['date_start', 'date_end', 'date_precision', 'date_label'])
      for (const sort of [column, `-${column}`]) {
        const values = (await body(sort)).rows.map((r) => String(r[column]))
        const expected = [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        expect(values, sort).toEqual(sort.startsWith('-') ? expected.reverse() : expected)
      }
  })

  it('sorts text by the alphabet of the language', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=az&sort=name')
    const names = ((await res.json()) as TableBody).rows.map((r) => r.name)
    // Azerbaijani puts Ç after C, Ə after E, Q after K, Ş after S: Kəlbəcər < Qubadlı < Laçın < Şuşa
    expect(names.indexOf('Şuşa')).toBeGreaterThan(names.indexOf('Qubadlı'))
    expect(names[0]).toBe('Ağdam')
  })

  it('works for the second dataset without code changes', async () => {
    const res = await get('/datasets/baltic-states/states.csv')
    expect(await res.text()).toBe(
      'id,name_en,joined,joined_start,joined_end,joined_precision,joined_label_en,area_km2\r\n' +
        'estonia,Estonia,2004-05-01,2004-05-01,2004-05-01,day,1 May 2004,45339\r\n' +
        'latvia,Latvia,2004-05-01,2004-05-01,2004-05-01,day,1 May 2004,64589\r\n' +
        'lithuania,Lithuania,2004-05-01,2004-05-01,2004-05-01,day,1 May 2004,65300\r\n',
    )
  })

  it('answers 404 for an unknown resource or extension', async () => {
    for (const file of ['nope.json', 'territories.xml', 'territories', 'constructor.json', '__proto__.csv']) {
      const res = await get(`/datasets/occupation-in-figures/${file}`)
      expect(res.status, file).toBe(404)
      expect(((await res.json()) as { detail: string }).detail).toContain('territories.json')
    }
  })
})

describe('bad parameters', () => {
  it('answers 400 naming the parameter and the allowed values', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=fr')
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({
      type: 'about:blank',
      status: 400,
      title: 'Bad Request',
      detail: `invalid lang: expected one of ${occupationLanguages.join(', ')}`,
      parameter: 'lang',
      allowed: occupationLanguages,
    })
  })

  it('limits lang to the languages of the dataset', async () => {
    const res = await get('/datasets/baltic-states/states.json?lang=az')
    expect(((await res.json()) as { allowed: string[] }).allowed).toEqual(['en'])
  })

  it('rejects an unknown sort column, listing the columns', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=en&sort=population')
    expect(res.status).toBe(400)
    const problem = (await res.json()) as { parameter: string; allowed: string[] }
    expect(problem.parameter).toBe('sort')
    expect(problem.allowed).toContain('-area_km2')
  })

  it('rejects a repeated parameter', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=en&lang=az')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ parameter: 'lang', detail: 'lang is given 2 times; give it once' })
  })

  it('never echoes the raw input', async () => {
    const evil = '<script>alert(1)</script>'
    const res = await get(`/datasets/occupation-in-figures/territories.json?sort=${encodeURIComponent(evil)}`)
    expect(res.status).toBe(400)
    expect(await res.text()).not.toContain('<script>')
  })

  it('survives malformed percent-encoding', async () => {
    const res = await get('/datasets/occupation-in-figures/territories.json?lang=%E0%A4%A')
    expect(res.status).toBe(400)
  })

  it('ignores unknown parameters: same bytes and ETag', async () => {
    const a = await get('/datasets/occupation-in-figures/territories.json?lang=en&sort=name')
    const b = await get('/datasets/occupation-in-figures/territories.json?utm_source=x&sort=name&fbclid=1&lang=en')
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'))
    expect(await b.text()).toBe(await a.text())
  })
})

describe('HTTP caching and methods', () => {
  const url = '/datasets/occupation-in-figures/territories.csv'

  it('sends a strong ETag and edge caching headers', async () => {
    const res = await get(url)
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect(res.headers.get('Cache-Control')).toMatch(/s-maxage=\d+/)
    expect(res.headers.get('Cache-Control')).toMatch(/stale-while-revalidate=\d+/)
    expect(res.headers.get('Set-Cookie')).toBeNull()
  })

  it('gives each representation its own ETag', async () => {
    const tags = await Promise.all(
      [url, '/datasets/occupation-in-figures/territories.json', `${url}?lang=az`].map(async (u) =>
        (await get(u)).headers.get('ETag'),
      ),
    )
    expect(new Set(tags).size).toBe(3)
  })

  it('answers 304 to a matching If-None-Match, keeping the CORS headers', async () => {
    const etag = (await get(url)).headers.get('ETag')!
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(url, { headers: { 'If-None-Match': header } })
      expect(res.status, header).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('ETag')).toBe(etag)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
    expect((await get(url, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await get(url, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toMatch(/^"/)
    expect(await res.text()).toBe('')
  })

  it('allows any origin without credentials, and answers the preflight', async () => {
    const res = await get(url, { headers: { Origin: 'https://news.example' } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    const pre = await get(url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(pre.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, OPTIONS')
    expect(pre.headers.get('Access-Control-Allow-Headers')).toContain('If-None-Match')
  })

  it('answers 405 with Allow to other methods', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get(url, { method })
      expect(res.status, method).toBe(405)
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
      expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    }
  })

  it('does not depend on cookies, Accept-Language or Host', async () => {
    const a = await get(url)
    const b = await get(url, { headers: { Cookie: 'a=b', 'Accept-Language': 'ru', Host: 'other.example' } })
    expect(await b.text()).toBe(await a.text())
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'))
  })
})

describe('CSV safety', () => {
  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const { toCsv } = await import('../../src/api/csv.ts')
    const csv = toCsv({
      columns: [
        { name: 'a', type: 'string' },
        { name: 'n', type: 'number' },
      ],
      rows: [
        { a: '=HYPERLINK("x")', n: -1 },
        { a: '+1', n: 2 },
        { a: '@SUM(A1)', n: 3 },
        { a: '-2', n: 4 },
        { a: '\tx', n: 5 },
        { a: 'a,"b"\nc', n: 6 },
      ],
    })
    expect(csv).toBe(`a,n\r\n"'=HYPERLINK(""x"")",-1\r\n'+1,2\r\n'@SUM(A1),3\r\n'-2,4\r\n'\tx,5\r\n"a,""b""\nc",6\r\n`)
  })
})

describe('OpenAPI and docs', () => {
  it('describes every route and the parameters the validators use', async () => {
    const res = await get('/openapi.json')
    interface Parameter {
      name: string
      schema: { enum?: string[]; pattern?: string }
    }
    const doc = (await res.json()) as { openapi: string; paths: Record<string, { get: { parameters: Parameter[] } }> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual([
      '/datasets',
      '/datasets/{id}',
      '/datasets/{id}/versions',
      '/datasets/{id}/datapackage.json',
      '/datasets/{id}/{resource}.json',
      '/datasets/{id}/{resource}.csv',
      '/charts',
      '/openapi.json',
      '/docs',
    ])
    const params = doc.paths['/datasets/{id}/{resource}.json']!.get.parameters
    expect(params.find((p) => p.name === 'lang')?.schema.enum).toEqual([...LANGS])
    expect(params.find((p) => p.name === 'sort')?.schema.pattern).toBe('^-?[a-z][a-z0-9_]*$')
  })

  it('has a readable docs page that loads nothing from third parties', async () => {
    const res = await get('/docs')
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await res.text()
    expect(html).toContain('<h1>factbox data API</h1>')
    expect(html).toContain('<code>PUT /datasets/{id}</code>')
    expect(html).toContain('<code>POST /charts</code>')
    expect(html).toContain('/datasets/{id}/{resource}.csv')
    expect(html).not.toMatch(/<script|<link|@import|https?:\/\/(?!localhost)[^"]*\.(js|css)/)
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
  })
})
