import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'

const app = createApp(createCatalog(bundledPackages))
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)
const origin = new URL(env.PUBLIC_ORIGIN).origin

describe('the embed loader', () => {
  it('is a small script that trusts only our origin', async () => {
    const res = await get('/embed.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    const js = await res.text()
    expect(js).toContain(`var ORIGIN = ${JSON.stringify(origin)};`)
    expect(js).toContain('frames[i].contentWindow === event.source')
    expect(js).not.toMatch(/innerHTML|location|querySelector|eval|Function\(/)
    expect(new TextEncoder().encode(js).length).toBeLessThan(1200)
  })

  it('has a versioned, immutable copy with the same bytes', async () => {
    const latest = await (await get('/embed.js')).text()
    const hash = Array.from(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(latest))),
      (b) => b.toString(16).padStart(2, '0'),
    ).join('')
    const res = await get(`/embed.${hash.slice(0, 10)}.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await res.text()).toBe(latest)
    expect((await get('/embed.0123456789.js')).status).toBe(404)
  })
})
