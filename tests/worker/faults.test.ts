import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const occupation = bundledPackages[0]!
const brokenPackage = {
  ...occupation,
  files: { ...occupation.files, 'territories.csv': occupation.files['territories.csv']!.replace(',289', ',-289') },
}

describe('a dataset that fails validation at runtime', () => {
  const app = createApp(createCatalog([brokenPackage]))

  it('answers 503 with Retry-After instead of serving broken data', async () => {
    const res = await app.request('http://factbox.test/api/v1/datasets/occupation-in-figures/territories.json', {}, env)
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('300')
    expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const problem = (await res.json()) as { title: string; detail: string }
    expect(problem.title).toBe('Service Unavailable')
    expect(problem.detail).toContain('failed validation')
    expect(problem.detail).not.toContain('-289')
  })

  it('shows a clear "chart unavailable" page in the iframe instead of a broken chart', async () => {
    for (const widget of ['bar', 'timeline']) {
      const res = await app.request(`http://factbox.test/embed/occupation-in-figures/${widget}`, {}, env)
      expect(res.status, widget).toBe(503)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('Retry-After')).toBe('300')
      expect(res.headers.get('Cache-Control')).toBe('no-store')
      expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors https:')
      const html = await res.text()
      expect(html).toContain('<h1>The chart could not be shown</h1><p>Please try again in a few minutes.</p>')
      expect(html).toContain('<details><summary>Details for developers</summary><p lang="en">503 Chart unavailable')
      expect(html).not.toMatch(/-289|territories\.csv|DataPackageError/)
      const ru = await (
        await app.request(`http://factbox.test/embed/occupation-in-figures/${widget}?lang=ru`, {}, env)
      ).text()
      expect(ru).toContain('<h1>Не удалось показать график</h1><p>Попробуйте ещё раз через несколько минут.</p>')
    }
  })
})

/** The Baltic fixture with one area made negative: below the field's minimum of 0. */
const brokenBaltic = {
  ...balticStates,
  files: { 'states.csv': balticStates.files['states.csv']!.replace(',65300', ',-65300') },
}

describe('a catalog with one broken dataset among good ones', () => {
  const app = createApp(createCatalog([...bundledPackages, brokenBaltic]))
  const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test/api/v1${path}`, init, env)
  type Listed = { id: string; available: boolean; problem?: { title: string; detail: string }; links: object }

  it('still lists every dataset: the good ones in full, the broken one unavailable with its reason', async () => {
    const res = await get('/datasets')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const { datasets } = (await res.json()) as { datasets: Listed[] }
    expect(datasets.map((d) => [d.id, d.available])).toEqual([
      ['occupation-in-figures', true],
      ['baltic-states', false],
    ])
    const [good, broken] = datasets
    expect(good).toHaveProperty('resources')
    expect(good).not.toHaveProperty('problem')
    expect(broken).toEqual({
      id: 'baltic-states',
      available: false,
      problem: {
        title: 'Dataset unavailable',
        detail: 'states.csv line 4, field "area_km2": -65300 is below the minimum 0',
      },
      links: { self: `${new URL(env.PUBLIC_ORIGIN).origin}/api/v1/datasets/baltic-states` },
    })
    // Clients revalidate rather than keep a list that says a dataset is down.
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    const again = await get('/datasets', { headers: { 'If-None-Match': res.headers.get('ETag')! } })
    expect(again.status).toBe(304)
  })

  it("answers the broken one's own routes with a 503 problem and Retry-After, the good ones with 200", async () => {
    for (const path of ['/datasets/baltic-states', '/datasets/baltic-states/states.csv']) {
      const res = await get(path)
      expect(res.status, path).toBe(503)
      expect(res.headers.get('Retry-After'), path).toBe('300')
      expect(res.headers.get('Content-Type'), path).toBe('application/problem+json; charset=utf-8')
    }
    expect((await get('/datasets/occupation-in-figures')).status).toBe(200)
    expect((await get('/datasets/occupation-in-figures/territories.csv')).status).toBe(200)
  })
})

describe('an unexpected exception', () => {
  it('becomes a generic 500 problem with no stack trace and the full header set', async () => {
    const app = createApp(createCatalog(bundledPackages))
    app.get('/boom', () => {
      throw new TypeError('secret internals at /src/x.ts:1')
    })
    const res = await app.request('http://factbox.test/boom', {}, env)
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).not.toContain('secret')
    expect(text).not.toContain('.ts')
    expect(JSON.parse(text)).toEqual({
      type: 'about:blank',
      status: 500,
      title: 'Internal Server Error',
      detail: 'Something went wrong on our side.',
    })
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
  })
})

describe('an unknown address', () => {
  it('is a 404 problem that does not echo the path', async () => {
    const app = createApp(createCatalog(bundledPackages))
    const res = await app.request('http://factbox.test/%3Cscript%3Ealert(1)%3C/script%3E', {}, env)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('script')
  })
})

describe('a runtime without the R2 binding', () => {
  it('serves the bundled datasets read-only: embeds work, publishing is a 405', async () => {
    const worker = (await import('../../src/index.ts')).default
    const bare = { ...env, DATASETS: undefined } as unknown as Env
    const page = await worker.request('http://factbox.test/embed/occupation-in-figures/bar', {}, bare)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('14,393')
    const put = await worker.request(
      'http://factbox.test/api/v1/datasets/occupation-in-figures',
      { method: 'PUT' },
      bare,
    )
    expect(put.status).toBe(405)
  })
})
