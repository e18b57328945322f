import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { DataPackageError, loadPackage, type PackageSource, validatePackage } from '../../data/schema.ts'
import type { PartialDate } from '../../data/vocabulary/index.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'

const occupation = bundledPackages.find((p) => p.id === 'occupation-in-figures')!

/** A descriptor as parsed JSON, which the cases below damage at any depth. */
// biome-ignore lint/suspicious/noExplicitAny: the tests write arbitrary, deliberately invalid JSON into it.
type LooseJson = any

/** A copy of the occupation package with one file or the descriptor changed. */
function broken(change: { territories?: (csv: string) => string; descriptor?: (d: LooseJson) => void }): PackageSource {
  const descriptor = structuredClone(occupation.descriptor) as LooseJson
  change.descriptor?.(descriptor)
  const territories = occupation.files['territories.csv']!
  return {
    ...occupation,
    descriptor,
    files: {
      ...occupation.files,
      'territories.csv': change.territories ? change.territories(territories) : territories,
    },
  }
}

function errorOf(source: PackageSource): string {
  try {
    validatePackage(source)
  } catch (error) {
    expect(error).toBeInstanceOf(DataPackageError)
    return (error as Error).message
  }
  throw new Error('expected the package to be rejected')
}

describe('the Occupation in Figures package', () => {
  const dataset = validatePackage(occupation)
  const territories = dataset.resources.find((r) => r.name === 'territories')!

  it('has the nine rows of the fact box with their areas, exactly', () => {
    expect(territories.rows.map((r) => [r.id, r.name_en, r.area_km2])).toEqual([
      ['nagorno-karabakh', 'Nagorno-Karabakh', 4400],
      ['shusha', 'Shusha', 289],
      ['lachin', 'Lachin', 1840],
      ['kalbajar', 'Kalbajar', 3054],
      ['aghdam', 'Aghdam', 1150],
      ['fizuli', 'Fizuli', 1390],
      ['jabrayil', 'Jabrayil', 1050],
      ['gubadli', 'Gubadli', 802],
      ['zangilan', 'Zangilan', 707],
    ])
    expect(territories.rows.reduce((sum, r) => sum + (r.area_km2 as number), 0)).toBe(14682)
  })

  it('keeps each date at the precision of the source', () => {
    const dates = territories.rows.map((r) => r.date as PartialDate)
    expect(dates.map((d) => d.value)).toEqual([
      '1988/1992',
      '1992-05-08',
      '1992-05-18',
      '1993-04-02',
      '1993-07-23',
      '1993-08-23',
      '1993-08-23',
      '1993-08-31',
      '1993-10-29',
    ])
    expect(dates[0]).toMatchObject({
      precision: 'year',
      isRange: true,
      start: '1988-01-01T00:00:00.000Z',
      end: '1993-01-01T00:00:00.000Z',
    })
    expect(dates.slice(1).every((d) => d.precision === 'day' && !d.isRange)).toBe(true)
  })

  it('names every territory in Azerbaijani and Russian', () => {
    expect(territories.rows.map((r) => `${r.name_az} / ${r.name_ru}`)).toEqual([
      'Dağlıq Qarabağ / Нагорный Карабах',
      'Şuşa / Шуша',
      'Laçın / Лачин',
      'Kəlbəcər / Кельбаджар',
      'Ağdam / Агдам',
      'Füzuli / Физули',
      'Cəbrayıl / Джебраил',
      'Qubadlı / Губадлы',
      'Zəngilan / Зангелан',
    ])
  })

  it('dates the context events, with the 2016 ceasefire at 12:00 UTC+4', () => {
    const events = dataset.resources.find((r) => r.name === 'events')!
    const byId = Object.fromEntries(events.rows.map((r) => [r.id, r.date as PartialDate]))
    expect(byId['conflict-begins']).toMatchObject({ value: '1988', precision: 'year' })
    expect(byId['unsc-822']!.value).toBe('1993-04-30')
    expect(byId['unsc-853']!.value).toBe('1993-07-29')
    expect(byId['unsc-874']!.value).toBe('1993-10-14')
    expect(byId['unsc-884']!.value).toBe('1993-11-12')
    expect(byId['ceasefire-1994']!.value).toBe('1994-05-12')
    expect(byId['clashes-2016']).toMatchObject({
      isRange: true,
      precision: 'day',
      start: '2016-04-02T00:00:00.000Z',
      end: '2016-04-06T00:00:00.000Z',
    })
    expect(byId['ceasefire-2016']).toMatchObject({
      precision: 'minute',
      offsetMinutes: 240,
      start: '2016-04-05T08:00:00.000Z',
    })
  })

  it('cites a source for every context event', () => {
    const events = dataset.resources.find((r) => r.name === 'events')!
    const cited = new Set(events.sources.map((s) => s.name))
    for (const row of events.rows) expect(cited.has(row.source as string), String(row.id)).toBe(true)
  })

  it('gets a content version that changes with the data', async () => {
    const a = await loadPackage(occupation)
    const b = await loadPackage(broken({ territories: (csv) => csv.replace(',289', ',290') }))
    expect(a.version).toMatch(/^[0-9a-f]{12}$/)
    expect(b.version).not.toBe(a.version)
  })
})

