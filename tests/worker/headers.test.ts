import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'

const app = createApp(createCatalog(bundledPackages))
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)

/** Every response, whatever its kind. */
function expectBaseline(res: Response, label: string) {
  expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff')
  expect(res.headers.get('Referrer-Policy'), label).toBe('strict-origin-when-cross-origin')
  expect(res.headers.get('Permissions-Policy'), label).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
  expect(res.headers.get('Set-Cookie'), label).toBeNull()
}

describe('response headers', () => {
  it('lock the API and downloads down: nothing runs, nothing frames them, anyone may read them', async () => {
    for (const path of [
      '/api/v1/datasets',
      '/api/v1/datasets/occupation-in-figures/territories.csv',
      '/api/v1/openapi.json',
    ]) {
      const res = await get(path)
      expectBaseline(res, path)
      expect(res.headers.get('Content-Security-Policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      )
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY')
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
      expect(res.headers.get('Access-Control-Allow-Credentials'), path).toBeNull()
    }
  })

  it('keep the full set on errors, 304s and 405s', async () => {
    const etag = (await get('/api/v1/datasets')).headers.get('ETag')!
    const cases: [string, RequestInit | undefined, number][] = [
      ['/api/v1/datasets/nope', undefined, 404],
      ['/api/v1/datasets/occupation-in-figures/territories.json?lang=xx', undefined, 400],
      ['/api/v1/datasets', { headers: { 'If-None-Match': etag } }, 304],
      ['/api/v1/datasets', { method: 'POST' }, 405],
      ['/nowhere', undefined, 404],
    ]
    for (const [path, init, status] of cases) {
      const res = await get(path, init)
      expect(res.status, path).toBe(status)
      expectBaseline(res, path)
      expect(res.headers.get('Content-Security-Policy'), path).toContain("default-src 'none'")
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
    }
  })

  it('serve the loader script cross-origin, never sniffed', async () => {
    const res = await get('/embed.js')
    expectBaseline(res, '/embed.js')
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
  })

  it('let the API docs page use nothing but itself', async () => {
    const res = await get('/api/v1/docs')
    expectBaseline(res, '/api/v1/docs')
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })
})

describe('problem details', () => {
  it('use the status phrase as the title of an about:blank problem (RFC 9457), the specifics in detail', async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ['/api/v1/datasets/occupation-in-figures/territories.json?lang=fr', undefined, 400, 'Bad Request'],
      ['/api/v1/datasets/nope', undefined, 404, 'Not Found'],
      ['/nowhere', undefined, 404, 'Not Found'],
      ['/api/v1/datasets', { method: 'DELETE' }, 405, 'Method Not Allowed'],
      ['/oembed?url=x&format=xml', undefined, 501, 'Not Implemented'],
      ['/embed/occupation-in-figures/bar.svg?theme=neon', undefined, 400, 'Bad Request'],
    ]
    for (const [path, init, status, title] of cases) {
      const res = await get(path, init)
      expect(res.status, path).toBe(status)
      const problem = (await res.json()) as { type: string; title: string; status: number; detail: string }
      expect(problem, path).toMatchObject({ type: 'about:blank', title, status })
      expect(problem.detail.length, path).toBeGreaterThan(10)
    }
  })
})
