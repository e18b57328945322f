import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../../widgets/shared/text-width.ts'
import { renderBar } from '../bar-chart/load-dataset.ts'
import { expectSnapshot } from '../shared/snapshot.ts'
import { paintedElements } from '../shared/svg-paint.ts'
import { occupation, renderTimeline } from '../timeline/render.ts'

/** The root's width from its viewBox. */
const viewBoxWidth = (svg: string) => Number(/<svg\b[^>]*\sviewBox="0 0 ([\d.]+) [\d.]+"/.exec(svg)?.[1])

/** Every piece of text in the image: its words, size, and left and right edges in the root's user units. */
function texts(svg: string) {
  return paintedElements(svg)
    .filter((e) => (e.tag === 'text' || e.tag === 'tspan') && e.text !== '')
    .map((e) => {
      const size = e.fontSize ?? 16
      const width = textWidth(e.text, size, e.fontWeight === '700' || e.fontWeight === 'bold' ? 'bold' : 'normal')
      const start = e.origin.x + e.x - (e.textAnchor === 'end' ? width : e.textAnchor === 'middle' ? width / 2 : 0)
      return { text: e.text, size, left: start, right: start + width }
    })
}

describe('the standalone image at a given width', async () => {
  const dataset = await occupation()
  const images = {
    timeline: (params: Record<string, string>) => renderTimeline(dataset, params).svg(),
    'timeline (running total)': (params: Record<string, string>) =>
      renderTimeline(dataset, { ...params, view: 'cumulative' }).svg(),
    bar: (params: Record<string, string>) => renderBar(dataset, params).svg(),
  }

  for (const [name, image] of Object.entries(images)) {
    it(`draws the ${name} 320 user units wide at width=320, no text under 11 px and none past an edge`, () => {
      const svg = image({ width: '320' })
      expect(viewBoxWidth(svg)).toBe(320)
      expect(svg).toMatch(/^<svg\b[^>]*\swidth="320"/)
      // Nothing inside is scaled: the user units are the image's px (only the root has a viewBox, no scale()).
      expect(svg.match(/viewBox=/g)).toHaveLength(1)
      expect(svg).not.toMatch(/scale\(|matrix\(/)
      const all = texts(svg)
      expect(Math.min(...all.map((t) => t.size))).toBeGreaterThanOrEqual(11)
      const outside = all
        .filter((t) => !(t.left >= -0.5 && t.right <= 320.5))
        .map((t) => `${t.text} ${t.left}..${t.right}`)
      expect(outside).toEqual([])
    })

    it(`keeps the ${name} at 640 px without a width, and at 280 and 2000 px when asked`, () => {
      expect(viewBoxWidth(image({}))).toBe(640)
      expect(viewBoxWidth(image({ width: '280' }))).toBe(280)
      expect(viewBoxWidth(image({ width: '2000' }))).toBe(2000)
    })
  }

  it('draws the narrow arrangement for a narrow image and the wide one from 584 px', () => {
    // The bar chart: labels above the bars (no axis) at 320, beside them (with the axis) at 640.
    expect(renderBar(dataset, { width: '320' }).svg()).not.toContain('class="ax"')
    expect(renderBar(dataset, { width: '640' }).svg()).toContain('class="ax"')
    // The timeline: the list by year is taller than wide, the horizontal drawing wider than tall.
    const drawing = (svg: string) => {
      const [, w, h] = /<svg y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? []
      return Number(h) / Number(w)
    }
    expect(drawing(renderTimeline(dataset, { width: '320' }).svg())).toBeGreaterThan(2)
    expect(drawing(renderTimeline(dataset, { width: '583' }).svg())).toBeGreaterThan(1)
    expect(drawing(renderTimeline(dataset, { width: '584' }).svg())).toBeLessThan(1.5)
  })

  it('renders phone-width images as committed', () => {
    expectSnapshot(
      join(import.meta.dirname, '../timeline'),
      'timeline-events-en-light-320.svg',
      image('timeline', { width: '320', theme: 'light' }),
    )
    expectSnapshot(
      join(import.meta.dirname, '../bar-chart'),
      'bar-ru-dark-320.svg',
      image('bar', { width: '320', theme: 'dark', lang: 'ru' }),
    )
  })

  function image(name: 'timeline' | 'bar', params: Record<string, string>) {
    return images[name](params)
  }
})
