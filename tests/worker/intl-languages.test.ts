import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { LANGS } from '../../data/vocabulary/index.ts'
import { createApp } from '../../src/app.ts'
import { amtarMudun } from '../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../fixtures/haushalt-musterstadt/index.ts'
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
    expect(ar).toContain('<html lang="ar" dir="rtl"')
    // The developer's detail stays English, left to right, inside the right-to-left page.
    expect(ar).toMatch(/<p lang="en" dir="ltr">404 /)
    expect(de).not.toContain('dir=')
  })

  it('names the parameter at fault with the language’s own colon (French: a no-break space before it)', async () => {
    const fr = await (await get('/embed/occupation-in-figures/bar?lang=fr&theme=purple')).text()
    expect(fr).toContain('<html lang="en"')
    const theme = await (await get('/embed/occupation-in-figures/bar?lang=ru&theme=purple')).text()
    expect(theme).toContain('Параметр: <code>theme</code>')
    const french = createApp(createCatalog([...bundledPackages, grevesExemple]))
    const res = await french.request(
      'http://factbox.test/embed/greves-exemple/bar?lang=fr&theme=purple',
      undefined,
      env,
    )
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Paramètre\u00a0: <code>theme</code>')
  })
})

describe('datasets without English (fixtures: German and French; French and English; Arabic)', () => {
  const app = createApp(createCatalog([...bundledPackages, haushaltMusterstadt, grevesExemple, amtarMudun]))
  const get = (path: string) => app.request(`http://factbox.test${path}`, undefined, env)
  type Column = { name: string; title?: string; description?: string }

  it('speak their first language by default, on the page and in the API', async () => {
    const page = await (await get('/embed/haushalt-musterstadt/bar')).text()
    expect(page).toContain('<html lang="de"')
    expect(page).toContain('>Haushalt der Musterstadt (erfundene Zahlen)<')
    // The dataset's own word for "Get the data" (words.de), and the catalogue's elsewhere.
    expect(page).toContain('>Zu den Daten<')
    expect(page).toContain('Quelle:')
    const fr = await (await get('/embed/haushalt-musterstadt/bar?lang=fr')).text()
    expect(fr).toContain('>Télécharger les données<')
    expect(fr).toContain('Source\u00a0:')
    const arabic = await (await get('/embed/amtar-mudun/timeline')).text()
    expect(arabic).toContain('<html lang="ar"')
  })

  it('refuse a language they are not in (English included) with a 400 naming lang and their languages', async () => {
    const res = await get('/api/v1/datasets/haushalt-musterstadt/posten.json?lang=en')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { parameter: string; allowed: string[] }
    expect(body.parameter).toBe('lang')
    expect(body.allowed).toEqual(['de', 'fr'])
  })

  it('give column titles and descriptions in the asked language', async () => {
    const columns = async (lang?: string) => {
      const res = await get(`/api/v1/datasets/haushalt-musterstadt/posten.json${lang ? `?lang=${lang}` : ''}`)
      expect(res.status).toBe(200)
      return ((await res.json()) as { columns: Column[] }).columns
    }
    const betrag = (list: Column[]) => list.find((c) => c.name === 'betrag')
    expect(betrag(await columns('fr'))).toMatchObject({
      title: 'Montant',
      description: 'Dépenses de l’année, en euros (inventées).',
    })
    expect(betrag(await columns('de'))).toMatchObject({
      title: 'Betrag',
      description: 'Ausgaben im Jahr, in Euro (erfunden).',
    })
    expect(betrag(await columns())).toMatchObject({ title: 'Betrag' })
    const summary = (await (await get('/api/v1/datasets/haushalt-musterstadt?lang=fr')).json()) as { title: string }
    expect(summary.title).toBe('Budget de Villemodèle (chiffres inventés)')
  })
})
