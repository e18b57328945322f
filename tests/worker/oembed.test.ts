import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'

const catalog = createCatalog(bundledPackages)
const app = createApp(catalog)
const origin = new URL(env.PUBLIC_ORIGIN).origin
const oembed = (query: string, init?: RequestInit) => app.request(`http://factbox.test/oembed?${query}`, init, env)
const ask = (url: string, extra = '') => oembed(`url=${encodeURIComponent(url)}${extra}`)

type Answer = {
  type: string
  version: string
  html: string
  width: number
  height: number
  title: string
  thumbnail_url: string
  provider_name: string
  cache_age: number
}

describe('GET /oembed', () => {
  it('describes a widget page as rich content with a script-free iframe', async () => {
    const res = await ask(`${origin}/embed/occupation-in-figures/bar?lang=az&theme=dark`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const answer = (await res.json()) as Answer
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'factbox',
      title: 'İşğal rəqəmlərdə',
      width: 640,
      cache_age: 86400,
    })
    expect(answer.height).toBeGreaterThan(200)
    expect(answer.html).toMatch(
      new RegExp(
        `^<iframe src="${origin}/embed/occupation-in-figures/bar\\?lang=az&amp;theme=dark" title="İşğal rəqəmlərdə" width="100%" height="${answer.height}" [^<]*sandbox="[^"]+"></iframe>$`,
      ),
    )
    expect(answer.html).not.toContain('<script')
    expect(answer.thumbnail_url).toBe(`${origin}/embed/occupation-in-figures/bar.png?lang=az&size=card&theme=dark`)
  })

  it('keeps a pin, and answers 404 to a pin to a version that was never published', async () => {
    const v = (await catalog.get('occupation-in-figures'))!.version
    const pinned = (await (await ask(`${origin}/embed/occupation-in-figures@${v}/timeline`)).json()) as Answer
    expect(pinned.html).toContain(`src="${origin}/embed/occupation-in-figures@${v}/timeline"`)
    expect((await ask(`${origin}/embed/occupation-in-figures@000000000000/timeline`)).status).toBe(404)
  })

  it('respects maxwidth and maxheight', async () => {
    const url = `${origin}/embed/occupation-in-figures/bar`
    const narrow = (await (await ask(url, '&maxwidth=320')).json()) as Answer
    expect(narrow.width).toBe(320)
    const low = (await (await ask(url, '&maxwidth=500&maxheight=150')).json()) as Answer
    expect(low.width).toBe(500)
    expect(low.height).toBe(150)
    expect(low.html).toContain('height="150"')
  })

  it('answers 501 to any format but json, in any letter case (the oEmbed spec)', async () => {
    const url = encodeURIComponent(`${origin}/embed/occupation-in-figures/bar`)
    for (const format of ['xml', 'XML', 'Xml', 'yaml', 'jsonp', ' json'])
      expect((await oembed(`url=${url}&format=${encodeURIComponent(format)}`)).status, format).toBe(501)
    expect(await (await oembed(`url=${url}&format=yaml`)).json()).toMatchObject({
      status: 501,
      parameter: 'format',
      allowed: ['json'],
    })
    for (const format of ['json', 'JSON', 'Json'])
      expect((await oembed(`url=${url}&format=${format}`)).status).toBe(200)
  })

  it('answers 404 to a url whose widget options the page would refuse: it is not one of our embeds', async () => {
    for (const query of ['theme=neon', 'lang=fr', 'highlight=nowhere', 'title=a%E2%80%AEb', 'lang=en&lang=az']) {
      const res = await ask(`${origin}/embed/occupation-in-figures/bar?${query}`)
      expect(res.status, query).toBe(404)
      expect(((await res.json()) as { detail: string }).detail, query).toMatch(/option (theme|lang|highlight|title) /)
    }
  })

  it('answers 404 to anything that is not one of our widgets', async () => {
    for (const url of [
      'https://evil.example/embed/occupation-in-figures/bar',
      `${origin.replace('://', '://user@')}/embed/occupation-in-figures/bar`,
      `https://${new URL(origin).host}@evil.example/embed/occupation-in-figures/bar`,
      `ftp://${new URL(origin).host}/embed/occupation-in-figures/bar`,
      `${origin}/embed/nope/bar`,
      `${origin}/embed/occupation-in-figures/pie`,
      `${origin}/embed/occupation-in-figures/bar.svg`,
      `${origin}/api/v1/datasets`,
      `${origin}/embed/__proto__/bar`,
      'javascript:alert(1)',
    ]) {
      const res = await ask(url)
      expect(res.status, url).toBe(404)
      expect(await res.text(), url).not.toContain('evil')
    }
  })

  it('answers 400 naming the parameter for a missing or empty url and bad sizes', async () => {
    const url = encodeURIComponent(`${origin}/embed/occupation-in-figures/bar`)
    const cases: [string, string][] = [
      ['', 'url'],
      [`url=${url}&maxwidth=0x200`, 'maxwidth'],
      [`url=${url}&maxwidth=1e3`, 'maxwidth'],
      [`url=${url}&maxwidth=-5`, 'maxwidth'],
      [`url=${url}&maxwidth=%EF%BC%93%EF%BC%92%EF%BC%90`, 'maxwidth'],
      [`url=${url}&maxheight=12.5`, 'maxheight'],
      [`url=${url}&url=${url}`, 'url'],
      ['url=', 'url'],
      ['url=&format=json', 'url'],
    ]
    for (const [query, parameter] of cases) {
      const res = await oembed(query)
      expect(res.status, query).toBe(400)
      expect(((await res.json()) as { parameter: string }).parameter, query).toBe(parameter)
    }
  })
})
