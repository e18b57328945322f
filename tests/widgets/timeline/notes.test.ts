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
