import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../../data/bundled.ts'
import { loadPackage } from '../../../data/schema.ts'
import { LANGS, type Lang, WORD_KEYS } from '../../../data/vocabulary/index.ts'
import { CATALOGUES, type Catalogue, messages } from '../../../widgets/messages/index.ts'
import { renderBar } from '../bar-chart/load-dataset.ts'

const en = CATALOGUES.en!
const SECTIONS = ['chrome', 'timeline', 'error'] as const

/** Every word of a catalogue, with sample arguments for those that take some. */
function allWords(c: Catalogue): string[] {
  const out: string[] = []
  for (const section of SECTIONS)
    for (const [key, word] of Object.entries(c[section])) {
      if (typeof word === 'string') out.push(word)
      else if (key === 'list') out.push((word as (x: string[]) => string)(['A', 'B', 'C']))
      else if (key === 'countedBy')
        out.push((word as Catalogue['timeline']['countedBy'])('X', '1988–1992', { text: '1992', year: 1992 }))
      else out.push((word as (...a: unknown[]) => string)(3, 'a', 'b'))
    }
  return out
}

describe('the message catalogues', () => {
  it('exist for every supported language, each with every word of the English one', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGS].sort())
    for (const lang of LANGS)
      for (const section of SECTIONS)
        expect([lang, section, Object.keys(CATALOGUES[lang]![section]).sort()]).toEqual([
          lang,
          section,
          Object.keys(en[section]).sort(),
        ])
  })

  it('write no empty word and no English word in another language (beyond names like "Total")', () => {
    for (const lang of LANGS)
      for (const word of allWords(CATALOGUES[lang]!)) expect([lang, word.trim()]).not.toEqual([lang, ''])
    const shared = new Set(['Total', 'Source', 'Sources', 'Date', 'Name', 'Parameter', 'Chronologie', '3 (a)', ':'])
    const english = new Set(allWords(en).filter((w) => !shared.has(w)))
    for (const lang of LANGS.filter((l) => l !== 'en'))
      expect([lang, allWords(CATALOGUES[lang]!).filter((w) => english.has(w))]).toEqual([lang, []])
  })

  it('choose plural forms by Intl.PluralRules', () => {
    const ru = (n: number) => messages('ru').chrome.barChartOf(n)
    expect([1, 2, 5, 21, 11].map(ru)).toEqual([
      'Столбчатая диаграмма: 1 значение.',
      'Столбчатая диаграмма: 2 значения.',
      'Столбчатая диаграмма: 5 значений.',
      'Столбчатая диаграмма: 21 значение.',
      'Столбчатая диаграмма: 11 значений.',
    ])
    expect(messages('en').timeline.contextCount(1)).toBe('Also shown: 1 other event.')
    expect(messages('de').chrome.barChartOf(1)).toBe('Balkendiagramm mit 1 Wert.')
    expect(messages('de').chrome.barChartOf(4)).toBe('Balkendiagramm mit 4 Werten.')
    // Arabic: 3–10 take the plural (قيم), 11–99 the singular (قيمة).
    expect(messages('ar').chrome.barChartOf(3)).toBe('مخطط شريطي من 3 قيم.')
    expect(messages('ar').chrome.barChartOf(11)).toBe('مخطط شريطي من 11 قيمة.')
    expect(messages('uk').timeline.contextCount(5)).toBe('Також показано ще 5 подій.')
  })

  it('have every word a dataset may replace, as a plain text', () => {
    for (const lang of LANGS)
      for (const key of WORD_KEYS) {
        const [section, name] = key.startsWith('timeline.') ? ['timeline', key.slice(9)] : ['chrome', key]
        expect([
          lang,
          key,
          typeof (CATALOGUES[lang]![section as 'chrome'] as unknown as Record<string, unknown>)[name],
        ]).toEqual([lang, key, 'string'])
      }
  })

  it('fall back to English for a language without a catalogue, never failing', () => {
    expect(messages('kk' as Lang)).toBe(en)
    expect(messages('kk' as Lang).chrome.getTheData).toBe('Get the data')
  })

  it('take a dataset’s own words on top, leaving the others', () => {
    const words = messages('de', { getTheData: 'Zu den Daten', 'timeline.total': 'Summe bis dahin' })
    expect(words.chrome.getTheData).toBe('Zu den Daten')
    expect(words.timeline.total).toBe('Summe bis dahin')
    expect(words.chrome.source).toBe('Quelle')
    expect(messages('de')).toBe(CATALOGUES.de)
  })

  it('say in each new language’s file that it is not natively reviewed', () => {
    for (const lang of ['de', 'fr', 'es', 'uk', 'tr', 'ar'])
      expect(readFileSync(resolve(import.meta.dirname, `../../../widgets/messages/${lang}.ts`), 'utf8')).toContain(
        'not yet reviewed by native readers',
      )
  })
})

describe('a dataset’s own words', () => {
  it('replace the catalogue’s in the rendered chart', async () => {
    const occupation = bundledPackages.find((p) => p.id === 'occupation-in-figures')!
    const descriptor = structuredClone(occupation.descriptor) as Record<string, unknown>
    descriptor.words = { en: { getTheData: 'Download the figures', total: 'All territories' } }
    const dataset = await loadPackage({ ...occupation, descriptor })
    const page = renderBar(dataset).page()
    expect(page).toContain('>Download the figures<')
    expect(page).toContain('All territories: 14,393')
    expect(page).not.toContain('>Get the data<')
    expect(renderBar(dataset, { lang: 'az' }).page()).toContain('Məlumatları yüklə')
  })
})
