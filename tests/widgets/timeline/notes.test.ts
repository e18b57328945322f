import { describe, expect, it } from 'vitest'
import { occupation, renderTimeline } from './render.ts'

const dataset = await occupation()
const LANGS = ['en', 'az', 'ru'] as const
/** The view's note items in `lang`, in the descriptor's order: Nagorno-Karabakh's dating, the events' sources, Shusha. */
const items = (lang: (typeof LANGS)[number]) => dataset.views.timeline!.notes!.map((n) => n.text[lang]!)
/** The notes paragraph under the chart, as the page writes it (text only). */
const notesOf = (params: Record<string, string>) =>
  /<p class="fb-notes"[^>]*>([^<]*)<\/p>/.exec(renderTimeline(dataset, params).page())?.[1]

describe('timeline notes follow the rows shown', () => {
  it('shows every note by default, as the one paragraph the descriptor used to give', () => {
    expect(notesOf({ lang: 'en' })).toBe(
      'Nagorno-Karabakh is dated by the source only as 1988–1992. Other events are from the article and the cited documents. Shusha lies within Nagorno-Karabakh; the fact box lists it separately for its date.',
    )
    for (const lang of LANGS) expect(notesOf({ lang })).toBe(items(lang).join(' '))
  })

  it('leaves out the Nagorno-Karabakh and Shusha notes when from=1993&to=1994 hides both', () => {
    expect(notesOf({ lang: 'en', from: '1993', to: '1994' })).toBe(
      'Other events are from the article and the cited documents.',
    )
    for (const lang of LANGS) {
      const [karabakh, events, shusha] = items(lang)
      const notes = notesOf({ lang, from: '1993', to: '1994' })
      expect(notes).toBe(events)
      expect(notes).not.toContain(karabakh)
      expect(notes).not.toContain(shusha)
    }
  })

  it('leaves out the note on the other events when events=none hides them', () => {
    expect(notesOf({ lang: 'en', events: 'none' })).toBe(
      'Nagorno-Karabakh is dated by the source only as 1988–1992. Shusha lies within Nagorno-Karabakh; the fact box lists it separately for its date.',
    )
    for (const lang of LANGS) {
      const [karabakh, , shusha] = items(lang)
      expect(notesOf({ lang, events: 'none' })).toBe(`${karabakh} ${shusha}`)
    }
  })

  it('writes the same notes into the standalone SVG', () => {
    const svg = renderTimeline(dataset, { lang: 'en', from: '1993', to: '1994' }).svg()
    expect(svg).toContain('Other events')
    expect(svg).not.toContain('dated by the source')
    expect(svg).not.toContain('lies within')
  })

  it('keeps heightAt to the notes shown: the page is as much shorter as the paragraph', () => {
    // The same dataset with every note shown whatever the range (no `about`): the heights before.
    const view = dataset.views.timeline!
    const whole = {
      ...dataset,
      views: { ...dataset.views, timeline: { ...view, notes: view.notes!.map(({ text }) => ({ text })) } },
    }
    for (const lang of LANGS)
      for (const width of [320, 1000]) {
        const params = { lang, from: '1993', to: '1994' }
        const shown = renderTimeline(dataset, params).heightAt!(width)
        expect(shown).toBeLessThan(renderTimeline(whole, params).heightAt!(width))
        expect(renderTimeline(whole, {}).heightAt!(width)).toBe(renderTimeline(dataset, {}).heightAt!(width))
      }
  })

  it('cites only the sources of the rows shown, with or without a range, when events=none', () => {
    const page = renderTimeline(dataset, { lang: 'en', events: 'none' }).page()
    const rangePage = renderTimeline(dataset, { lang: 'en', events: 'none', from: '1993', to: '1994' }).page()
    for (const html of [page, rangePage]) {
      expect(html).toContain('fact box (2016)')
      expect(html).not.toContain('Resolution 822')
      expect(html).not.toContain('Bishkek')
    }
  })
})

describe('the running total’s note in the standalone image', () => {
  /** The page's `.tl-note` and the image's note (its lines joined), with the image's geometry. */
  const notes = (params: Record<string, string>) => {
    const rendered = renderTimeline(dataset, params)
    const page = /<p class="tl-note">([^<]*)<\/p>/.exec(rendered.page())?.[1]
    const image = rendered.svg()
    const note = /<text class="mu tl-note"[^>]*>(.*?)<\/text>/.exec(image)?.[1]
    const lines = [...(note ?? '').matchAll(/<tspan x="0" y="([\d.]+)">([^<]*)<\/tspan>/g)]
    const chart = /<svg class="tl" width="(\d+)" height="(\d+)"/.exec(image)!
    const drawing = [...image.matchAll(/<svg y="([\d.]+)" width="\d+" height="([\d.]+)" overflow="visible">/g)][0]!
    return {
      page,
      image: lines.map((l) => l[2]).join(' ') || undefined,
      ys: lines.map((l) => Number(l[1])),
      chartHeight: Number(chart[2]),
      drawingBottom: Number(drawing[1]) + Number(drawing[2]),
    }
  }

  it('writes the page’s note under the drawing, inside the chart, in every language', () => {
    for (const lang of LANGS) {
      const n = notes({ lang, view: 'cumulative' })
      expect(n.page, lang).toBeTruthy()
      expect(n.image, lang).toBe(n.page)
      expect(n.ys.length, lang).toBeGreaterThan(0)
      expect(Math.min(...n.ys), lang).toBeGreaterThan(n.drawingBottom)
      // The last baseline, with the descenders below it, stays within the chart's height.
      expect(Math.max(...n.ys) + 4, lang).toBeLessThanOrEqual(n.chartHeight)
    }
    expect(notes({ lang: 'en', view: 'cumulative' }).image).toBe(
      'The source dates Nagorno-Karabakh only as 1988–1992: the line counts all of its area by 1992, so the total within 1988–1992 is uncertain.',
    )
  })

  it('wraps it at narrow image widths too, and writes none where the page has none', () => {
    const narrow = notes({ lang: 'ru', view: 'cumulative', width: '320' })
    expect(narrow.image).toBe(narrow.page)
    expect(narrow.ys.length).toBeGreaterThan(2)
    expect(notes({ lang: 'en' }).image).toBeUndefined()
    expect(notes({ lang: 'en', view: 'cumulative', from: '1993', to: '1994' }).image).toBeUndefined()
  })
})
