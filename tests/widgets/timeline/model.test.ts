import { describe, expect, it } from 'vitest'
import { OptionError, type PartialDate, parseEdtf } from '../../../data/vocabulary/index.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { cumulativeSteps } from '../../../widgets/timeline/cumulative.ts'
import { chronologyRows, describeTimeline } from '../../../widgets/timeline/describe.ts'
import { timelineModel, withinRange } from '../../../widgets/timeline/model.ts'
import { normalizeTimelineOptions } from '../../../widgets/timeline/options.ts'
import { timeSegments } from '../../../widgets/timeline/time-segments.ts'
import { occupation } from './render.ts'

const date = (edtf: string) => parseEdtf(edtf) as PartialDate
const ms = (iso: string) => Date.parse(iso)

describe('cumulativeSteps', () => {
  it('never gives a year-range item an invented day: it counts by the last year of its range', () => {
    const steps = cumulativeSteps([
      { date: date('1988/1992'), value: 4400 },
      { date: date('1992-05-08'), value: 1840 },
    ])
    expect(steps).toEqual([
      { time: ms('1992-01-01'), total: 4400 },
      { time: ms('1992-05-08'), total: 6240 },
    ])
  })

  it('counts an area within one already counted once: Shusha adds nothing to Nagorno-Karabakh', () => {
    const steps = cumulativeSteps([
      { id: 'nk', date: date('1988/1992'), value: 4400 },
      { id: 'shusha', date: date('1992-05-08'), value: 289, within: 'nk' },
      { id: 'lachin', date: date('1992-05-18'), value: 1840 },
    ])
    expect(steps.map((s) => s.total)).toEqual([4400, 4400, 6240])
  })

  it('adds only the rest of a container counted after its part', () => {
    const steps = cumulativeSteps([
      { id: 'shusha', date: date('1992-05-08'), value: 289, within: 'nk' },
      { id: 'nk', date: date('1993'), value: 4400 },
    ])
    expect(steps).toEqual([
      { time: ms('1992-05-08'), total: 289 },
      { time: ms('1993-01-01'), total: 4400 },
    ])
  })

  it('counts exact days at their day and skips items without a value', () => {
    expect(
      cumulativeSteps([
        { date: date('1993-08-23'), value: 1390 },
        { date: date('1993-08-23'), value: 1050 },
        { date: date('1993-09-01') },
      ]),
    ).toEqual([{ time: ms('1993-08-23'), total: 2440 }])
  })
})

describe('timeSegments', () => {
  it('cuts 22 empty years out of the axis, keeping whole years', () => {
    expect(
      timeSegments([
        [ms('1988-01-01'), ms('1993-01-01')],
        [ms('1994-05-12'), ms('1994-05-12')],
        [ms('2016-04-05T08:00Z'), ms('2016-04-05T08:01Z')],
      ]),
    ).toEqual([
      { start: ms('1988-01-01'), end: ms('1995-01-01') },
      { start: ms('2016-01-01'), end: ms('2017-01-01') },
    ])
  })

  it('keeps one segment when gaps are short next to what came before', () => {
    const years = (y: number) => [ms(`${y}-01-01`), ms(`${y + 1}-01-01`)] as const
    expect(timeSegments([years(1906), years(1913), years(1915), years(1919)])).toEqual([
      { start: ms('1906-01-01'), end: ms('1920-01-01') },
    ])
    expect(timeSegments([years(1906), years(1913), years(1930)])).toHaveLength(2)
  })
})

