import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { BUILDER_PARAMS } from '../../src/builder/state.ts'
import { findWidget } from '../../widgets/registry.ts'

const app = createApp(createCatalog(bundledPackages))

/**
 * Every hostile value ends in a marker that would be live markup, an attribute break-out or a
 * script-string break-out if it reached a page unescaped: <i id="zq9">'</script>
 */
const MARK = `<i id="zq9">'</script>`
const value = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '',
      ' ',
      '%E0%A4%A',
      '\u202e',
      '__proto__',
      'constructor',
      '１２',
      '0x10',
      '1e3',
      '-0',
      'en',
      'dark',
      'shusha',
    ),
  )
  .map((v) => v + MARK)

const bar = findWidget('bar')!.params
const timeline = findWidget('timeline')!.params
const ROUTES = [
  { path: '/embed/occupation-in-figures/bar', params: bar, errors: [400] },
  { path: '/embed/occupation-in-figures/bar.svg', params: bar, errors: [400] },
  { path: '/embed/occupation-in-figures/timeline', params: timeline, errors: [400] },
  { path: '/embed/occupation-in-figures/timeline.svg', params: timeline, errors: [400] },
  { path: '/oembed', params: ['url', 'maxwidth', 'maxheight', 'format'], errors: [400, 404, 501] },
  { path: '/', params: [...BUILDER_PARAMS, ...bar], errors: [400, 404] },
] as const

function expectSafe(text: string, headers: Headers) {
  expect(text).not.toContain(MARK)
  expect(text).not.toContain('<i id="zq9"')
  expect(text).not.toContain('id="zq9"')
  expect(text).not.toContain('zq9">\'</script>')
  for (const [, h] of headers) expect(h).not.toContain('zq9')
}

describe('hostile input on pages, images and oEmbed', () => {
  for (const { path, params, errors } of ROUTES) {
    it(`never makes ${path} fail with a 5xx or reflect input unescaped`, async () => {
      const query = fc
        .array(fc.tuple(fc.constantFrom(...params, 'utm_source', 'fbclid'), value), { minLength: 1, maxLength: 4 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          const res = await app.request(`http://factbox.test${path}?${q}`, {}, env)
          // The oEmbed spec answers a format it cannot write with 501; nothing else may be a 5xx.
          if (!(path === '/oembed' && res.status === 501)) expect(res.status, q).toBeLessThan(500)
          const text = await res.text()
          expectSafe(text, res.headers)
          if (res.status >= 400) {
            expect(errors as readonly number[], q).toContain(res.status)
            if (res.status === 400) {
              const named = (params as readonly string[]).filter((p) => text.includes(p))
              expect(named.length, `${q} -> ${text.slice(0, 300)}`).toBeGreaterThan(0)
            }
          }
        }),
        { numRuns: 60 },
      )
    })
  }

  it('answers 404 to a widget segment with a line break (a decoded %0A once made it a 500)', async () => {
    for (const segment of ['%0Abar', 'bar%0A', '%0A', 'bar%0A.svg', '%0D%0A']) {
      const res = await app.request(`http://factbox.test/embed/occupation-in-figures/${segment}`, {}, env)
      expect(res.status, segment).toBe(404)
    }
  })

  it('answers 404 to any widget or dataset segment, never a 5xx, never echoing it', async () => {
    await fc.assert(
      fc.asyncProperty(value, fc.boolean(), async (segment, asDataset) => {
        const encoded = encodeURIComponent(segment)
        const path = asDataset ? `/embed/${encoded}/bar` : `/embed/occupation-in-figures/${encoded}`
        const res = await app.request(`http://factbox.test${path}`, {}, env)
        expect(res.status).toBe(404)
        expectSafe(await res.text(), res.headers)
      }),
      { numRuns: 100 },
    )
  })
})
