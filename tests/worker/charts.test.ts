import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { r2Catalogs } from '../../data/r2-catalog.ts'
import { publishPackage } from '../../data/store.ts'
import { createApp } from '../../src/app.ts'
import { ENHANCE_SCRIPT } from '../../widgets/registry.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { startOfRateWindow } from './lib/rate-window.ts'
// This file's local R2 starts with the bundled datasets, as `npm start` seeds them.
import './lib/seed-r2.ts'

const TOKEN = env.PUBLISH_TOKEN
const origin = new URL(env.PUBLIC_ORIGIN).origin
const DAY = new Date('2026-12-02T10:00:00Z')
// Pointers read afresh: a dataset published in a test is the latest at once.
const catalogs = r2Catalogs({ defaults: bundledPackages, pointerTtlMs: 0, pointerMaxStaleMs: 0 })
let client = 0

/** The app as one deploy: its renderer version and enhancement script (a later deploy has others). */
function deploy(rendererVersion: string, script = ENHANCE_SCRIPT) {
  const app = createApp((e) => catalogs(e.DATASETS), { charts: { rendererVersion, script, now: () => DAY } })
  return (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    headers.set('CF-Connecting-IP', `198.51.100.${++client % 250}`)
    return app.request(`http://factbox.test${path}`, { ...init, headers }, env)
  }
}
const today = deploy('renderer-a')

