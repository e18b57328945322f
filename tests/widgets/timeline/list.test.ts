import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { countedNote, describeTimeline } from '../../../widgets/timeline/describe.ts'
import { listLayout } from '../../../widgets/timeline/layout-list.ts'
import { stepsLayout } from '../../../widgets/timeline/layout-steps.ts'
import { timelineModel } from '../../../widgets/timeline/model.ts'
import { occupation, renderTimeline } from './render.ts'

/** The phone list of a rendered page: from its `<ol>` to the end of its wrapper. */
const listOf = (page: string): string => {
  const start = page.indexOf('<ol class="tl-l">')
  return page.slice(start, page.indexOf('</ol></div>', start) + 5)
}

/** Each entry of the list: its classes, name, `datetime`s, words of its date line and running total. */
function entries(list: string) {
  return [
    ...list.matchAll(/<li class="([^"]*)"><span class="tl-nm">([^<]*)<\/span><span>(.*?)<\/span>(.*?)<\/li>/g),
  ].map(([, classes, name, when, rest]) => ({
    classes: classes!.split(' '),
    name: name!,
    datetimes: [...when!.matchAll(/<time datetime="([^"]*)">/g)].map((m) => m[1]),
    date: when!.replace(/<[^>]*>/g, ''),
    total: /<span class="tl-t">.*<\/span>([^<]*)<\/span>$/.exec(rest!)?.[1],
  }))
}

describe('the phone list', async () => {
  const dataset = await occupation()
  const page = (params: Record<string, string> = {}) => renderTimeline(dataset, params).page()

  it('lists the entries under year headings, with a marked gap where the years are left out', () => {
    const list = listOf(page())
    const sections = [...list.matchAll(/<h2>(\d+)<\/h2>|<li class="tl-gap">([^<]*)<\/li>/g)].map((m) => m[1] ?? m[2])
    expect(sections).toEqual(['1988', '1992', '1993', '1994', '1995–2015 not shown', '2016'])
    expect([...listOf(page({ events: 'none' })).matchAll(/<h2>(\d+)<\/h2>/g)].map((m) => m[1])).toEqual([
      '1988',
      '1992',
      '1993',
    ])
    expect(page({ events: 'none' })).not.toContain('<li class="tl-gap">')
  })

  it('reads in time order, each entry with <time datetime> at the source’s precision, a range as two', () => {
    const list = entries(listOf(page()))
    expect(list.map((e) => e.name)).toEqual([
      'Start of the conflict',
      'Nagorno-Karabakh',
      'Shusha',
      'Lachin',
      'Kalbajar',
      'UN Security Council Resolution 822',
      'Aghdam',
      'UN Security Council Resolution 853',
      'Fizuli',
      'Jabrayil',
      'Gubadli',
      'UN Security Council Resolution 874',
      'Zangilan',
      'UN Security Council Resolution 884',
      'Ceasefire in force',
      'April 2016 clashes',
      'Halt to military operations',
    ])
    const byName = Object.fromEntries(list.map((e) => [e.name, e]))
    // 1988–1992 stays a range of years: never a day the source does not give.
    expect(byName['Nagorno-Karabakh']).toMatchObject({
      datetimes: ['1988', '1992'],
      date: '1988–1992\u00a0· 4,400\u00a0km²',
    })
    expect(byName['Start of the conflict']!.datetimes).toEqual(['1988'])
    expect(byName.Shusha).toMatchObject({ datetimes: ['1992-05-08'], date: '8 May 1992\u00a0· 289\u00a0km²' })
    expect(byName['April 2016 clashes']).toMatchObject({
      datetimes: ['2016-04-02', '2016-04-05'],
      date: '2–5 April 2016',
    })
    expect(byName['Halt to military operations']!.datetimes).toEqual(['2016-04-05T12:00+04:00'])
  })

  it('gives every item the running total after it, each area once, and no context event a total', () => {
    const list = entries(listOf(page()))
    const items = list.filter((e) => e.classes.includes('it'))
    expect(items.map((e) => e.total)).toEqual(
      ['4,400', '4,400', '6,240', '9,294', '10,444', '11,834', '12,884', '13,686', '14,393'].map(
        (n) => `${n}\u00a0km²`,
      ),
    )
    expect(list.filter((e) => e.classes.includes('cx')).every((e) => e.total === undefined)).toBe(true)
    // A screen reader hears the words, not the arrow.
    expect(listOf(page())).toContain(
      '<span class="tl-t"><span aria-hidden="true">→\u00a0</span><span class="fb-sr">Running total: </span>6,240\u00a0km²</span>',
    )
    const ru = entries(listOf(page({ lang: 'ru' }))).filter((e) => e.classes.includes('it'))
    expect(ru.at(-1)!.total).toBe('14\u00a0393\u00a0км²')
  })

  it('sets same-day entries together under one mark, context events apart, and marks a range-dated item', () => {
    const byName = Object.fromEntries(entries(listOf(page())).map((e) => [e.name, e.classes]))
    // Jabrayil (23 August 1993, as Fizuli) sits under Fizuli's mark: `sd` has none of its own.
    expect(byName.Fizuli).toEqual(['it'])
    expect(byName.Jabrayil).toEqual(['it', 'sd'])
    expect(page()).toContain('.tl-l ol>.sd:before{content:none}')
    expect(byName['Nagorno-Karabakh']).toEqual(['it', 'sp'])
    // A context event is a ring whatever its precision: it is secondary, not a span of the data.
    expect(byName['April 2016 clashes']).toEqual(['cx', 'clashes'])
    expect(byName['UN Security Council Resolution 822']).toEqual(['cx', 'resolution'])
  })

  it('shows one arrangement at a time: the list below the wide breakpoint, a drawing from it', () => {
    const html = page()
    expect(html).toContain(
      '.tl .tl-w,.tl .tl-x,.tl .tl-y{display:none}@container fb (min-width:552px){.tl .tl-n{display:none}.tl .tl-w{display:block}}' +
        '@container fb (min-width:880px){.tl .tl-w{display:none}.tl .tl-x{display:block}}' +
        '@container fb (min-width:1080px){.tl .tl-x{display:none}.tl .tl-y{display:block}}',
    )
    expect(html.match(/class="tl-n"/g)).toHaveLength(1)
    expect(html.match(/class="tl-w"/g)).toHaveLength(1)
    expect(html.match(/class="tl-x"/g)).toHaveLength(1)
    expect(html.match(/class="tl-y"/g)).toHaveLength(1)
  })

  it('grows by whole lines as the frame narrows, and only then', () => {
    // Russian titles of the UN resolutions wrap at 256 px and fit at 527.
    const model = timelineModel(timelineData(dataset, dataset.views.timeline!, 'ru'), 'ru', [])
    const list = listLayout(model, { context: true, cumulative: false })
    const heights = [256, 296, 336, 456, 527].map(list.height)
    for (const [i, h] of heights.entries()) {
      expect(h % 2, `${h}`).toBe(0)
      if (i) expect(h).toBeLessThanOrEqual(heights[i - 1]!)
    }
    expect(heights[0]! - heights.at(-1)!).toBeGreaterThan(0)
  })
})

