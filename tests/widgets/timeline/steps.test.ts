/**
 * The desktop running total (`view=cumulative`, `stepsLayout`): labels that share a column are
 * stacked in date order, the later one above, as the staircase rises (issue 12: Gubadli's label
 * sat above Zangilan's).
 */
import { describe, expect, it } from 'vitest'
import { flat } from '../../../widgets/shared/markup.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { WIDE_FROM, WIDER_FROM, WIDEST_FROM } from '../../../widgets/timeline/css.ts'
import type { Drawing } from '../../../widgets/timeline/drawing-kit.ts'
import { stepsLayout } from '../../../widgets/timeline/layout-steps.ts'
import { timelineModel } from '../../../widgets/timeline/model.ts'
import { occupation } from './render.ts'

const LANGS = ['en', 'az', 'ru'] as const

/** An entry's label as drawn: its name and the union of its text boxes. */
interface DrawnLabel {
  name: string
  x0: number
  x1: number
  y0: number
  y1: number
}

/**
 * The entries' labels in document order (date order): each group's boxes start at the box of its
 * name (its first `<text>`) and are as many as the group has `<text>`s.
 */
function labelsOf(drawing: Drawing): DrawnLabel[] {
  // Context events hang below the axis after the entries: `cx` groups, left out.
  const groups = flat(drawing.body)
    .split('<g class="ev ')
    .filter((g) => g.startsWith('it'))
  let from = 0
  return groups.map((g) => {
    const name = /<text class="n"[^>]*>([^<]*)<\/text>/.exec(g)![1]!
    const at = drawing.boxes.findIndex((b, i) => i >= from && b.text === name)
    const boxes = drawing.boxes.slice(at, (from = at + g.split('<text').length - 1))
    return {
      name,
      x0: Math.min(...boxes.map((b) => b.x0)),
      x1: Math.max(...boxes.map((b) => b.x1)),
      y0: Math.min(...boxes.map((b) => b.y0)),
      y1: Math.max(...boxes.map((b) => b.y1)),
    }
  })
}

describe('the desktop running total', async () => {
  const dataset = await occupation()
  const view = dataset.views.timeline!

  for (const width of [WIDE_FROM, WIDER_FROM, WIDEST_FROM])
    it(`stacks the labels of a column in date order, the later above, in every language at ${width} px`, () => {
      for (const lang of LANGS) {
        const model = timelineModel(timelineData(dataset, view, lang), lang, [])
        const labels = labelsOf(stepsLayout(model, { width, context: true, prefix: 'w' }))
        // One label per step: Shusha, within Nagorno-Karabakh, adds nothing.
        expect(labels.map((l) => l.name)).toEqual(
          model.items.filter((e) => (e.added ?? 0) > 0).map((e) => e.event.label),
        )
        const wrong: string[] = []
        labels.forEach((a, i) => {
          labels.forEach((b, j) => {
            const column = a.x0 < b.x1 && b.x0 < a.x1
            if (i < j && column && !(b.y1 <= a.y0)) wrong.push(`${a.name} / ${b.name}`)
          })
        })
        expect(wrong, `${lang} at ${width} px`).toEqual([])
        if (lang === 'en') {
          const y = (name: string) => labels.find((l) => l.name === name)!.y0
          expect(y('Zangilan')).toBeLessThan(y('Gubadli'))
        }
      }
    })
})
