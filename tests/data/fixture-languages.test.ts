import { describe, expect, it } from 'vitest'
import { loadPackage } from '../../data/schema.ts'
import { amtarMudun } from '../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../fixtures/haushalt-musterstadt/index.ts'

describe('datasets without English', () => {
  it('validate with their texts only in their own languages, the first being the descriptor’s own', async () => {
    const de = await loadPackage(haushaltMusterstadt)
    expect(de.languages).toEqual(['de', 'fr'])
    expect(de.title).toEqual({
      de: 'Haushalt der Musterstadt (erfundene Zahlen)',
      fr: 'Budget de Villemodèle (chiffres inventés)',
    })
    expect(de.words).toEqual({ de: { getTheData: 'Zu den Daten' } })
    const ar = await loadPackage(amtarMudun)
    expect(ar.languages).toEqual(['ar'])
    expect(Object.keys(ar.title)).toEqual(['ar'])
    const fr = await loadPackage(grevesExemple)
    expect(fr.languages).toEqual(['fr', 'en'])
    expect(fr.title.en).toBe('Strikes in Modeltown (invented figures)')
  })
})
