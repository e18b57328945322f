import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'

const app = createApp(createCatalog(bundledPackages))
const TOKEN = 'Zq9Token'

/** Text an attacker might send: any Unicode, control and bidi characters, markup, bad escapes. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '%E0%A4%A',
    '%00',
    '\u202e',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    '１２',
    '0x10',
    '1e3',
    '-0',
    ' en',
  ),
)

/** A query string that may repeat, mangle or omit each parameter, plus junk parameters. */
const queries = (names: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...names, 'utm_source', 'fbclid', 'x'), hostile), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(TOKEN + v)}`).join('&'))

const PATHS = [
  { path: '/api/v1/datasets', params: [] },
  { path: '/api/v1/datasets/occupation-in-figures', params: ['lang'] },
  { path: '/api/v1/datasets/occupation-in-figures/territories.json', params: ['lang', 'sort'] },
  { path: '/api/v1/datasets/occupation-in-figures/events.csv', params: ['lang', 'sort'] },
  { path: '/api/v1/openapi.json', params: [] },
] as const

describe('hostile input', () => {
  for (const { path, params } of PATHS) {
    it(`never makes ${path} fail with a 5xx or echo the input`, async () => {
      await fc.assert(
        fc.asyncProperty(queries(params), async (query) => {
          const res = await app.request(`http://factbox.test${path}?${query}`, {}, env)
          expect(res.status).toBeLessThan(500)
          const text = await res.text()
          expect(text).not.toContain(TOKEN)
          for (const [, value] of res.headers) expect(value).not.toContain(TOKEN)
          if (res.status >= 400) {
            expect(res.status).toBe(400)
            const problem = JSON.parse(text) as { parameter?: string }
            expect(params).toContain(problem.parameter)
          }
        }),
        { numRuns: 150 },
      )
    })
  }

  it('answers 404 to any path segment, never a 5xx, never echoing it', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (segment, asFile) => {
        const encoded = encodeURIComponent(TOKEN + segment)
        const path = asFile ? `/api/v1/datasets/occupation-in-figures/${encoded}.json` : `/api/v1/datasets/${encoded}`
        const res = await app.request(`http://factbox.test${path}`, {}, env)
        expect(res.status).toBe(404)
        expect(await res.text()).not.toContain(TOKEN)
      }),
      { numRuns: 150 },
    )
  })
})
