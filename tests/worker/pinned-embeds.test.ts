import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { r2Catalogs } from '../../data/r2-catalog.ts'
import { publishPackage } from '../../data/store.ts'
import { createApp } from '../../src/app.ts'
import { RENDERER_VERSION } from '../../src/embed/renderer-version.ts'
import { strongEtag } from '../../src/lib/http-cache.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { nordicSuffrage } from '../fixtures/nordic-suffrage/index.ts'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import './lib/seed-r2.ts'

const catalog = createCatalog(bundledPackages)
const app = createApp(catalog)
const origin = new URL(env.PUBLIC_ORIGIN).origin
const get = (path: string, init?: RequestInit) => app.request(`http://factbox.test${path}`, init, env)
const version = async () => (await catalog.get('occupation-in-figures'))!.version

describe('versioned embeds', () => {
  it('caches a pinned URL long, but not as immutable (a new renderer may redraw it)', async () => {
    const v = await version()
    for (const path of [`/embed/occupation-in-figures@${v}/bar`, `/embed/occupation-in-figures@${v}/timeline.svg`]) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Cache-Control'), path).toBe('public, max-age=2592000, stale-while-revalidate=31536000')
    }
  })

  it('gives the pinned and the unpinned page the same chart', async () => {
    const v = await version()
    const pinned = await (await get(`/embed/occupation-in-figures@${v}/bar.svg?lang=ru`)).text()
    const latest = await (await get('/embed/occupation-in-figures/bar.svg?lang=ru')).text()
    expect(pinned).toBe(latest)
  })

  it('lets unpinned URLs follow the latest data and revalidate', async () => {
    const res = await get('/embed/occupation-in-figures/bar')
    expect(res.headers.get('Cache-Control')).toMatch(/stale-while-revalidate/)
    expect(res.headers.get('Cache-Control')).not.toContain('immutable')
  })

  it('answers 404 to a pin to a version that was never published, never a redirect', async () => {
    const res = await get('/embed/occupation-in-figures@000000000000/bar?theme=dark', { redirect: 'manual' })
    expect(res.status).toBe(404)
    expect(res.headers.get('Location')).toBeNull()
  })

  it('puts the renderer version in the ETag: the same bytes from another renderer are another entity', async () => {
    const res = await get('/embed/occupation-in-figures/bar.svg')
    const body = new Uint8Array(await res.arrayBuffer())
    const salted = new Uint8Array([...new TextEncoder().encode(`${RENDERER_VERSION}\n`), ...body])
    expect(res.headers.get('ETag')).toBe(await strongEtag(salted))
    expect(res.headers.get('ETag')).not.toBe(await strongEtag(body))
  })

  it('answers 404 to a malformed pin', async () => {
    for (const path of [
      '/embed/occupation-in-figures@xyz/bar',
      '/embed/occupation-in-figures@/bar',
      '/embed/@0123456789ab/bar',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })
})

describe('the head of a widget page', () => {
  it('has oEmbed discovery, social card tags, a canonical URL and opts in to native sizing', async () => {
    const v = await version()
    const html = await (await get(`/embed/occupation-in-figures@${v}/bar?theme=dark&lang=ru&fbclid=1`)).text()
    const page = `${origin}/embed/occupation-in-figures@${v}/bar?lang=ru&amp;theme=dark`
    expect(html).toContain(`<link rel="canonical" href="${page}"/>`)
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${origin}/oembed?url=${encodeURIComponent(`${origin}/embed/occupation-in-figures@${v}/bar?lang=ru&theme=dark`).replace(/%20/g, '+')}&amp;format=json" title="Оккупация в цифрах"/>`,
    )
    expect(html).toContain('<meta property="og:title" content="Оккупация в цифрах"/>')
    expect(html).toContain(
      `<meta property="og:image" content="${origin}/embed/occupation-in-figures@${v}/bar.png?lang=ru&amp;size=card&amp;theme=dark"/>`,
    )
    expect(html).toContain('<meta property="og:image:width" content="1200"/>')
    expect(html).toMatch(/<meta property="og:description" content="Нагорный Карабах и семь районов/)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    // HTML: a meta with a name must have a content attribute.
    expect(html).toContain('<meta name="responsive-embedded-sizing" content=""/>')
    expect(html).not.toContain('fbclid')
    // The description follows the validated language: without `lang`, the dataset's first one.
    const descriptor = { ...(nordicSuffrage.descriptor as object), languages: ['ru', 'en'] }
    const russianFirst = createApp(createCatalog([{ ...nordicSuffrage, descriptor }]))
    const res = await russianFirst.request('http://factbox.test/embed/nordic-suffrage/timeline', undefined, env)
    expect(await res.text()).toContain('<meta property="og:description" content="Тестовый набор: годы и площади."/>')
  })
})

describe('pins over the R2 record', () => {
  const withArea = (area: string) => ({
    ...balticStates,
    files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) },
  })

  it('serve every published version exactly, while the unpinned URL follows the latest pointer', async () => {
    const r2 = createApp(r2Catalogs({ pointerTtlMs: 0 })(env.DATASETS))
    const at = async (path: string) => {
      const res = await r2.request(`http://factbox.test${path}`, { redirect: 'manual' }, env)
      return { status: res.status, text: await res.text() }
    }
    const first = await publishPackage(env.DATASETS, withArea('45339'))
    const before = await at(`/embed/baltic-states@${first.version}/bar.svg`)
    expect(before.status).toBe(200)
    const second = await publishPackage(env.DATASETS, withArea('99999'))
    const after = await at(`/embed/baltic-states@${first.version}/bar.svg`)
    expect(after).toEqual(before)
    const latest = await at('/embed/baltic-states/bar.svg')
    expect(latest.text).toContain('99,999')
    expect(latest.text).not.toBe(before.text)
    expect((await at(`/embed/baltic-states@${second.version}/bar.svg`)).text).toBe(latest.text)
  })
})