function publish(
  body: unknown,
  { token = TOKEN, type = 'application/json', at = today }: { token?: string; type?: string; at?: typeof today } = {},
) {
  return at('/api/v1/charts', {
    method: 'POST',
    headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

interface Published {
  id: string
  version: string
  links: Record<string, string>
  codes: { iframe: string; responsive: string; svg: string; png: string }
}

async function problem(res: Response) {
  expect(res.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8')
  return (await res.json()) as { status: number; detail: string; parameter?: string; allowed?: string[] }
}

/** Every stored object of the charts, with what would change if it were rewritten. */
async function chartObjects() {
  const listed = await env.DATASETS.list({ prefix: 'charts/' })
  return listed.objects.map((o) => `${o.key} ${o.etag} ${o.uploaded.toISOString()}`).sort()
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

const BAR = { dataset: 'occupation-in-figures', widget: 'bar', options: { lang: 'ru', theme: 'dark' } }

describe('POST /api/v1/charts', () => {
  let first: Published
  beforeAll(async () => {
    const res = await publish(BAR)
    expect(res.status).toBe(201)
    first = (await res.json()) as Published
  })

  it('freezes a chart (201) at an exact version and answers its links and embed codes', async () => {
    const version = (await catalogs(env.DATASETS).get('occupation-in-figures'))!.version
    expect(first.id).toMatch(/^[0-9a-f]{16}$/)
    expect(first.version).toBe(version)
    expect(first.links.page).toBe(`${origin}/c/${first.id}`)
    expect(first.codes.iframe).toContain(`<iframe src="${origin}/c/${first.id}" title="Оккупация в цифрах"`)
    expect(first.codes.iframe).toMatch(/height="\d+"/)
    expect(first.codes.responsive).toMatch(
      new RegExp(`<script src="${origin}/embed\\.[0-9a-f]{10}\\.js" integrity="sha384-`),
    )
    expect(first.codes.svg).toBe(
      `<img src="${origin}/c/${first.id}.svg" alt="Оккупация в цифрах" style="max-width:100%;height:auto">`,
    )
    expect(first.codes.png).toContain(`src="${origin}/c/${first.id}.png"`)
  })

  it('answers the same request with the same id (200) and writes nothing', async () => {
    const before = await chartObjects()
    const again = await publish({ ...BAR, options: { theme: 'dark', lang: 'ru' } })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(first)
    const pinned = await publish({ ...BAR, version: first.version })
    expect(pinned.status).toBe(200)
    expect(((await pinned.json()) as Published).id).toBe(first.id)
    expect(await chartObjects()).toEqual(before)
    const other = await publish({ ...BAR, options: { lang: 'en' } })
    expect(other.status).toBe(201)
    expect(((await other.json()) as Published).id).not.toBe(first.id)
  })

  it('writes one audit record per chart it creates, never again, and restores a missing one', async () => {
    const body = { dataset: 'occupation-in-figures', widget: 'bar', options: { title: 'Audited' } }
    const res = await publish(body)
    expect(res.status).toBe(201)
    const chart = (await res.json()) as Published
    const audits = async () =>
      (await env.DATASETS.list({ prefix: 'charts/audit/' })).objects
        .filter((o) => o.key.endsWith(`-${chart.id}.json`))
        .map((o) => `${o.key} ${o.etag} ${o.uploaded.toISOString()}`)
    const written = await audits()
    expect(written).toHaveLength(1)
    const key = `charts/audit/2026-12-02T10:00:00.000Z-${chart.id}.json`
    expect(written[0]).toMatch(new RegExp(`^${key} `))
    expect(await (await env.DATASETS.get(key))!.json()).toEqual({
      id: chart.id,
      dataset: 'occupation-in-figures',
      version: chart.version,
      widget: 'bar',
      options: { title: 'Audited' },
      renderer: 'renderer-a',
      published: '2026-12-02T10:00:00.000Z',
      by: 'PUBLISH_TOKEN',
    })
    expect((await publish(body)).status).toBe(200)
    expect(await audits()).toEqual(written)
    // A publish stopped between the record and its audit: the next request writes the same record.
    const audit = await (await env.DATASETS.get(key))!.text()
    await env.DATASETS.delete(key)
    expect((await publish(body)).status).toBe(200)
    expect(await (await env.DATASETS.get(key))!.text()).toBe(audit)
  })

  it('refuses a missing or wrong token with 401, saying nothing of the chart', async () => {
    for (const token of ['', 'wrong-token']) {
      const res = await publish(BAR, { token })
      expect(res.status, token).toBe(401)
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="factbox publishing"')
      const body = await problem(res)
      expect(body.detail).toBe('A valid publishing token is required (Authorization: Bearer <token>).')
    }
  })

  it('refuses a bad option value (400) naming the parameter and its allowed values', async () => {
    const res = await publish({ ...BAR, options: { theme: 'purple' } })
    expect(res.status).toBe(400)
    const body = await problem(res)
    expect(body.parameter).toBe('theme')
    expect(body.allowed).toEqual(['auto', 'light', 'dark'])
  })

  it('refuses an unknown option, a bad shape and an unknown widget (422) naming the field', async () => {
    const unknown = await problem(await publish({ ...BAR, options: { tilte: 'x' } }))
    expect(unknown).toMatchObject({ status: 422, parameter: 'options' })
    expect(unknown.allowed).toContain('title')
    expect(await problem(await publish({ ...BAR, options: { title: 5 } }))).toMatchObject({
      status: 422,
      parameter: 'options.title',
    })
    expect(await problem(await publish({ widget: 'bar' }))).toMatchObject({ status: 422, parameter: 'dataset' })
    expect(await problem(await publish({ ...BAR, version: 'latest' }))).toMatchObject({
      status: 422,
      parameter: 'version',
    })
    expect(await problem(await publish({ ...BAR, widget: 'pie' }))).toMatchObject({
      status: 422,
      parameter: 'widget',
      allowed: ['bar', 'timeline'],
    })
    expect(await problem(await publish('{"dataset":'))).toMatchObject({ status: 400, parameter: 'body' })
  })

  it('answers 404 for an unknown dataset or version', async () => {
    const dataset = await problem(await publish({ ...BAR, dataset: 'no-such-data' }))
    expect(dataset).toMatchObject({ status: 404, detail: 'There is no dataset with this id.' })
    const version = await problem(await publish({ ...BAR, version: '000000000000' }))
    expect(version).toMatchObject({ status: 404, detail: 'This dataset has no such version.' })
  })

  it('answers another method with 405 and Allow: POST', async () => {
    const res = await today('/api/v1/charts')
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('POST')
  })

  it('refuses an oversize body (413) and a body that is not JSON (415)', async () => {
    const big = JSON.stringify({ ...BAR, padding: 'x'.repeat(20_000) })
    expect(await problem(await publish(big))).toMatchObject({ status: 413, parameter: 'body' })
    expect(await problem(await publish(BAR, { type: 'text/plain' }))).toMatchObject({
      status: 415,
      parameter: 'Content-Type',
      allowed: ['application/json'],
    })
  })
})

describe('the PNG renders of publishing', () => {
  it('renders two PNGs per new chart, none for a repeat, and stops at the publish limit (429)', async () => {
    let renders = 0
    const png = {
      render: async () => {
        renders++
        return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      },
    }
    // Its own renderer version (new ids) and one client address, counted by PUBLISH_RATE (10 a minute).
    const app = createApp((e) => catalogs(e.DATASETS), {
      charts: { rendererVersion: 'renderer-budget', now: () => DAY },
    })
    const post = (title: string) =>
      app.request(
        'http://factbox.test/api/v1/charts',
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${TOKEN}`,
            'CF-Connecting-IP': '203.0.113.9',
          },
          body: JSON.stringify({ dataset: 'occupation-in-figures', widget: 'bar', options: { title } }),
        },
        { ...env, PNG: png } as unknown as Env,
      )
    await startOfRateWindow(60, 20_000)
    expect((await post('Budget 0')).status).toBe(201)
    expect(renders).toBe(2)
    expect((await post('Budget 0')).status).toBe(200)
    expect(renders).toBe(2)
    for (let i = 1; i <= 8; i++) expect((await post(`Budget ${i}`)).status).toBe(201)
    expect(renders).toBe(18)
    const before = await chartObjects()
    const limited = await post('Budget 9')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('60')
    expect(renders).toBe(18)
    expect(await chartObjects()).toEqual(before)
  })
})

describe('GET /c/{id}', () => {
  let chart: Published
  beforeAll(async () => {
    chart = (await (
      await publish({ dataset: 'occupation-in-figures', widget: 'timeline', options: {} })
    ).json()) as Published
  })

  it('serves the frozen page, SVG, PNG and card immutable, with a strong ETag and the embed policy', async () => {
    const page = await today(`/c/${chart.id}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(page.headers.get('ETag')).toMatch(/^"[0-9a-f]{32}"$/)
    const csp = page.headers.get('Content-Security-Policy')!
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain('frame-ancestors https:')
    expect(page.headers.get('X-Frame-Options')).toBeNull()
    const html = await page.text()
    expect(html).toContain(`<link rel="canonical" href="${origin}/c/${chart.id}"/>`)
    expect(html).toContain(`<meta property="og:image" content="${origin}/c/${chart.id}/card.png"/>`)
    expect(html).toContain(`<a href="${origin}/c/${chart.id}/data.csv" download="">Get the data</a>`)
    expect(html).toMatch(/<script src="\/c\/assets\/enhance\.[0-9a-f]{10}\.js" defer=""><\/script>/)
    const revalidated = await today(`/c/${chart.id}`, { headers: { 'If-None-Match': page.headers.get('ETag')! } })
    expect(revalidated.status).toBe(304)

    const svg = await today(`/c/${chart.id}.svg`)
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    const png = new Uint8Array(await (await today(`/c/${chart.id}.png`)).arrayBuffer())
    expect(Array.from(png.slice(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG')
    const card = await today(`/c/${chart.id}/card.png`)
    expect(card.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(pngSize(new Uint8Array(await card.arrayBuffer()))).toEqual({ width: 1200, height: 630 })
    const csv = await (await today(`/c/${chart.id}/data.csv`)).text()
    expect(csv).toContain('Shusha')
  })

  it('is embeddable by its URL through oEmbed: its frozen page, the height stored at publish', async () => {
    const page = `${origin}/c/${chart.id}`
    const html = await (await today(`/c/${chart.id}`)).text()
    const discovery = `${origin}/oembed?${new URLSearchParams({ url: page, format: 'json' })}`.replaceAll('&', '&amp;')
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${discovery}"`)
    const res = await today(`/oembed?${new URLSearchParams({ url: page, maxheight: '300' })}`)
    expect(res.status).toBe(200)
    const oembed = (await res.json()) as Record<string, unknown>
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'factbox',
      width: 640,
      height: 300,
      thumbnail_url: `${page}/card.png`,
    })
    expect(oembed.html).toBe(chart.codes.iframe.replace(/(height="|height:)\d+/g, '$1300'))
    const height = Number(/height="(\d+)"/.exec(chart.codes.iframe)![1])
    const full = (await (await today(`/oembed?${new URLSearchParams({ url: page })}`)).json()) as { height: number }
    expect(full.height).toBe(height)
    for (const url of [`${origin}/c/0000000000000000`, `${page}?x=1`, `${origin}/c/${chart.id}.png`])
      expect((await today(`/oembed?${new URLSearchParams({ url })}`)).status, url).toBe(404)
  })

  it('answers 400 to a malformed id and 404 to an unknown one', async () => {
    const bad = await problem(await today('/c/not-a-chart.svg'))
    expect(bad).toMatchObject({ status: 400, parameter: 'id' })
    expect(bad.detail).toBe('A chart id is 16 hexadecimal digits, as publishing gave it.')
    // The page shows in a publisher's iframe: its error is a readable page that may be framed.
    const page = await today('/c/0000000000000000')
    expect(page.status).toBe(404)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('X-Frame-Options')).toBeNull()
    expect(await page.text()).toContain('There is no published chart with this id.')
    expect((await today('/c/not-a-chart')).status).toBe(400)
    for (const path of ['/c/0000000000000000.png', '/c/0000000000000000/card.png', '/c/0000000000000000/cite.json'])
      expect(await problem(await today(path)), path).toMatchObject({
        status: 404,
        detail: 'There is no published chart with this id.',
      })
  })

  it('keeps every byte, and the script the page references, after a deploy with another renderer', async () => {
    const page = await (await today(`/c/${chart.id}`)).text()
    const scriptPath = /<script src="([^"]+)"/.exec(page)![1]!
    const script = await (await today(scriptPath)).text()
    const svg = await (await today(`/c/${chart.id}.svg`)).text()
    const png = new Uint8Array(await (await today(`/c/${chart.id}.png`)).arrayBuffer())

    const later = deploy('renderer-b', `${ENHANCE_SCRIPT}/* a later deploy */\n`)
    const republished = await publish(
      { dataset: 'occupation-in-figures', widget: 'timeline', options: {} },
      { at: later },
    )
    expect(republished.status).toBe(201)
    expect(((await republished.json()) as Published).id).not.toBe(chart.id)
    expect(await (await later(`/c/${chart.id}`)).text()).toBe(page)
    expect(await (await later(`/c/${chart.id}.svg`)).text()).toBe(svg)
    expect(new Uint8Array(await (await later(`/c/${chart.id}.png`)).arrayBuffer())).toEqual(png)
    const frozenScript = await later(scriptPath)
    expect(frozenScript.status).toBe(200)
    expect(frozenScript.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await frozenScript.text()).toBe(script)
    expect(script).not.toContain('a later deploy')
  })
})

describe('citation and corrections', () => {
  it('serves the citation as CSL-JSON: a graphic issued the day it was published, never accessed', async () => {
    const chart = (await (await publish(BAR)).json()) as Published
    const res = await today(`/c/${chart.id}/cite.json`)
    expect(res.headers.get('Content-Type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    const [item, ...rest] = (await res.json()) as Record<string, unknown>[]
    expect(rest).toEqual([])
    expect(item).toMatchObject({
      type: 'graphic',
      title: 'Оккупация в цифрах',
      publisher: 'factbox',
      URL: `${origin}/c/${chart.id}`,
      issued: { 'date-parts': [[2026, 12, 2]] },
      version: chart.version,
      language: 'ru',
    })
    expect(item).not.toHaveProperty('accessed')
    const html = await (await today(`/c/${chart.id}`)).text()
    expect(html).toContain('<details class="fb-cite"><summary>Как цитировать</summary>')
    expect(html).toContain(`<a href="${origin}/c/${chart.id}">${origin}/c/${chart.id}</a>`)
    // The Russian date ends with "г." after a no-break space: no second full stop.
    expect(html).toMatch(/<cite>Оккупация в цифрах<\/cite>\. factbox\. Опубликовано: 2 декабря 2026\u00a0г\. <a/)
    expect(html).toContain(`Версия данных: ${chart.version}`)
    expect(html).not.toContain('г..')
  })

  it('says in status.json whether the dataset has a newer version, linking its live embed and change notes', async () => {
    const v1 = await publishPackage(env.DATASETS, balticStates, { changes: { en: 'First' } })
    const chart = (await (
      await publish({ dataset: 'baltic-states', widget: 'bar', options: { sort: 'name', width: '500' } })
    ).json()) as Published
    expect(chart.version).toBe(v1.version)
    const html = await (await today(`/c/${chart.id}`)).text()
    expect(html).toContain(`<p class="fb-newer" data-fb-status="/c/${chart.id}/status.json" hidden="">`)
    expect(html).toContain('Data version')

    const current = await today(`/c/${chart.id}/status.json`)
    expect(current.headers.get('Cache-Control')).toBe('public, max-age=60')
    expect(await current.json()).toMatchObject({
      newer: false,
      version: v1.version,
      latest: v1.version,
      links: { latest: null },
    })

    const fixed = {
      ...balticStates,
      files: { 'states.csv': balticStates.files['states.csv']!.replace('45339', '45400') },
    }
    const v2 = await publishPackage(env.DATASETS, fixed, { changes: { en: 'Estonia remeasured' } })
    const status = await (await today(`/c/${chart.id}/status.json`)).json()
    expect(status).toMatchObject({
      newer: true,
      version: v1.version,
      latest: v2.version,
      changes: { en: 'Estonia remeasured' },
      links: { latest: `${origin}/embed/baltic-states/bar?sort=name` },
    })
    // The chart keeps its bytes: the old figure, not the corrected one.
    expect(await (await today(`/c/${chart.id}.svg`)).text()).toContain('45,339')

    // The status document links the versions list, which shows each version's change note.
    const versionsUrl = (status as { links: { versions: string } }).links.versions
    expect(versionsUrl).toBe(`${origin}/api/v1/datasets/baltic-states/versions`)
    const list = await today(new URL(versionsUrl).pathname)
    expect(list.status).toBe(200)
    const { versions } = (await list.json()) as { versions: unknown[] }
    expect(versions.slice(0, 2)).toEqual([
      {
        version: v2.version,
        published: expect.any(String),
        previous: v1.version,
        changes: { en: 'Estonia remeasured' },
      },
      { version: v1.version, published: expect.any(String), previous: null, changes: { en: 'First' } },
    ])
  })
})
