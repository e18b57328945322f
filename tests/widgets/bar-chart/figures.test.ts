/**
 * The figures a reader sees, pinned on every surface of the bar chart (page, its readouts, its data
 * table, its description, the standalone SVG, which the PNG Worker rasterizes as is) in every
 * language. Shusha (289 km²) lies within Nagorno-Karabakh (4,400 km²): the total counts it once,
 * 4,400 + the seven surrounding districts' 9,993 = 14,393 km², never the 14,682 km² of all nine rows.
 */
import { describe, expect, it } from 'vitest'

/** The bundled dataset's languages. */
type Lang = 'en' | 'az' | 'ru'

import { bar } from '../../../widgets/bar-chart/index.ts'
import { occupation } from './load-dataset.ts'

async function render(params: Record<string, string>) {
  const dataset = await occupation()
  const view = dataset.views.bar!
  const rendered = bar.render(dataset, view, bar.options(params, dataset, view), {
    dataUrl: 'https://factbox.example/territories.csv',
  })
  return { page: rendered.page(), svg: rendered.svg() }
}

/** Figures as each language writes them (a no-break space groups Russian thousands). */
const FIGURES: Record<Lang, { total: string; subtotal: string; wrong: string; unit: string; decimal: string }> = {
  en: { total: '14,393', subtotal: '9,993', wrong: '14,682', unit: 'km²', decimal: '.' },
  az: { total: '14.393', subtotal: '9.993', wrong: '14.682', unit: 'km²', decimal: ',' },
  ru: { total: '14\u00a0393', subtotal: '9\u00a0993', wrong: '14\u00a0682', unit: 'км²', decimal: ',' },
}

/** Each bar's share of 14,393 km², to one decimal. */
const SHARES: Record<string, string> = {
  'nagorno-karabakh': '30.6',
  shusha: '2.0',
  kalbajar: '21.2',
  lachin: '12.8',
  fizuli: '9.7',
  aghdam: '8.0',
  jabrayil: '7.3',
  gubadli: '5.6',
  zangilan: '4.9',
}

/** The 2023 citation: the UN Security Council's meeting, by its date (no document number we could verify). */
const UN_MEETING: Record<Lang, RegExp> = {
  en: /UN Security Council meeting of 21 September 2023/,
  az: /BMT Təhlükəsizlik Şurasının 21 sentyabr 2023-cü il tarixli iclası/,
  ru: /Заседание Совета Безопасности ООН 21\sсентября 2023\sг\./,
}
const AS_OF: Record<Lang, string> = {
  en: 'Figures as published in April 2016',
  az: 'Rəqəmlər 2016-cı ilin aprel ayında dərc olunduğu kimidir',
  ru: 'Данные по состоянию на апрель 2016\u00a0г.',
}

const NAMES: Record<Lang, Record<string, string>> = {
  en: {
    'nagorno-karabakh': 'Nagorno-Karabakh',
    shusha: 'Shusha',
    kalbajar: 'Kalbajar',
    lachin: 'Lachin',
    fizuli: 'Fizuli',
    aghdam: 'Aghdam',
    jabrayil: 'Jabrayil',
    gubadli: 'Gubadli',
    zangilan: 'Zangilan',
  },
  az: {
    'nagorno-karabakh': 'Dağlıq Qarabağ',
    shusha: 'Şuşa',
    kalbajar: 'Kəlbəcər',
    lachin: 'Laçın',
    fizuli: 'Füzuli',
    aghdam: 'Ağdam',
    jabrayil: 'Cəbrayıl',
    gubadli: 'Qubadlı',
    zangilan: 'Zəngilan',
  },
  ru: {
    'nagorno-karabakh': 'Нагорный Карабах',
    shusha: 'Шуша',
    kalbajar: 'Кельбаджар',
    lachin: 'Лачин',
    fizuli: 'Физули',
    aghdam: 'Агдам',
    jabrayil: 'Джебраил',
    gubadli: 'Губадлы',
    zangilan: 'Зангелан',
  },
}