describe("a pinned chart's data", () => {
  const withArea = (area: string) => ({
    ...balticStates,
    files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', area) },
  })

  it("links the pinned version's CSV and JSON, which hold that version's figures after a newer one", async () => {
    const r2 = createApp(r2Catalogs({ pointerTtlMs: 0 })(env.DATASETS))
    const at = (url: string) => r2.request(url.replace(origin, 'http://factbox.test'), {}, env)
    const v1 = await publishPackage(env.DATASETS, withArea('45111'))
    const v2 = await publishPackage(env.DATASETS, withArea('45222'))
    expect(v2.previous).toBe(v1.version)
    const page = await (await at(`/embed/baltic-states@${v1.version}/bar`)).text()
    const link = /<a href="([^"]+)" download="">/.exec(page)?.[1]
    expect(link).toBe(`${origin}/api/v1/datasets/baltic-states@${v1.version}/states.csv`)
    const csv = await at(link!)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('Cache-Control')).toBe('public, max-age=2592000, stale-while-revalidate=31536000')
    const text = await csv.text()
    expect(text).toContain(',45111')
    expect(text).not.toContain('45222')
    const json = (await (await at(link!.replace(/\.csv$/, '.json'))).json()) as {
      version: string
      rows: { area_km2: number }[]
    }
    expect(json.version).toBe(v1.version)
    expect(json.rows.map((r) => r.area_km2)).toContain(45111)
    // The unpinned page links the latest data.
    const latest = await (await at('/embed/baltic-states/bar')).text()
    expect(/<a href="([^"]+)" download="">/.exec(latest)?.[1]).toBe(
      `${origin}/api/v1/datasets/baltic-states/states.csv`,
    )
    expect(await (await at('/api/v1/datasets/baltic-states/states.csv')).text()).toContain(',45222')
  })

  it('answers 404 to the data of a version that was never published, naming where the versions are', async () => {
    const r2 = createApp(r2Catalogs({ pointerTtlMs: 0 })(env.DATASETS))
    await publishPackage(env.DATASETS, balticStates)
    const res = await r2.request('http://factbox.test/api/v1/datasets/baltic-states@000000000000/states.csv', {}, env)
    expect(res.status).toBe(404)
    expect(((await res.json()) as { detail: string }).detail).toBe(
      `Dataset "baltic-states" has no such version. Versions: ${origin}/api/v1/datasets/baltic-states/versions.`,
    )
    for (const path of ['/api/v1/datasets/baltic-states@/states.csv', '/api/v1/datasets/baltic-states@xyz/states.csv'])
      expect((await r2.request(`http://factbox.test${path}`, {}, env)).status, path).toBe(404)
  })
})