describe('the running total (view=cumulative)', async () => {
  const dataset = await occupation()
  const view = dataset.views.timeline!
  const model = (lang: Lang) => timelineModel(timelineData(dataset, view, lang), lang, [])

  it('labels only the steps, the last with its date, and draws one line without a band', () => {
    const steps = stepsLayout(model('en'), { width: 552, context: true, prefix: 'w' })
    const texts = steps.boxes.map((b) => b.text)
    // Shusha lies within Nagorno-Karabakh: the line does not move, so it has no label.
    expect(texts).not.toContain('Shusha')
    for (const name of [
      'Nagorno-Karabakh',
      'Lachin',
      'Kalbajar',
      'Aghdam',
      'Fizuli',
      'Jabrayil',
      'Gubadli',
      'Zangilan',
    ])
      expect(texts).toContain(name)
    expect(texts).toContain('4,400\u00a0km² (+4,400)')
    expect(texts).toContain('1988–1992')
    expect(texts).toContain('29 October 1993')
    expect(texts).toContain('14,393\u00a0km² (+707)')
    expect(texts.filter((t) => /\d–\d[\d,]* ?km²/.test(t))).toEqual([])
    const body = steps.body.text
    expect(body.match(/class="step"/g)).toHaveLength(1)
    expect(body).not.toMatch(/class="(band|up)"/)
  })

  it('says what the view shows and how a range-dated item is counted, in one note', () => {
    const html = renderTimeline(dataset, { view: 'cumulative' }).page()
    expect(html).toContain(
      '<p class="fb-sub">Running total of the occupied area, in square kilometres, by date of occupation</p>',
    )
    expect(html).toContain(
      '<p class="tl-note">The source dates Nagorno-Karabakh only as 1988–1992: the line counts all of its area by 1992, so the total within 1988–1992 is uncertain.</p>',
    )
    expect(html).not.toContain('total depends on')
    expect(html).not.toContain('4,689')
    expect(html).toContain('<p class="tl-end">Running total: 14,393\u00a0km² by 29 October 1993.</p>')
    expect(renderTimeline(dataset, {}).page()).not.toContain('<p class="tl-note">')
    // Screen readers hear each entry's total in words, not an arrow.
    const description = describeTimeline(model('en'), true, true)
    expect(description).toContain('Shusha (8 May 1992, 289\u00a0km², running total 4,400\u00a0km²)')
    expect(description).not.toContain('→')
  })

  it('words the note in Azerbaijani and Russian with the year’s own grammar', () => {
    expect(countedNote(model('az'))).toBe(
      'Dağlıq Qarabağ: mənbədə yalnız 1988–1992-ci illər göstərilib. Xətt bütün sahəni 1992-ci ilədək hesablayır, ona görə də 1988–1992-ci illər üzrə ümumi sahə dəqiq məlum deyil.',
    )
    const ru = countedNote(model('ru'))
    expect(ru).toBe(
      'Нагорный Карабах: источник указывает лишь период 1988–1992\u00a0гг.; линия учитывает всю площадь к 1992\u00a0г., поэтому итог за 1988–1992\u00a0гг. точно не известен.',
    )
    expect(ru).not.toMatch(/\.\./)
  })
})
