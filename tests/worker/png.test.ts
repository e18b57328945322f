import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { CARD, pngEtag, renderPng, socialCard, svgSize } from '../../src/embed/png.ts'
import { ProblemException } from '../../src/lib/problem.ts'
import { PALETTES } from '../../widgets/frame/theme.ts'
import { type DecodedPng, decodePng, inkedPixels, PNG_SIGNATURE, pngSize } from '../png-worker/decode-png.ts'
import { startOfRateWindow } from './lib/rate-window.ts'

// The `PNG` binding is the real PNG Worker (src/png-worker), run beside this one as an auxiliary Worker
// (tests/png-worker/auxiliary-worker.ts), so these tests render with resvg and the bundled font.
const app = createApp(createCatalog(bundledPackages))
const BASE = 'http://factbox.test/embed/occupation-in-figures'
/** Each request from its own client address, so these tests never spend one another's render budget. */
let client = 0
const get = (path: string, init?: RequestInit) =>
  app.request(
    `${BASE}${path}`,
    { ...init, headers: { 'CF-Connecting-IP': `10.0.0.${++client}`, ...init?.headers } },
    env,
  )
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer())

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300">' +
  '<rect class="bg" width="100%" height="100%" fill="#2a6496"/></svg>'

function pixel(png: DecodedPng, x: number, y: number): string {
  const at = (y * png.width + x) * 4
  return `#${[...png.pixels.subarray(at, at + 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

describe('GET /embed/:dataset/:widget.png', () => {
  it('renders the standalone SVG at twice its size, with the image headers and a strong ETag', async () => {
    const svg = await (await get('/bar.svg')).text()
    const res = await get('/bar.png')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('image/png')
    expect(res.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    )
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Cache-Control')).toBe((await get('/bar.svg')).headers.get('Cache-Control'))
    expect(res.headers.get('Content-Disposition')).toBe('inline; filename="occupation-in-figures-bar.png"')
    expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}"$/)
    const bytes = await bytesOf(res)
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    const { width, height } = svgSize(svg)
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 })
  })

  it('is drawn from the same SVG the .svg route serves, text included', async () => {
    const svg = await (await get('/timeline.svg?lang=az&theme=dark')).text()
    // resvg reads presentation attributes, not CSS custom properties: the SVG must not need them.
    expect(svg).not.toContain('var(--')
    // The font stack names the PNG Worker's bundled family (src/png-worker/fonts.ts).
    expect(/<svg\b[^>]*font-family="([^"]*)"/.exec(svg)?.[1]).toContain('Noto Sans')
    const direct = await renderPng(env, svg, { width: svgSize(svg).width * 2, background: PALETTES.dark.bg })
    const served = await bytesOf(await get('/timeline.png?lang=az&theme=dark'))
    expect(Buffer.from(served).equals(Buffer.from(direct))).toBe(true)
    const light = await decodePng(await bytesOf(await get('/bar.png?lang=az')))
    expect(inkedPixels(light)).toBeGreaterThan(20_000)
  })

  it('paints the theme page colour, and renders theme=auto as light (an image cannot follow the reader)', async () => {
    const dark = await decodePng(await bytesOf(await get('/bar.png?theme=dark')))
    expect(pixel(dark, 1, 1)).toBe(PALETTES.dark.bg)
    const light = await decodePng(await bytesOf(await get('/bar.png?theme=light')))
    expect(pixel(light, 1, 1)).toBe(PALETTES.light.bg)
    const auto = await decodePng(await bytesOf(await get('/bar.png')))
    expect(Buffer.from(auto.pixels).equals(Buffer.from(light.pixels))).toBe(true)
  })

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await get('/bar.png?lang=ru')
    const etag = first.headers.get('ETag')!
    const again = await get('/bar.png?lang=ru', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('ETag')).toBe(etag)
    expect(again.headers.get('Content-Security-Policy')).toBe(first.headers.get('Content-Security-Policy'))
    expect(await again.text()).toBe('')
  })

  it('changes the ETag with the options and the size', async () => {
    const etags = await Promise.all(
      ['/bar.png', '/bar.png?lang=az', '/bar.png?theme=dark', '/bar.png?size=card', '/timeline.png'].map(async (path) =>
        (await get(path)).headers.get('ETag'),
      ),
    )
    expect(new Set(etags).size).toBe(etags.length)
  })

  it('makes a 1200x630 social card with size=card', async () => {
    const res = await get('/timeline.png?size=card&lang=ru')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Disposition')).toBe('inline; filename="occupation-in-figures-timeline-card.png"')
    const card = await decodePng(await bytesOf(res))
    expect(card).toMatchObject(CARD)
    expect(pixel(card, 0, 0)).toBe(PALETTES.light.bg)
    expect(inkedPixels(card)).toBeGreaterThan(1_000)
  })

  it('renders width=320 as the 320 px image at twice its size, and refuses a width out of range', async () => {
    const svg = await (await get('/bar.svg?width=320')).text()
    const res = await get('/bar.png?width=320')
    expect(res.status).toBe(200)
    expect(pngSize(await bytesOf(res))).toEqual({ width: 640, height: 2 * svgSize(svg).height })
    const bad = await get('/bar.png?width=100')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { parameter: string }).parameter).toBe('width')
  })

  it('draws the card composed for it, whatever the image width asks', async () => {
    const [card, narrow] = await Promise.all([get('/bar.png?size=card'), get('/bar.png?size=card&width=320')])
    expect(narrow.status).toBe(200)
    expect(narrow.headers.get('ETag')).toBe(card.headers.get('ETag'))
    expect(pngSize(await bytesOf(narrow))).toEqual(CARD)
  })

  it('rejects an unknown size with a 400 naming the parameter and the allowed values', async () => {
    const res = await get('/bar.png?size=huge')
    expect(res.status).toBe(400)
    const body = await res.text()
    expect(body).toContain('size')
    expect(body).toContain('chart')
    expect(body).toContain('card')
  })

  it('rejects a repeated size', async () => {
    expect((await get('/bar.png?size=card&size=chart')).status).toBe(400)
  })

  it('validates the widget options as the SVG does', async () => {
    expect((await get('/bar.png?theme=purple')).status).toBe(400)
    expect((await get('/nothing.png')).status).toBe(404)
  })

  it('answers 503 with Retry-After when the PNG Worker is not bound, while the SVG still works', async () => {
    const { PNG: _, ...withoutPng } = env
    // A title no other test asks for, so no PNG of it is memoized in this isolate.
    const res = await app.request(`${BASE}/bar.png?lang=az&title=Unbound`, {}, withoutPng)
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('60')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.text()).toContain('The image renderer is not configured')
    expect((await app.request(`${BASE}/bar.svg?lang=az`, {}, withoutPng)).status).toBe(200)
  })
})

describe('bounded PNG rendering', () => {
  const edge = (caches as unknown as { default: Cache }).default
  const from = (ip: string, path: string) => app.request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': ip } }, env)

  it('keeps each rendered PNG in the edge cache under its canonical URL', async () => {
    const res = await get('/bar.png?title=Edge+cached&theme=dark&utm_source=x')
    expect(res.status).toBe(200)
    const bytes = await bytesOf(res)
    const canonical = `${new URL(env.PUBLIC_ORIGIN).origin}/embed/occupation-in-figures/bar.png?theme=dark&title=Edge+cached`
    const cached = await edge.match(canonical)
    expect(cached?.status).toBe(200)
    expect(cached?.headers.get('ETag')).toBe(res.headers.get('ETag'))
    expect(cached?.headers.get('Content-Type')).toBe('image/png')
    expect(Buffer.from(await cached!.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
  })

  it('serves a PNG from the edge cache without rendering it', async () => {
    const path = '/timeline.png?title=From+the+edge'
    // `If-None-Match: *` tells the PNG's ETag without rendering anything.
    const etag = (await get(path, { headers: { 'If-None-Match': '*' } })).headers.get('ETag')!
    const url = `${new URL(env.PUBLIC_ORIGIN).origin}/embed/occupation-in-figures/timeline.png?title=From+the+edge`
    const edgeBytes = new Uint8Array([...PNG_SIGNATURE, 1, 2, 3])
    await edge.put(
      url,
      new Response(edgeBytes, { headers: { ETag: etag, 'Content-Type': 'image/png', 'Cache-Control': 'max-age=60' } }),
    )
    // A renderer that fails: only the edge copy can answer.
    const failing = { ...env, PNG: { render: () => Promise.reject(new Error('must not render')) } }
    const res = await app.request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': '10.9.9.9' } }, failing)
    expect(res.status).toBe(200)
    expect(res.headers.get('ETag')).toBe(etag)
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect([...(await bytesOf(res))]).toEqual([...edgeBytes])
  })

  it('answers 429 with Retry-After past 5 new renders per client in 10 s; cached PNGs and SVGs stay free', async () => {
    const ip = '203.0.113.7'
    const statuses: number[] = []
    // Each render really runs in the PNG Worker (~0.3 s, seconds under load): seven of them must
    // fall in one 10 s window of the limiter, or the seventh is counted afresh.
    await startOfRateWindow(10, 9000)
    for (let i = 0; i < 6; i++) {
      const res = await from(ip, `/bar.png?title=Budget+${i}`)
      statuses.push(res.status)
      await res.body?.cancel()
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const refused = await from(ip, '/bar.png?title=Budget+6')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('10')
    expect(refused.headers.get('Cache-Control')).toBe('no-store')
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
    expect(((await refused.json()) as { title: string }).title).toBe('Too Many Requests')
    // What is already rendered costs no render, so it is not limited; nor is the SVG, nor another client.
    expect((await from(ip, '/bar.png?title=Budget+0')).status).toBe(200)
    expect((await from(ip, '/bar.svg?title=Budget+7')).status).toBe(200)
    expect((await from('203.0.113.8', '/bar.png?title=Budget+7')).status).toBe(200)
  })
})

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ProblemException) return error
    throw error
  }
  throw new Error('resolved')
}

describe('renderPng', () => {
  it('renders through the PNG service binding at the requested width', async () => {
    const bytes = await renderPng(env, CHART, { width: 1200, background: '#ffffff' })
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 600 })
  })

  it('answers 503 naming the renderer when the binding is missing', async () => {
    const { PNG: _, ...withoutPng } = env
    const problem = await problemOf(renderPng(withoutPng as Env, CHART, { width: 600, background: '#fff' }))
    expect(problem.status).toBe(503)
    expect(problem.problem.title).toBe('Image renderer unavailable')
    expect(problem.problem.headers).toEqual({ 'Retry-After': '60' })
  })

  it('answers 503 when the renderer fails, without passing its error on', async () => {
    const failing = { ...env, PNG: { render: () => Promise.reject(new Error('secret stack')) } }
    const problem = await problemOf(renderPng(failing as unknown as Env, CHART, { width: 600, background: '#fff' }))
    expect(problem.status).toBe(503)
    expect(problem.problem.detail).not.toContain('secret')
  })
})

describe('svgSize', () => {
  it('reads width and height, or else the viewBox', () => {
    expect(svgSize(CHART)).toEqual({ width: 600, height: 300 })
    expect(svgSize('<svg viewBox="0 0 320 180.5"></svg>')).toEqual({ width: 320, height: 180.5 })
    expect(() => svgSize('<svg></svg>')).toThrow(/without a size/)
  })
})

describe('socialCard', () => {
  it('centres the chart on a 1200x630 canvas in the page colour, scaled to fit the margin', async () => {
    const card = socialCard(CHART, '#ffffff')
    expect(svgSize(card)).toEqual(CARD)
    // 600x300 fits 1120x550 at 1.8333: 1100x550, centred.
    expect(card).toContain('<svg x="50" y="40" width="1100" height="550"')
    const png = await decodePng(await renderPng(env, card, { width: CARD.width, background: '#ffffff' }))
    expect(png).toMatchObject(CARD)
    expect(pixel(png, 10, 10)).toBe('#ffffff')
    expect(pixel(png, 600, 315)).toBe('#2a6496')
  })

  it('adds a viewBox when the chart has none, so it scales', () => {
    const card = socialCard('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"></svg>', '#fff')
    expect(card).toContain('viewBox="0 0 100 50"')
  })
})

describe('pngEtag', () => {
  it('changes with the SVG, the width and the background, and only with them', async () => {
    const base = await pngEtag(CHART, { width: 600, background: '#ffffff' })
    expect(base).toMatch(/^"[0-9a-f]{32}"$/)
    expect(await pngEtag(CHART, { width: 600, background: '#ffffff' })).toBe(base)
    expect(await pngEtag(`${CHART} `, { width: 600, background: '#ffffff' })).not.toBe(base)
    expect(await pngEtag(CHART, { width: 1200, background: '#ffffff' })).not.toBe(base)
    expect(await pngEtag(CHART, { width: 600, background: '#16181b' })).not.toBe(base)
  })
})
