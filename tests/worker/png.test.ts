import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { ProblemException } from '../../src/lib/problem.ts'
import { CARD, flattenTheme, pngEtag, renderPng, socialCard, svgSize } from '../../src/lib/png.ts'
import { PALETTES } from '../../widgets/frame/theme.ts'
import { decodePng, pngSize } from '../png/decode-png.ts'

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" class="t-auto" width="600" height="300" viewBox="0 0 600 300">' +
  '<style>svg{--bg:#ffffff;--mk:#2a6496}.b{fill:var(--mk)}</style>' +
  '<rect class="b" x="0" y="0" width="600" height="300" style="fill:var(--mk)"/></svg>'

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

describe('flattenTheme', () => {
  it('writes the palette colours in place of the custom properties resvg cannot read', () => {
    const light = flattenTheme(CHART, 'light')
    expect(light.svg).not.toContain('var(--')
    expect(light.svg).toContain(`fill:${PALETTES.light.mark}`)
    expect(light.background).toBe(PALETTES.light.bg)
    const dark = flattenTheme(CHART, 'dark')
    expect(dark.svg).toContain(`fill:${PALETTES.dark.mark}`)
    expect(dark.background).toBe(PALETTES.dark.bg)
  })

  it('renders auto as light, since an image cannot follow the reader', () => {
    expect(flattenTheme(CHART, 'auto')).toEqual(flattenTheme(CHART, 'light'))
  })

  it('paints the bars in the theme colour in the PNG', async () => {
    const { svg, background } = flattenTheme(CHART, 'dark')
    const { pixels } = await decodePng(await renderPng(env, svg, { width: 60, background }))
    expect('#' + [...pixels.subarray(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join('')).toBe(PALETTES.dark.mark)
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
    const card = socialCard(flattenTheme(CHART, 'light').svg, '#ffffff')
    expect(svgSize(card)).toEqual(CARD)
    // 600x300 fits 1120x550 at 1.8333: 1100x550, centred.
    expect(card).toContain('<svg x="50" y="40" width="1100" height="550"')
    const png = await decodePng(await renderPng(env, card, { width: CARD.width, background: '#ffffff' }))
    expect(png).toMatchObject(CARD)
    const at = (x: number, y: number) => [...png.pixels.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)]
    expect(at(10, 10)).toEqual([255, 255, 255])
    expect(at(600, 315)).toEqual([0x2a, 0x64, 0x96])
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
    expect(await pngEtag(CHART + ' ', { width: 600, background: '#ffffff' })).not.toBe(base)
    expect(await pngEtag(CHART, { width: 1200, background: '#ffffff' })).not.toBe(base)
    expect(await pngEtag(CHART, { width: 600, background: '#16181b' })).not.toBe(base)
  })
})
