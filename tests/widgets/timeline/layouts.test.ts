import { describe, expect, it } from 'vitest'
import { type Lang, type PartialDate, parseEdtf } from '../../../data/vocabulary/index.ts'
import { flat } from '../../../widgets/shared/markup.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import type { TextBox } from '../../../widgets/timeline/geometry.ts'
import { flagsLayout } from '../../../widgets/timeline/layout-flags.ts'
import { listImageLayout } from '../../../widgets/timeline/layout-list-svg.ts'
import { stepsLayout } from '../../../widgets/timeline/layout-steps.ts'
import { timelineModel } from '../../../widgets/timeline/model.ts'
import type { TimelineData, TimelineEvent } from '../../../widgets/timeline/types.ts'
import { occupation } from './render.ts'

const date = (edtf: string) => parseEdtf(edtf) as PartialDate
const item = (id: string, when: string, value = 100): TimelineEvent => ({
  id,
  label: id[0]!.toUpperCase() + id.slice(1),
  date: date(when),
  kind: 'item',
  value,
})
const context = (id: string, when: string): TimelineEvent => ({
  id,
  label: `Event ${id}`,
  date: date(when),
  kind: 'context',
})

/** Every layout at its design width, for one data set. */
function drawings(data: TimelineData, lang: Lang = 'en') {
  const model = timelineModel(data, lang, [])
  return {
    list: listImageLayout(model, { width: 256, context: true, cumulative: false, prefix: 'i' }),
    listCumulative: listImageLayout(model, { width: 256, context: true, cumulative: true, prefix: 'i' }),
    flags: flagsLayout(model, { width: 552, context: true, prefix: 'w' }),
    steps: stepsLayout(model, { width: 552, context: true, prefix: 'w' }),
  }
}

/** No two text boxes overlap, and none leaves the drawing. */
function expectReadable(boxes: TextBox[], width: number, height: number, where: string) {
  for (const b of boxes) {
    expect(b.x0, `${where}: "${b.text}" leaves on the left`).toBeGreaterThanOrEqual(0)
    expect(b.x1, `${where}: "${b.text}" leaves on the right`).toBeLessThanOrEqual(width)
    expect(b.y0, `${where}: "${b.text}" leaves at the top`).toBeGreaterThanOrEqual(0)
    expect(b.y1, `${where}: "${b.text}" leaves at the bottom`).toBeLessThanOrEqual(height)
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
      expect(overlap, `${where}: "${a.text}" overlaps "${b.text}"`).toBe(false)
    }
}

const CASES: Record<string, TimelineData> = {
  'a single event': { items: [item('shusha', '1992-05-08', 289)], context: [], unit: 'km²' },
  'a range only': { items: [item('karabakh', '1988/1992', 4400)], context: [], unit: 'km²' },
  'coincident dates': {
    items: [
      item('fizuli', '1993-08-23', 1390),
      item('jabrayil', '1993-08-23', 1050),
      item('gubadli', '1993-08-31', 802),
    ],
    context: [context('a', '1993-08-23')],
    unit: 'km²',
  },
  'many events in one month': {
    items: Array.from({ length: 12 }, (_, i) =>
      item(`district${i + 1}`, `1993-07-${String(2 * i + 3).padStart(2, '0')}`, 100 * (i + 1)),
    ),
    context: Array.from({ length: 4 }, (_, i) =>
      context(String(i + 1), `1993-07-${String(7 * i + 1).padStart(2, '0')}`),
    ),
  },
  'years only, two in one year': {
    items: [item('finland', '1906'), item('denmark', '1915'), item('iceland', '1915'), item('sweden', '1919')],
    context: [context('war', '1914/1918')],
  },
}

describe('timeline layouts at their design widths', () => {
  for (const [name, data] of Object.entries(CASES))
    it(`never overlap or overflow with ${name}`, () => {
      for (const [layout, d] of Object.entries(drawings(data))) {
        expectReadable(d.boxes, d.width, d.height, `${name}, ${layout}`)
        const labels = d.boxes.map((b) => b.text)
        for (const e of data.items) expect(labels, `${name}, ${layout}`).toContain(e.label)
      }
    })

  it('never overlap or overflow with the Occupation in Figures, in every language', async () => {
    const dataset = await occupation()
    for (const lang of ['en', 'az', 'ru'] as const) {
      const data = timelineData(dataset, dataset.views.timeline!, lang)
      for (const [layout, d] of Object.entries(drawings(data, lang)))
        expectReadable(d.boxes, d.width, d.height, `${lang}, ${layout}`)
    }
  })

  it('groups entries of one date under one mark and one label block, dropping none', () => {
    const { flags } = drawings(CASES['coincident dates']!)
    const fizuli = flags.boxes.find((b) => b.text === 'Fizuli')!
    const jabrayil = flags.boxes.find((b) => b.text === 'Jabrayil')!
    // One block: Jabrayil's name under Fizuli's bar, in line with it, the date once below both.
    expect(jabrayil.x0 === fizuli.x0 || jabrayil.x1 === fizuli.x1).toBe(true)
    expect(jabrayil.y0 - fizuli.y0).toBe(30)
    expect(flags.boxes.filter((b) => b.text === '23 August 1993')).toHaveLength(2)
    expect(flags.boxes.filter((b) => b.text === '1,390\u00a0km²' || b.text === '1,050\u00a0km²')).toHaveLength(2)
    const body = flat(flags.body)
    const items = body.split('<g class="ev it"').slice(1)
    expect(items).toHaveLength(2)
    expect(items[0]).toContain(
      '<title>Fizuli, 23 August 1993, 1,390\u00a0km²; Jabrayil, 23 August 1993, 1,050\u00a0km²</title>',
    )
    expect(items[0]!.match(/<circle class="dot"/g)).toHaveLength(1)
    const { list } = drawings(CASES['coincident dates']!)
    const [f, j] = ['Fizuli', 'Jabrayil'].map((t) => list.boxes.find((b) => b.text === t)!)
    expect(j!.y0).toBeGreaterThan(f!.y1)
  })

  it('breaks the axis before a date decades after the rest, and not otherwise', () => {
    const data: TimelineData = {
      items: [item('a', '1992-05-08'), item('b', '1993-10-29')],
      context: [context('c', '2016-04-05')],
    }
    const broken = drawings(data).flags.boxes.map((b) => b.text)
    expect(broken).toEqual(expect.arrayContaining(['1992', '1993', '2016']))
    expect(broken).not.toContain('2005')
    const whole = drawings({ ...data, context: [] }).flags.boxes.map((b) => b.text)
    expect(whole).not.toContain('2016')
  })

  it('is deterministic: the same data gives the same drawing', () => {
    const a = drawings(CASES['many events in one month']!)
    const b = drawings(CASES['many events in one month']!)
    expect(a.flags.boxes).toEqual(b.flags.boxes)
    expect(String(a.steps.body)).toBe(String(b.steps.body))
  })
})
