/**
 * What an HTTP client gets when it asks wrongly: a method a route does not take, a slightly wrong
 * embed URL, a pin to data that is gone. Each answer is the right status with the full header set.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'

const catalog = createCatalog(bundledPackages)
const app = createApp(catalog)
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)
const version = (await catalog.get('occupation-in-figures'))!.version

/** One address of every route the service has. */
const ROUTES = [
  '/',
  '/health',
  '/oembed?url=x',
  '/embed.js',
  '/embed.0123456789.js',
  '/embed/assets/enhance.0123456789.js',
  '/assets/builder.0123456789.js',
  '/embed/occupation-in-figures/bar',
  `/embed/occupation-in-figures@${version}/timeline`,
  '/embed/occupation-in-figures/bar.svg',
  '/embed/occupation-in-figures/bar.png',
  '/api/v1/datasets',
  '/api/v1/datasets/occupation-in-figures',
  '/api/v1/datasets/occupation-in-figures/territories.csv',
  '/api/v1/openapi.json',
  '/api/v1/docs',
]
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'QUERY', 'PROPFIND']

function expectBaseline(res: Response, label: string) {
  expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff')
  expect(res.headers.get('Referrer-Policy'), label).toBe('strict-origin-when-cross-origin')
  expect(res.headers.get('Permissions-Policy'), label).toContain('camera=()')
  expect(res.headers.get('Content-Security-Policy'), label).toContain("default-src 'none'")
}

describe('methods', () => {
  it(`every route answers ${METHODS.join(', ')} with 405 and Allow, never 404`, async () => {
    const failures: string[] = []
    for (const path of ROUTES)
      for (const method of METHODS) {
        const res = await get(path, { method, body: method === 'QUERY' ? 'q' : null })
        const label = `${method} ${path}`
        if (res.status !== 405) failures.push(`${label}: ${res.status}`)
        else if (res.headers.get('Allow') !== 'GET, HEAD, OPTIONS') failures.push(`${label}: Allow is missing`)
        else expectBaseline(res, label)
        expect(res.headers.get('Cache-Control'), label).toBe('no-store')
        await res.body?.cancel()
      }
    expect(failures).toEqual([])
  })

  it('answers OPTIONS with 204 and Allow outside the API too', async () => {
    for (const path of ['/', '/embed/occupation-in-figures/bar', '/health']) {
      const res = await get(path, { method: 'OPTIONS' })
      expect(res.status, path).toBe(204)
      expect(res.headers.get('Allow'), path).toBe('GET, HEAD, OPTIONS')
    }
  })

  it('still answers 404 to an address no route has, whatever the method', async () => {
    expect((await get('/nowhere', { method: 'POST' })).status).toBe(404)
    expect((await get('/api/v1/nowhere', { method: 'QUERY' })).status).toBe(404)
  })
})

describe('/favicon.ico', () => {
  it('is an empty 204, not a 404 that a widget page opened on its own would log', async () => {
    const res = await get('/favicon.ico')
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
    expectBaseline(res, '/favicon.ico')
  })
})

describe('a 404 under /embed/', () => {
  it('is the readable error page, framable by the publisher, never X-Frame-Options: DENY', async () => {
    for (const path of [
      '/embed/assets/nope.js',
      '/embed/assets/enhance.0123456789.js',
      '/embed/occupation-in-figures/pie.svg',
      '/embed/occupation-in-figures/pie.png',
      '/embed/nope/bar.svg',
      '/embed/occupation-in-figures/bar/',
      '/embed/occupation-in-figures//bar',
      '/embed//occupation-in-figures/bar',
      '/embed/occupation-in-figures/bar/extra',
      '/embed/',
      '/embed',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('X-Frame-Options'), path).toBeNull()
      expect(res.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8')
      expect(res.headers.get('Content-Security-Policy'), path).toContain(`frame-ancestors ${env.FRAME_ANCESTORS}`)
      expectBaseline(res, path)
      const page = await res.text()
      expect(page, path).toContain('<h1>The chart could not be shown</h1>')
      expect(page, path).toContain('404 Not found')
    }
  })

  it('leaves other 404s and image errors as problem+json', async () => {
    expect((await get('/api/v1/datasets/nope')).headers.get('X-Frame-Options')).toBe('DENY')
    const svg = await get('/embed/occupation-in-figures/bar.svg?theme=neon')
    expect(svg.status).toBe(400)
    expect(svg.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  })
})

describe('a pin to a version that was never published', () => {
  it('is a 404 with the header set of what it names, never a redirect to other data', async () => {
    for (const [path, kind] of [
      ['/embed/occupation-in-figures@000000000000/bar', 'widget'],
      ['/embed/occupation-in-figures@000000000000/bar.svg', 'image'],
      ['/embed/occupation-in-figures@000000000000/bar.png?size=card', 'image'],
    ] as const) {
      const res = await get(path, { redirect: 'manual' })
      expect(res.status, path).toBe(404)
      expectBaseline(res, path)
      expect(res.headers.get('Cache-Control'), path).toBe('no-store')
      expect(res.headers.get('Location'), path).toBeNull()
      if (kind === 'widget') expect(res.headers.get('X-Frame-Options'), path).toBeNull()
    }
  })
})
