import { describe, expect, it } from 'vitest'
import { embedUrl, parseEmbedUrl } from '../../../src/embed/embed-url.ts'

const ORIGIN = 'https://charts.example.org'

describe('parseEmbedUrl', () => {
  it('reads our widget URLs, pinned or not, page or image', () => {
    expect(parseEmbedUrl(`${ORIGIN}/embed/occupation-in-figures/bar?lang=az`, ORIGIN)).toMatchObject({
      dataset: 'occupation-in-figures',
      widget: 'bar',
      format: 'page',
    })
    expect(parseEmbedUrl(`${ORIGIN}/embed/occupation-in-figures@0123456789ab/timeline.svg`, ORIGIN)).toMatchObject({
      version: '0123456789ab',
      widget: 'timeline',
      format: 'svg',
    })
    expect(parseEmbedUrl(`${ORIGIN}/embed/occupation-in-figures/bar?lang=az`, ORIGIN)!.params.get('lang')).toBe('az')
  })

  it('refuses other hosts, schemes, ports, user-info tricks and other paths', () => {
    for (const url of [
      'https://evil.example/embed/occupation-in-figures/bar',
      'http://charts.example.org/embed/occupation-in-figures/bar',
      'https://charts.example.org:8443/embed/occupation-in-figures/bar',
      'https://charts.example.org@evil.example/embed/occupation-in-figures/bar',
      'https://user:pass@charts.example.org/embed/occupation-in-figures/bar',
      'https://charts.example.org.evil.example/embed/occupation-in-figures/bar',
      'javascript:alert(1)//https://charts.example.org/embed/x/bar',
      'data:text/html,https://charts.example.org/embed/x/bar',
      `${ORIGIN}/api/v1/datasets`,
      `${ORIGIN}/embed/occupation-in-figures/bar/extra`,
      `${ORIGIN}/embed/../api/bar`,
      `${ORIGIN}/embed/Occupation/bar`,
      `${ORIGIN}/embed/occupation-in-figures@nothex/bar`,
      'not a url',
      `${ORIGIN}/embed/a/b?${'x'.repeat(3000)}`,
    ])
      expect(parseEmbedUrl(url, ORIGIN), url).toBeUndefined()
  })
})

describe('embedUrl', () => {
  it('writes parameters in one canonical order', () => {
    const a = embedUrl(ORIGIN, { dataset: 'd', widget: 'bar', format: 'page', params: { theme: 'dark', lang: 'az' } })
    const b = embedUrl(ORIGIN, { dataset: 'd', widget: 'bar', format: 'page', params: { lang: 'az', theme: 'dark' } })
    expect(a).toBe(`${ORIGIN}/embed/d/bar?lang=az&theme=dark`)
    expect(b).toBe(a)
    expect(embedUrl(ORIGIN, { dataset: 'd', version: '0123456789ab', widget: 'bar', format: 'png' })).toBe(
      `${ORIGIN}/embed/d@0123456789ab/bar.png`,
    )
  })
})