describe('a broken data package', () => {
  it('names the file, line and field of a non-numeric area', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace(',1840', ',1,840') }))).toBe(
      'territories.csv line 4: 8 cells where the header has 7 (an unquoted comma?)',
    )
    expect(errorOf(broken({ territories: (csv) => csv.replace(',1840', ',about 1840') }))).toBe(
      'territories.csv line 4, field "area_km2": "about 1840" is not a number',
    )
  })

  it('rejects a negative area', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace(',289', ',-289') }))).toBe(
      'territories.csv line 3, field "area_km2": -289 is below the minimum 0',
    )
  })

  it('rejects a number too large to be held exactly, rather than serve Infinity', () => {
    const huge = `1${'0'.repeat(400)}`
    expect(errorOf(broken({ territories: (csv) => csv.replace(',289', `,${huge}`) }))).toBe(
      'territories.csv line 3, field "area_km2": the value is out of range (from -9007199254740991 to 9007199254740991)',
    )
    expect(errorOf(broken({ territories: (csv) => csv.replace(',289', ',9007199254740993') }))).toContain(
      'out of range',
    )
  })

  it('rejects a value above a stated maximum', () => {
    const capped = broken({
      descriptor: (d) => {
        const area = d.resources[0].schema.fields.find((f: { name: string }) => f.name === 'area_km2')
        area.constraints = { required: true, minimum: 0, maximum: 4000 }
      },
    })
    expect(errorOf(capped)).toBe('territories.csv line 2, field "area_km2": 4400 is above the maximum 4000')
  })

  it('rejects an unparseable date and an impossible one', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace('1992-05-08', 'May 8 1992') }))).toMatch(
      /^territories\.csv line 3, field "date": "May 8 1992" is not a date/,
    )
    expect(errorOf(broken({ territories: (csv) => csv.replace('1993-08-31', '1993-02-30') }))).toBe(
      'territories.csv line 9, field "date": "1993-02-30" is not a calendar date',
    )
  })

  it('rejects a duplicate id', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace('lachin,', 'shusha,') }))).toBe(
      'territories.csv line 4, field "id": duplicate value "shusha"',
    )
  })

  it('rejects a missing field and a missing value', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace(/,area_km2|,\d+(?=,[a-z-]*$)/gm, '') }))).toBe(
      'territories.csv: field "area_km2" is missing from the header',
    )
    expect(errorOf(broken({ territories: (csv) => csv.replace(',3054', ',') }))).toBe(
      'territories.csv line 5, field "area_km2": a value is required',
    )
  })

  it('dates the descriptor with an RFC 3339 date-time and refuses a bare date or a made-up form', () => {
    expect(validatePackage(occupation).created).toBe('2026-11-28T18:46:31Z')
    for (const created of ['2016-04-06', '2026-11-28 18:46:31Z', '2026-11-28T18:46:31', '2026-02-30T00:00:00Z'])
      expect(errorOf(broken({ descriptor: (d) => (d.created = created) })), created).toBe(
        `occupation-in-figures/datapackage.json: created: "${created}" must be an RFC 3339 date-time with its offset (2026-11-28T18:46:31Z)`,
      )
    expect(validatePackage(broken({ descriptor: (d) => (d.created = '2026-11-28T22:46:31.5+04:00') })).created).toBe(
      '2026-11-28T22:46:31.5+04:00',
    )
  })

  it('reserves the resource name "datapackage" for the descriptor the API serves', () => {
    expect(errorOf(broken({ descriptor: (d) => (d.resources[1].name = 'datapackage') }))).toMatch(
      /resources\[1\]\.name "datapackage" is reserved/,
    )
  })

  it('validates the dataset’s own words: a known key, a language of the dataset, a text', () => {
    const withWords = (words: unknown) => broken({ descriptor: (d) => (d.words = words) })
    expect(validatePackage(withWords({ az: { getTheData: 'Yüklə', 'timeline.total': 'Cəm' } })).words).toEqual({
      az: { getTheData: 'Yüklə', 'timeline.total': 'Cəm' },
    })
    expect(errorOf(withWords({ en: { getTheDate: 'x' } }))).toMatch(
      /: words\.en: unknown word "getTheDate" \(allowed: source, sources, getTheData,/,
    )
    expect(errorOf(withWords({ de: { total: 'Summe' } }))).toMatch(
      /: words: unknown language "de" \(languages: en, az, ru\)/,
    )
    expect(errorOf(withWords({ en: { total: 3 } }))).toMatch(/words\.en\.total/)
    expect(errorOf(withWords({ en: { total: ' ' } }))).toMatch(/words\.en\.total: must be a non-empty string/)
  })

  it('rejects an unknown language', () => {
    expect(errorOf(broken({ descriptor: (d) => d.languages.push('kk') }))).toBe(
      'occupation-in-figures/datapackage.json: languages: unknown language "kk" (allowed: en, az, ru, de, fr, es, uk, tr, ar)',
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.bar.i18n.de = { subtitle: 'x' }) }))).toMatch(
      /views\.bar\.i18n: unknown language "de"/,
    )
  })

  it('rejects a column the descriptor does not describe, and a view of a missing column', () => {
    expect(errorOf(broken({ territories: (csv) => csv.replace('area_km2', 'area') }))).toMatch(
      /field "area_km2" is missing/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.bar.value = 'population') }))).toMatch(
      /views\.bar\.value: "population" is neither a column/,
    )
  })

  it('takes views.timeline.cumulative: false, and rejects it elsewhere or as anything but a boolean', () => {
    const off = validatePackage(broken({ descriptor: (d) => (d.views.timeline.cumulative = false) }))
    expect(off.views.timeline!.cumulative).toBe(false)
    expect(off.views.timeline!.columns).not.toHaveProperty('cumulative')
    expect(
      validatePackage(broken({ descriptor: (d) => (d.views.timeline.cumulative = true) })).views.timeline,
    ).not.toHaveProperty('cumulative')
    expect(errorOf(broken({ descriptor: (d) => (d.views.timeline.cumulative = 'no') }))).toMatch(
      /views\.timeline\.cumulative: expected true or false/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.bar.cumulative = false) }))).toMatch(
      /views\.bar\.cumulative: only the timeline view has a running total/,
    )
  })

  it('says what a value is: a unit, an ISO 4217 currency or a plain count, never two of them', () => {
    const area = (d: LooseJson) => {
      const at = d.resources.findIndex((r: LooseJson) => r.name === 'territories')
      const i = d.resources[at].schema.fields.findIndex((f: LooseJson) => f.name === 'area_km2')
      return { field: d.resources[at].schema.fields[i], at: `resources[${at}].schema.fields[${i}]` }
    }
    const where = area(structuredClone(occupation.descriptor)).at
    const money = validatePackage(
      broken({
        descriptor: (d) => {
          delete area(d).field.unit
          area(d).field.currency = 'EUR'
        },
      }),
    )
    expect(money.resources.flatMap((r) => r.fields).find((f) => f.name === 'area_km2')).toMatchObject({
      currency: 'EUR',
    })
    const count = validatePackage(broken({ descriptor: (d) => delete area(d).field.unit }))
    const plain = count.resources.flatMap((r) => r.fields).find((f) => f.name === 'area_km2')!
    expect([plain.unit, plain.currency]).toEqual([undefined, undefined])
    expect(errorOf(broken({ descriptor: (d) => (area(d).field.currency = 'EUR') }))).toBe(
      `occupation-in-figures/datapackage.json: ${where}: field "area_km2" gives both a unit and a currency: money has its currency only`,
    )
    expect(
      errorOf(
        broken({
          descriptor: (d) => {
            delete area(d).field.unit
            area(d).field.currency = 'EURO'
          },
        }),
      ),
    ).toBe(
      `occupation-in-figures/datapackage.json: ${where}.currency: field "area_km2" has "EURO", not an ISO 4217 currency code ("EUR", "AZN")`,
    )
    expect(
      errorOf(
        broken({
          descriptor: (d) => {
            delete area(d).field.unit
            area(d).field.currency = 'XYZ'
          },
        }),
      ),
    ).toMatch(/currency: field "area_km2" has "XYZ", not an ISO 4217/)
    expect(errorOf(broken({ descriptor: (d) => (area(d).field.unit = ' ') }))).toMatch(
      /\.unit: field "area_km2" must give its unit as text/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.resources[0].schema.fields[0].currency = 'EUR') }))).toMatch(
      /resources\[0\]\.schema\.fields\[0\]: field "\w+" is a string: only a number or integer column has a unit or a currency/,
    )
  })

  it('rejects a note about a row that does not exist, naming the field and the id', () => {
    expect(errorOf(broken({ descriptor: (d) => d.views.timeline.notes[2].about.push('stepanakert') }))).toBe(
      'occupation-in-figures/datapackage.json: views.timeline.notes[2].about[1]: "stepanakert" is not the id of a row of "territories" or "events"',
    )
    // The bar chart draws no events: an event id is unknown there.
    expect(errorOf(broken({ descriptor: (d) => (d.views.bar.notes[1].about = ['unsc-822']) }))).toMatch(
      /views\.bar\.notes\[1\]\.about\[0\]: "unsc-822" is not the id of a row of "territories"$/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.timeline.notes[0].about = 'nagorno-karabakh') }))).toMatch(
      /views\.timeline\.notes\[0\]\.about: must be an array/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.timeline.notes[0].about = []) }))).toMatch(
      /views\.timeline\.notes\[0\]\.about: must name at least one row/,
    )
  })

  it('asks a note in every language, and notes given once', () => {
    expect(errorOf(broken({ descriptor: (d) => delete d.views.timeline.notes[1].i18n.ru }))).toMatch(
      /views\.timeline\.notes\[1\]\.i18n\.ru: must be an object/,
    )
    expect(errorOf(broken({ descriptor: (d) => (d.views.timeline.i18n.az.notes = 'Qeyd.') }))).toMatch(
      /views\.timeline\.i18n\.az\.notes: the view's notes are a list \(.*views\.timeline\.notes\); give them once/,
    )
  })

  it('still reads notes given as one string per language', () => {
    const dataset = validatePackage(
      broken({
        descriptor: (d) => {
          delete d.views.bar.notes
          d.views.bar.i18n.en.notes = 'One paragraph.'
        },
      }),
    )
    expect(dataset.views.bar!.notes).toBeUndefined()
    expect(dataset.views.bar!.text.en!.notes).toBe('One paragraph.')
  })
})

describe('a second dataset', () => {
  it('validates with other columns, one language and plain dates', () => {
    const dataset = validatePackage(balticStates)
    expect(dataset.languages).toEqual(['en'])
    expect(dataset.resources[0]!.rows.map((r) => (r.joined as PartialDate).value)).toEqual([
      '2004-05-01',
      '2004-05-01',
      '2004-05-01',
    ])
  })
})