describe('timelineModel', async () => {
  const dataset = await occupation()
  const view = dataset.views.timeline!

  it('reads territories and context events through the view, in the reader’s language', () => {
    const data = timelineData(dataset, view, 'az')
    expect(data.items).toHaveLength(9)
    expect(data.context).toHaveLength(8)
    expect(data.unit).toBe('km²')
    expect(data.items.find((e) => e.id === 'jabrayil')!.label).toBe('Cəbrayıl')
    expect(data.context.find((e) => e.id === 'unsc-853')).toMatchObject({ kind: 'context', category: 'resolution' })
    expect(data.context.every((e) => e.value === undefined)).toBe(true)
  })

  it('adapts a dataset once per view and language, and shares the result frozen', () => {
    const data = timelineData(dataset, view, 'en')
    expect(timelineData(dataset, view, 'en')).toBe(data)
    expect(timelineData(dataset, view, 'az')).not.toBe(data)
    expect(timelineData(dataset, { ...view }, 'en')).not.toBe(data)
    expect(Object.isFrozen(data) && Object.isFrozen(data.items) && Object.isFrozen(data.context)).toBe(true)
  })

  it('words an event once per language and unit, and mutes it per model', () => {
    const data = timelineData(dataset, view, 'en')
    const plain = timelineModel(data, 'en', [])
    const highlighted = timelineModel(data, 'en', ['shusha'])
    const russian = timelineModel(data, 'ru', [])
    const kalbajar = (m: typeof plain) => m.items.find((e) => e.event.id === 'kalbajar')!
    expect(kalbajar(highlighted).date).toBe(kalbajar(plain).date)
    expect([kalbajar(plain).muted, kalbajar(highlighted).muted]).toEqual([false, true])
    expect(kalbajar(russian).date).not.toBe(kalbajar(plain).date)
    expect(timelineModel({ ...data, unit: 'ha' }, 'en', []).items[0]!.value).toMatch(/ha$/)
  })

  it('writes running totals per item in time order, each area once, same-day items in order', () => {
    const model = timelineModel(timelineData(dataset, view, 'en'), 'en', [])
    const running = Object.fromEntries(model.items.map((e) => [e.event.id, e.running]))
    // Nagorno-Karabakh (1988–1992) counts in full by 1992; Shusha lies within it and adds nothing.
    expect(running['nagorno-karabakh']).toBe('4,400\u00a0km² (+4,400)')
    expect(running.shusha).toBe('4,400\u00a0km²')
    expect(running.lachin).toBe('6,240\u00a0km² (+1,840)')
    expect(running.fizuli).toBe('11,834\u00a0km² (+1,390)')
    expect(running.jabrayil).toBe('12,884\u00a0km² (+1,050)')
    expect(running.zangilan).toBe('14,393\u00a0km² (+707)')
    expect(model.items.map((e) => e.total)).toEqual([4400, 4400, 6240, 9294, 10444, 11834, 12884, 13686, 14393])
    expect(model.total).toBe(14393)
    expect(model.items.map((e) => e.span)).toEqual([true, false, false, false, false, false, false, false, false])
    expect(new Date(model.items[0]!.countedAt).toISOString()).toBe('1992-01-01T00:00:00.000Z')
  })

  it('shows the ceasefire of 2016 at the minute and in the offset the source gives', () => {
    const model = timelineModel(timelineData(dataset, view, 'ru'), 'ru', [])
    expect(model.context.find((e) => e.event.id === 'ceasefire-2016')!.date).toBe(
      '5 апреля 2016\u00a0г., 12:00 (UTC+4)',
    )
    expect(model.items[0]!.date).toBe('1988–1992\u00a0гг.')
  })

  it('mutes every item but the highlighted ones, never a context event', () => {
    const model = timelineModel(timelineData(dataset, view, 'en'), 'en', ['shusha'])
    expect(model.items.filter((e) => !e.muted).map((e) => e.event.id)).toEqual(['shusha'])
    expect(model.context.some((e) => e.muted)).toBe(false)
  })

  it('describes the sequence in words, with the total and the skipped years', () => {
    const model = timelineModel(timelineData(dataset, view, 'en'), 'en', [])
    const text = describeTimeline(model, true, false)
    expect(text).toMatch(
      /^Timeline of 9 dated entries, from 1988–1992 to 29 October 1993\. Nagorno-Karabakh \(1988–1992, 4,400\u00a0km²\); then Shusha/,
    )
    expect(text).toContain('Running total: 14,393\u00a0km² by 29 October 1993.')
    expect(text).toContain('Also shown: 8 other events.')
    expect(text).toContain('The axis leaves out 1995–2015.')
    expect(describeTimeline(model, false, false)).not.toContain('leaves out')
  })

  it('describes it in Russian with one period after г. and гг., and in Azerbaijani with the year suffix', () => {
    const ru = describeTimeline(timelineModel(timelineData(dataset, view, 'ru'), 'ru', []), true, false)
    expect(ru).toMatch(/^Хронология: 9 записей, от 1988–1992\sгг\. до 29\sоктября\s1993\sг\. Нагорный Карабах/)
    expect(ru).toMatch(/Нарастающий итог: 14\s393\sкм² к 29\sоктября\s1993\sг\. Также показаны ещё 8 событий\./)
    expect(ru).toMatch(/На оси пропущены 1995–2015\u00a0гг\.$/)
    expect(ru).not.toMatch(/\.\./)
    const az = describeTimeline(timelineModel(timelineData(dataset, view, 'az'), 'az', []), true, false)
    expect(az).toContain('Həmçinin 8 digər hadisə göstərilib.')
    expect(az).toMatch(/Oxda 1995–2015-ci\u00a0illər göstərilməyib\.$/)
  })

  it('lists the chronology with the running total after each entry', () => {
    const rows = chronologyRows(timelineModel(timelineData(dataset, view, 'en'), 'en', []), false)
    expect(rows[0]).toEqual(['1988–1992', 'Nagorno-Karabakh', '4,400', '4,400\u00a0km²'])
    expect(rows[1]).toEqual(['8 May 1992', 'Shusha', '289', '4,400\u00a0km²'])
    expect(rows.at(-1)).toEqual(['29 October 1993', 'Zangilan', '707', '14,393\u00a0km²'])
  })

  it('keeps what overlaps a date range, the running total still counting what came before', () => {
    const data = timelineData(dataset, view, 'en')
    const options = normalizeTimelineOptions({ from: '1993-07', to: '1993-08' }, { languages: ['en'], ids: [] })
    const shown = withinRange(data, options.from, options.to)
    expect(shown.items.map((e) => e.id)).toEqual(['aghdam', 'fizuli', 'jabrayil', 'gubadli'])
    expect(shown.context.map((e) => e.id)).toEqual(['unsc-853'])
    const model = timelineModel(shown, 'en', [], data.items)
    expect(model.items[0]!.running).toBe('10,444\u00a0km² (+1,150)')
  })
})

