import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../data/types.ts'
import { bar } from '../../../widgets/bar-chart/index.ts'
import type { CommonOptions, WidgetDefinition } from '../../../widgets/registry.ts'
import { timeline } from '../../../widgets/timeline/index.ts'
import { occupation } from '../timeline/render.ts'

/**
 * Every word a reader of the az or ru chart sees or hears is in their language: no English
 * leaks from the data package or the widget code. Only these may stay in Latin-script English.
 */
const QUOTED_TITLES = [
  // The fact box and the article: cited by their original titles, in quotes.
  'The Occupation in Figures',
  'Russia has leverages to persuade Armenia to withdraw from Azerbaijani lands – expert',
]
/** Proper names, symbols and abbreviations that are the same in every language. */
const PROPER_NAMES = new Set(['UTC', 'km'])

/** Visible and spoken text: text nodes and the attributes a reader hears or sees (labels, readouts). */
function readerText(markup: string): string[] {
  const body = markup.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
  const attributes = [...body.matchAll(/\s(?:aria-label|aria-description|title|alt|data-readout)="([^"]*)"/g)].map(
    (m) => m[1]!,
  )
  // One text for the document: the SVG sets a long source line as several <text> lines.
  const text = body.replace(/<[^>]*>/g, ' ')
  return [...attributes, text].map((t) => decode(t).replace(/\s+/g, ' ').trim()).filter(Boolean)
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Latin-script words of `text` once the quoted titles are taken out (in any quotes), with a little context. */
function latinWords(text: string): string[] {
  let rest = text
  for (const title of QUOTED_TITLES)
    for (const [open, close] of [
      ['«', '»'],
      ['“', '”'],
    ])
      rest = rest.split(`${open}${title}${close}`).join(' ')
  // A quoted title the card cut short at its one source line: «Russia has le…
  rest = rest.replace(/[«“]([^»”…]+)…/g, (cut, start: string) =>
    QUOTED_TITLES.some((title) => title.startsWith(start)) ? ' ' : cut,
  )
  return rest.match(/[A-Za-z\u00c0-\u024f\u0259\u018f]+/g) ?? []
}

/** A word with the text around it, for the failure message. */
const where = (word: string, text: string) => {
  const at = text.search(new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`))
  return `${word} (in "…${text.slice(Math.max(0, at - 30), at + word.length + 30)}…")`
}

/** Every word of the English rendering: what a leak into another language would look like. */
function englishWords(outputs: readonly string[]): Set<string> {
  return new Set(outputs.flatMap(readerText).flatMap(latinWords))
}

type Case = [widget: WidgetDefinition<CommonOptions>, params: Record<string, string>]
const CASES: Case[] = [
  [bar as WidgetDefinition<CommonOptions>, {}],
  [bar as WidgetDefinition<CommonOptions>, { sort: 'date', highlight: 'shusha' }],
  [timeline as WidgetDefinition<CommonOptions>, {}],
  [timeline as WidgetDefinition<CommonOptions>, { view: 'cumulative' }],
]

function outputs(dataset: Dataset, [widget, params]: Case, lang: string): string[] {
  const view = dataset.views[widget.name]!
  const render = (extra: Record<string, string>) =>
    widget.render(dataset, view, widget.options({ ...params, ...extra, lang }, dataset, view), {
      dataUrl: `https://factbox.example/${view.resource}.csv`,
    })
  const rendered = render({})
  // The page, the image, the social card and the image drawn for a phone column.
  return [rendered.page(), rendered.svg!(), rendered.card?.() ?? '', render({ width: '320' }).svg!()]
}

describe('the az and ru charts speak only their language', async () => {
  const dataset = await occupation()

  for (const c of CASES) {
    const name = `${c[0].name} ${new URLSearchParams(c[1])}`
    const english = englishWords(outputs(dataset, c, 'en'))

    it(`ru ${name}: no Latin-script word but the quoted titles and proper names`, () => {
      const leaks = outputs(dataset, c, 'ru')
        .flatMap(readerText)
        .flatMap((t) =>
          latinWords(t)
            .filter((w) => !PROPER_NAMES.has(w))
            .map((w) => where(w, t)),
        )
      expect([...new Set(leaks)]).toEqual([])
    })

    it(`az ${name}: no word of the English chart but the quoted titles and proper names`, () => {
      const leaks = outputs(dataset, c, 'az')
        .flatMap(readerText)
        .flatMap((t) =>
          latinWords(t)
            .filter((w) => english.has(w) && !PROPER_NAMES.has(w))
            .map((w) => where(w, t)),
        )
      expect([...new Set(leaks)]).toEqual([])
    })
  }

  it('finds a leak: an English source line in an az page fails', () => {
    const english = englishWords(outputs(dataset, CASES[0]!, 'en'))
    const leaked = latinWords('Mənbə: “The Occupation in Figures” fact box (2016)').filter((w) => english.has(w))
    expect(leaked).toEqual(['fact', 'box'])
  })
})
