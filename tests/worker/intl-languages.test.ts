import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { LANGS } from '../../data/vocabulary/index.ts'
import { createApp } from '../../src/app.ts'
import { intlActual } from '../lib/intl-check.ts'
import { INTL_EXPECTED } from '../lib/intl-expected.ts'

// Inside workerd on purpose: its ICU lacks some locales' data without saying so (Azerbaijani dates
// come out as "2002 M07 1"), so a language is supported only when this test passes for it here.

describe('every supported language formats inside workerd as Node’s full ICU does', () => {
  it('has expected strings for exactly the supported languages', () => {
    expect(Object.keys(INTL_EXPECTED)).toEqual([...LANGS])
  })

  for (const lang of LANGS)
    it(`${lang}: days, months, years, ranges, numbers, percentages and sorting`, () => {
      const expected = INTL_EXPECTED[lang]
      expect(intlActual(lang, expected.words)).toEqual(expected)
    })

  it('French writes "1er juillet", German "15. Januar" and "2.–5. April"', () => {
    expect(INTL_EXPECTED.fr.firstDay).toBe('1er juillet 2002')
    expect(INTL_EXPECTED.de.day).toBe('15. Januar 2003')
    expect(intlActual('de', []).dayRange).toBe('2.–5. April 2016')
  })
})

describe('a language outside the list', () => {
  const app = createApp(createCatalog(bundledPackages))
  const get = (path: string) => app.request(`http://factbox.test${path}`, undefined, env)

  for (const path of [
    '/embed/occupation-in-figures/bar?lang=kk',
    '/embed/occupation-in-figures/bar.svg?lang=de',
    '/api/v1/datasets/occupation-in-figures/territories.json?lang=xx',
  ])
    it(`${path} is a 400 naming lang and the allowed values`, async () => {
      const res = await get(path)
      expect(res.status).toBe(400)
      const body = await res.text()
      expect(body).toContain('lang')
      for (const lang of ['en', 'az', 'ru']) expect(body).toContain(lang)
    })
})

describe('the error page speaks every catalogue’s language', () => {
  const app = createApp(createCatalog(bundledPackages))
  const get = (path: string) => app.request(`http://factbox.test${path}`, undefined, env)

  it('a missing chart in German, French and Arabic (right to left)', async () => {
    const de = await (await get('/embed/no-such-dataset/bar?lang=de')).text()
    expect(de).toContain('Unter dieser Adresse gibt es keine Grafik.')
    const fr = await (await get('/embed/no-such-dataset/bar?lang=fr')).text()
    expect(fr).toContain('Il n’y a pas de graphique à cette adresse.')
    const ar = await (await get('/embed/no-such-dataset/bar?lang=ar')).text()
    expect(ar).toContain('لا يوجد مخطط على هذا العنوان.')
  })
})
