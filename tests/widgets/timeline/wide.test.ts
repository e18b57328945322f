/**
 * The horizontal (desktop) drawings on the Occupation in Figures, at each design width: labels
 * read in date order, the April 2016 clashes keep a visible range mark, a short date range gets
 * month ticks, and the frame cites only the sources of the rows shown.
 */
import { describe, expect, it } from 'vitest'
import { flat } from '../../../widgets/shared/markup.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { WIDE_FROM, WIDER_FROM, WIDEST_FROM } from '../../../widgets/timeline/css.ts'
import { type Drawing, RANGE_MIN } from '../../../widgets/timeline/drawing-kit.ts'
import type { TextBox } from '../../../widgets/timeline/geometry.ts'
import { flagsLayout } from '../../../widgets/timeline/layout-flags.ts'
import { timelineModel, withinRange } from '../../../widgets/timeline/model.ts'
import type { TimelineData } from '../../../widgets/timeline/types.ts'
import { occupation, renderTimeline } from './render.ts'

const LANGS = ['en', 'az', 'ru'] as const

/** An entry's label as drawn: its title, kind, and the union of its text boxes. */
interface DrawnLabel {
  title: string
  kind: 'it' | 'cx'
  x0: number
  x1: number
  y0: number
}

/**
 * The labels of a drawing in document order (date order). Its boxes are recorded as the text is
 * written, the axis's first, then each entry's: as many boxes as the entry's group has `<text>`s.
 */
function labelsOf(drawing: Drawing): DrawnLabel[] {
  const [axis, ...groups] = flat(drawing.body).split('<g class="ev ')
  const count = (s: string) => s.split('<text').length - 1
  let at = count(axis!)
  return groups.map((g) => {
    const boxes: TextBox[] = drawing.boxes.slice(at, (at += count(g)))
    return {
      title: /<title>([^<]*)<\/title>/.exec(g)![1]!,
      kind: g.startsWith('it') ? 'it' : 'cx',
      x0: Math.min(...boxes.map((b) => b.x0)),
      x1: Math.max(...boxes.map((b) => b.x1)),
      y0: Math.min(...boxes.map((b) => b.y0)),
    }
  })
}

const drawing = (data: TimelineData, lang: (typeof LANGS)[number], width: number) =>
  flagsLayout(timelineModel(data, lang, []), { width, context: true, prefix: 'w' })

describe('the desktop timeline', async () => {
  const dataset = await occupation()
  const view = dataset.views.timeline!

  for (const width of [WIDE_FROM, WIDER_FROM, WIDEST_FROM])
    it(`stacks labels in date order, read top to bottom, in every language at ${width} px`, () => {
      for (const lang of LANGS) {
        const labels = labelsOf(drawing(timelineData(dataset, view, lang), lang, width))
        // 17 entries; Fizuli and Jabrayil (23 August 1993) share one label block.
        expect(labels.length).toBe(16)
        const wrong: string[] = []
        labels.forEach((a, i) => {
          labels.forEach((b, j) => {
            const column = a.x0 < b.x1 && b.x0 < a.x1
            if (i < j && a.kind === b.kind && column && !(a.y0 < b.y0)) wrong.push(`${a.title} / ${b.title}`)
          })
        })
        expect(wrong, `${lang} at ${width} px`).toEqual([])
        // The pairs issue 12 found reversed.
        const y = (name: string) => labels.find((l) => l.title.startsWith(name))!.y0
        if (lang === 'en') {
          expect(labels.find((l) => l.title.startsWith('Fizuli'))!.title).toContain('; Jabrayil, 23 August 1993')
          expect(y('Fizuli')).toBeLessThan(y('Gubadli'))
          expect(y('April 2016 clashes')).toBeLessThan(y('Halt to military operations'))
        }
      }
    })

  it('draws the April 2016 clashes (2–5 April) as a range mark, not a sliver', () => {
    for (const width of [WIDE_FROM, WIDER_FROM, WIDEST_FROM]) {
      const body = flat(drawing(timelineData(dataset, view, 'en'), 'en', width).body)
      const group = body.split('<g class="ev ').find((g) => g.includes('<title>April 2016 clashes'))!
      const width_ = /<rect class="sp"[^>]* width="([^"]+)"/.exec(group)![1]
      expect(width_, `at ${width} px`).toBe(String(RANGE_MIN))
      expect(RANGE_MIN).toBeGreaterThanOrEqual(6)
      // A range that is wide enough keeps its true extent, as a share of the width.
      const karabakh = body.split('<g class="ev ').find((g) => g.includes('<title>Nagorno-Karabakh'))!
      expect(/<rect class="sp"[^>]* width="([^"]+)"/.exec(karabakh)![1]).toMatch(/%$/)
    }
  })

  it('gives a span of two years or less month ticks, and a longer one years', () => {
    const texts = (from: string, to: string, lang: (typeof LANGS)[number]) => {
      const data = withinRange(timelineData(dataset, view, lang), { start: from }, { end: to })
      return drawing(data, lang, WIDE_FROM).boxes.map((b) => b.text)
    }
    const year1993 = texts('1993-01-01', '1994-01-01', 'en')
    expect(year1993).toEqual(expect.arrayContaining(['1993', 'Mar', 'May', 'Jul', 'Sep', 'Nov']))
    expect(texts('1993-01-01', '1994-01-01', 'ru')).toEqual(expect.arrayContaining(['1993', 'март', 'май']))
    const twoYears = texts('1993-01-01', '1995-01-01', 'en')
    expect(twoYears).toEqual(expect.arrayContaining(['1993', '1994']))
    expect(twoYears.some((t) => ['Apr', 'Jul', 'Oct'].includes(t))).toBe(true)
    const whole = drawing(timelineData(dataset, view, 'en'), 'en', WIDE_FROM).boxes.map((b) => b.text)
    expect(whole).not.toContain('Jul')
    expect(whole).toEqual(expect.arrayContaining(['1988', '1992', '2016']))
  })

  it('cites only the sources of the rows a date range shows', () => {
    const cut = renderTimeline(dataset, { from: '1993', to: '1993' }).page()
    expect(cut).toContain('UN Security Council Resolution 822 (1993)')
    expect(cut).toContain('“The Occupation in Figures” fact box (2016)')
    // The ceasefire of May 1994 and the 1988 and 2016 events (the article) are not shown.
    expect(cut).not.toContain('Bishkek Protocol')
    expect(cut).not.toContain('Article “Russia has leverages')
    const whole = renderTimeline(dataset).page()
    expect(whole).toContain('Bishkek Protocol')
    expect(whole).toContain('Article “Russia has leverages')
    const noContext = renderTimeline(dataset, { from: '1993', to: '1993', events: 'none' }).page()
    expect(noContext).not.toContain('UN Security Council Resolution 822 (1993)')
  })
})
