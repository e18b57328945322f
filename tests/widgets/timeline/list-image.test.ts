/**
 * The standalone image for phones (`width` under 584): the phone list drawn as SVG
 * (`listImageLayout`), read back from the rendered document.
 */
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { textWidth } from '../../../widgets/shared/text-width.ts'
import { paintedElements } from '../shared/svg-paint.ts'
import { occupation, renderTimeline } from './render.ts'

const LANGS: Lang[] = ['en', 'az', 'ru']

/** A `<text>` of the chart: its class, words and box in the chart's coordinates, and its group. */
interface Text {
  cls: string
  text: string
  group: number
  x0: number
  x1: number
  y: number
  y0: number
  y1: number
}

const unescaped = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The texts of the chart (`<svg class="tl">`), each in the chart's coordinates (nested `<svg y>`
 * add up); `group` counts the entries' groups before it.
 */
function textsOf(doc: string): Text[] {
  const chart = doc.slice(doc.indexOf('<svg class="tl"'))
  const texts: Text[] = []
  const offsets: number[] = []
  let group = 0
  for (const [tag] of chart.matchAll(/<svg\b[^>]*>|<\/svg>|<g class="ev |<text\b[^>]*>[^<]*<\/text>/g)) {
    if (tag.startsWith('<svg')) offsets.push(Number(/\sy="([\d.]+)"/.exec(tag)?.[1] ?? 0))
    else if (tag === '</svg>') offsets.pop()
    else if (tag.startsWith('<g')) group++
    else {
      const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
      const cls = attr('class') ?? ''
      const text = unescaped(/>([^<]*)</.exec(tag)![1]!)
      const bold = cls.split(' ').includes('n')
      const size = bold ? 13 : 12
      const width = textWidth(text, size, bold ? 'bold' : 'normal')
      const anchor = attr('text-anchor')
      const x = Number(attr('x'))
      const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x
      const y = Number(attr('y')) + offsets.reduce((a, b) => a + b, 0)
      texts.push({ cls, text, group, x0, x1: x0 + width, y, y0: y - size * 0.8, y1: y + size * 0.2 })
    }
  }
  return texts
}

/** The names in the page's phone list, in order. */
const pageNames = (page: string) =>
  [...page.matchAll(/<span class="tl-nm">([^<]*)<\/span>/g)].map((m) => unescaped(m[1]!))

describe('the timeline image at phone width', async () => {
  const dataset = await occupation()

  for (const view of ['events', 'cumulative'])
    it(`draws the phone list in the ${view} view: headings, names in time order within their years, in every language`, () => {
      for (const lang of LANGS) {
        const rendered = renderTimeline(dataset, { lang, view, width: '320' })
        const texts = textsOf(rendered.svg())
        const headings = texts.filter((t) => t.cls === 'n yh')
        expect(
          headings.map((t) => t.text),
          lang,
        ).toEqual(['1988', '1992', '1993', '1994', '2016'])
        const names = pageNames(rendered.page())
        expect(names.length).toBe(17)
        const firstLines = names.map((name, i) => {
          const lines = texts.filter((t) => t.group === i + 1)
          const squeeze = (s: string) => s.replace(/\s/g, '')
          expect(squeeze(lines.map((l) => l.text).join('')).startsWith(squeeze(name)), `${lang}: ${name}`).toBe(true)
          return { name, line: lines[0]! }
        })
        for (let i = 1; i < firstLines.length; i++)
          expect(firstLines[i]!.line.y, `${lang}: ${firstLines[i]!.name}`).toBeGreaterThan(firstLines[i - 1]!.line.y)
        firstLines.forEach(({ name, line }, i) => {
          // The start year, from the first line after the name's that has one (the date's).
          const year = texts
            .filter((t) => t.group === i + 1)
            .slice(1)
            .map((t) => /(?:19|20)\d\d/.exec(t.text)?.[0])
            .find(Boolean)
          const h = headings.findLastIndex((t) => t.y < line.y)
          expect(h, `${lang}: ${name} has no heading above`).toBeGreaterThanOrEqual(0)
          expect(headings[h]!.text, `${lang}: ${name}`).toBe(year)
          const next = headings[h + 1]
          if (next) expect(line.y, `${lang}: ${name}`).toBeLessThan(next.y)
        })
      }
    })

  it('sets no text under 12 px and no two texts over each other, within the width, in every language', () => {
    for (const view of ['events', 'cumulative'])
      for (const lang of LANGS) {
        const doc = renderTimeline(dataset, { lang, view, width: '320' }).svg()
        for (const m of doc.matchAll(/font-size(?:="|:)([\d.]+)/g))
          expect(Number(m[1]), `${view} ${lang}`).toBeGreaterThanOrEqual(12)
        for (const e of paintedElements(doc).filter((e) => e.tag === 'text' || e.tag === 'tspan'))
          expect(e.fontSize, `${view} ${lang}: "${e.text}"`).toBeGreaterThanOrEqual(12)
        const texts = textsOf(doc)
        for (const t of texts) expect(t.x1, `${view} ${lang}: "${t.text}" leaves`).toBeLessThanOrEqual(320 - 2 * 16)
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!
            const b = texts[j]!
            const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
            expect(overlap, `${view} ${lang}: "${a.text}" overlaps "${b.text}"`).toBe(false)
          }
      }
  })

  it('draws no leader lines and keeps the wide image from 584 px', () => {
    expect(renderTimeline(dataset, { width: '320' }).svg()).not.toContain('class="ld"')
    expect(renderTimeline(dataset, { width: '584' }).svg()).toContain('class="ld"')
  })
})