/** Visible text: tags dropped, wrapped lines joined (U+00A0 stays: it is part of the words). */
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/ +/g, ' ')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe.each(['en', 'az', 'ru'] as const)('the figures of the bar chart in %s', (lang) => {
  const f = FIGURES[lang]
  const amount = (n: string) => `${n}\u00a0${f.unit}`

  it('shows the total 14,393 km² and the subtotal 9,993 km² on the page and in the SVG, never 14,682', async () => {
    const { page, svg } = await render({ lang })
    for (const out of [page, svg]) {
      expect(out).toContain(amount(f.total))
      expect(out).toContain(amount(f.subtotal))
      expect(out).not.toContain(f.wrong)
    }
    // The drawn total and subtotal lines, in the page's chart and in the image.
    expect(page).toMatch(new RegExp(`<text class="tot" [^>]*>[^<]*${escapeRe(amount(f.total))}</text>`))
    expect(page).toMatch(new RegExp(`<text class="tot sub" [^>]*>[^<]*${escapeRe(amount(f.subtotal))}</text>`))
    expect(svg).toMatch(new RegExp(`<text class="fg" y="[\\d.]+">[^<]*${escapeRe(amount(f.total))}</text>`))
  })

  it('puts the total and the subtotal in the data table, and Shusha as part of Nagorno-Karabakh', async () => {
    const { page } = await render({ lang })
    const foot = /<tfoot>(.*?)<\/tfoot>/.exec(page)![1]!
    const cells = [...foot.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1])
    expect(cells).toContain(f.total)
    expect(cells).toContain(f.subtotal)
    expect(cells.indexOf(f.subtotal)).toBeLessThan(cells.indexOf(f.total))
    const shusha = new RegExp(
      `<th scope="row">${NAMES[lang].shusha} \\([^)]*${NAMES[lang]['nagorno-karabakh']}[^)]*\\)</th>`,
    )
    expect(page).toMatch(shusha)
  })

  it('says the total, the subtotal and that Shusha is counted once in the description', async () => {
    const { page, svg } = await render({ lang })
    for (const out of [page, svg]) {
      const desc = /<desc id="[^"]+">([^<]*)<\/desc>/.exec(out)![1]!
      expect(desc).toContain(amount(f.total))
      expect(desc).toContain(amount(f.subtotal))
      expect(desc).toContain(NAMES[lang].shusha)
      expect(desc).not.toContain(f.wrong)
    }
  })

  it('gives every bar its share of 14,393 km² in its readout', async () => {
    const { page } = await render({ lang })
    const labels = [...page.matchAll(/<g class="bar[^"]*" tabindex="0" aria-label="([^"]*)"/g)].map((m) => m[1]!)
    // Both arrangements carry the readouts.
    expect(labels).toHaveLength(18)
    for (const [id, share] of Object.entries(SHARES)) {
      const name = NAMES[lang][id]!
      const readout = labels.find((l) => l.startsWith(`${name}:`))
      expect(readout, id).toBeDefined()
      expect(readout, id).toMatch(new RegExp(`${escapeRe(share.replace('.', f.decimal))}[\\u00a0\\u202f]?%`))
    }
    // The shares of the areas counted once add up to the whole.
    const outer = Object.entries(SHARES).filter(([id]) => id !== 'shusha')
    expect(outer.reduce((s, [, v]) => s + Number(v), 0)).toBeCloseTo(100, 0)
  })

  it('nests Shusha right under Nagorno-Karabakh, whatever the order', async () => {
    for (const sort of ['-area', 'area', 'name', 'date']) {
      const { page } = await render({ lang, sort })
      const names = [...page.matchAll(/<g class="bar[^"]*" tabindex="0" aria-label="([^:]*):/g)].map((m) => m[1])
      const nk = names.indexOf(NAMES[lang]['nagorno-karabakh'])
      expect(names[nk + 1], sort).toBe(NAMES[lang].shusha)
      expect(page).toMatch(new RegExp(`<g class="bar in" tabindex="0" aria-label="${NAMES[lang].shusha}:`))
    }
  })

  it('dates the figures as of April 2016 on the page, in the table caption and in the SVG', async () => {
    const { page, svg } = await render({ lang })
    expect(text(page)).toContain(AS_OF[lang])
    expect(page).toMatch(new RegExp(`<caption>[^<]*${escapeRe(AS_OF[lang])}</caption>`))
    expect(text(svg)).toContain(AS_OF[lang])
    // Our copy's compile date is for the API, not for the reader.
    for (const out of [page, svg]) expect(out).not.toContain('2026')
  })

  it('notes what changed in 2020 and 2023, with its documents, unless context=none', async () => {
    const shown = await render({ lang })
    for (const out of [text(shown.page), text(shown.svg)]) {
      expect(out).toContain('2020')
      expect(out).toContain('2023')
      // The statement is cited in the reader's language (its date too).
      expect(out).toMatch(
        { en: /\(10 November 2020\)/, az: /\(10 noyabr 2020\)/, ru: /\(10\sноября 2020\sг\.\)/ }[lang],
      )
      expect(out).toMatch(UN_MEETING[lang])
    }
    expect(shown.page).toContain('href="http://kremlin.ru/events/president/news/64384"')
    const hidden = await render({ lang, context: 'none' })
    for (const out of [hidden.page, hidden.svg]) {
      expect(out).not.toMatch(UN_MEETING[lang])
      expect(out).not.toContain('2023')
    }
    expect(text(hidden.page)).toContain(AS_OF[lang])
  })
})

describe('the bar chart in date order', () => {
  it('says so in the subtitle and shows each date under its name, in every language', async () => {
    const subtitles = { en: 'in the order they were occupied', az: 'işğal ardıcıllığı ilə', ru: 'в порядке оккупации' }
    for (const lang of ['en', 'az', 'ru'] as const) {
      const { page, svg } = await render({ lang, sort: 'date' })
      expect(page).toMatch(new RegExp(`<p class="fb-sub">[^<]*${subtitles[lang]}</p>`))
      expect(text(svg)).toContain(subtitles[lang])
      const dates = [...page.matchAll(/<tspan [^>]*class="dt">([^<]*)<\/tspan>/g)].map((m) => m[1])
      expect(dates).toHaveLength(18)
      expect(dates[0]).toBe(lang === 'ru' ? '1988–1992\u00a0гг.' : '1988–1992')
    }
    const { page } = await render({ sort: 'area' })
    expect(page).not.toContain('in the order they were occupied')
    expect(page).not.toContain('class="dt"')
  })
})
