import { describe, expect, it } from 'vitest'
import type { Dataset, Field, Row, View } from '../../../data/types.ts'
import { barData } from '../../../widgets/bar-chart/adapter.ts'
import { sortBars } from '../../../widgets/bar-chart/sort-bars.ts'
import { occupation } from './load-dataset.ts'

describe('barData', () => {
  it('reads the nine territories with their localized names, areas and dates', async () => {
    const dataset = await occupation()
    const { rows, unit, hasDate } = barData(dataset, dataset.views.bar!, 'ru')
    expect(rows).toHaveLength(9)
    expect(rows[0]).toMatchObject({ id: 'nagorno-karabakh', label: 'Нагорный Карабах', value: 4400 })
    expect(rows[0]!.date!.value).toBe('1988/1992')
    expect(unit).toBe('km²')
    expect(hasDate).toBe(true)
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(14682)
  })

  it('skips rows without a number quietly, keeps negative ones and falls back to English names', () => {
    const fields: Field[] = [
      { name: 'id', type: 'string', required: true },
      { name: 'name_en', type: 'string', required: true, localized: { base: 'name', lang: 'en' } },
      { name: 'v', type: 'number', required: false },
    ]
    const rows: Row[] = [
      { id: 'a', name_en: 'A', v: 1 },
      { id: 'b', name_en: 'B', v: null },
      { id: 'c', name_en: 'C', v: -2 },
      { id: 'd', name_en: 'D', v: 0 },
    ]
    const view: View = { widget: 'bar', resource: 't', columns: { label: 'name', value: 'v' }, text: {} }
    const dataset = { resources: [{ name: 't', path: 't.csv', sources: [], fields, rows }] } as unknown as Dataset
    const data = barData(dataset, view, 'az')
    expect(data.rows).toEqual([
      { id: 'a', label: 'A', value: 1 },
      { id: 'c', label: 'C', value: -2 },
      { id: 'd', label: 'D', value: 0 },
    ])
    expect(data.hasDate).toBe(false)
    expect(data.unit).toBeUndefined()
  })
})

describe('sortBars', () => {
  it('sorts by area both ways, by name in the alphabet of the language, by date, and keeps ties in order', async () => {
    const dataset = await occupation()
    const { rows } = barData(dataset, dataset.views.bar!, 'en')
    expect(sortBars(rows, '-value', 'en').map((r) => r.value)).toEqual([
      4400, 289, 3054, 1840, 1390, 1150, 1050, 802, 707,
    ])
    // Shusha lies within Nagorno-Karabakh: it follows it in every order, never stands alone.
    expect(
      sortBars(rows, 'value', 'en')
        .map((r) => r.id)
        .slice(-2),
    ).toEqual(['nagorno-karabakh', 'shusha'])
    expect(sortBars(rows, 'value', 'en')[0]!.id).toBe('zangilan')
    expect(
      sortBars(rows, 'label', 'en')
        .map((r) => r.id)
        .slice(0, 3),
    ).toEqual(['aghdam', 'fizuli', 'gubadli'])
    expect(sortBars(rows, '-label', 'en')[0]!.id).toBe('zangilan')
    const byDate = sortBars(rows, 'date', 'en').map((r) => r.id)
    expect(byDate).toEqual([
      'nagorno-karabakh',
      'shusha',
      'lachin',
      'kalbajar',
      'aghdam',
      'fizuli',
      'jabrayil',
      'gubadli',
      'zangilan',
    ])
    expect(
      sortBars(rows, '-date', 'en')
        .map((r) => r.id)
        .slice(0, 3),
    ).toEqual(['zangilan', 'gubadli', 'fizuli'])
    expect(rows.map((r) => r.id)[0]).toBe('nagorno-karabakh')
  })
})