describe('normalizeTimelineOptions', () => {
  const context = { languages: ['en', 'ru'] as const, ids: ['shusha'] }
  it('fills defaults on top of the shared options', () => {
    expect(normalizeTimelineOptions({}, { ...context, languages: ['en', 'ru'] })).toEqual({
      lang: 'en',
      theme: 'auto',
      highlight: [],
      header: 'show',
      context: 'show',
      view: 'events',
      events: 'context',
    })
  })

  it('rejects bad values with an OptionError naming the parameter', () => {
    const bad = (params: Record<string, string>) => {
      try {
        normalizeTimelineOptions(params, { ...context, languages: ['en', 'ru'] })
      } catch (error) {
        return error instanceof OptionError ? error.option : 'not an OptionError'
      }
      return 'accepted'
    }
    expect(bad({ view: 'bars' })).toBe('view')
    expect(bad({ events: 'some' })).toBe('events')
    expect(bad({ from: '1993/1994' })).toBe('from')
    expect(bad({ to: '93' })).toBe('to')
    expect(bad({ from: '1994', to: '1993' })).toBe('to')
    expect(bad({ lang: 'az' })).toBe('lang')
    expect(bad({ highlight: 'lachin' })).toBe('highlight')
    expect(bad({ from: '1993', to: '1993' })).toBe('accepted')
  })
})

describe('timelineModel with money', () => {
  it('writes values and running totals in the currency, as each language places it', () => {
    const items = [
      { id: 'a', label: 'A', date: date('2020'), kind: 'item' as const, value: 1_450_000_000 },
      { id: 'b', label: 'B', date: date('2021'), kind: 'item' as const, value: 120_000 },
    ]
    const en = timelineModel({ items, context: [], currency: 'EUR' }, 'en', [])
    expect(en.unit).toBe('€')
    expect(en.items.map((i) => i.running)).toEqual(['€1,450,000,000 (+1,450,000,000)', '€1,450,120,000 (+120,000)'])
    expect(en.values.tick(1_000_000_000, 1_450_120_000)).toBe('€1bn')
    const ru = timelineModel({ items, context: [], currency: 'EUR' }, 'ru', [])
    expect(ru.format(120_000)).toBe('120\u00a0000\u00a0€')
  })
})
