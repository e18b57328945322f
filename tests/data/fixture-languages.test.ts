import { describe, expect, it } from 'vitest'
import { loadPackage } from '../../data/schema.ts'
import { amtarMudun } from '../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../fixtures/haushalt-musterstadt/index.ts'
import { nordicSuffrage } from '../fixtures/nordic-suffrage/index.ts'

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

  it('read the descriptor’s own texts in the one language its i18n does not give, whatever the order', async () => {
    expect((await loadPackage(haushaltMusterstadt)).textLang).toBe('de')
    expect((await loadPackage(amtarMudun)).textLang).toBe('ar')
    // Russian first, English second, i18n giving Russian: the own texts are English.
    const descriptor = { ...(nordicSuffrage.descriptor as object), languages: ['ru', 'en'] }
    const reordered = await loadPackage({ ...nordicSuffrage, descriptor })
    expect(reordered.languages).toEqual(['ru', 'en'])
    expect(reordered.textLang).toBe('en')
    expect(reordered.title).toEqual({
      en: 'Votes for women in the Nordic countries',
      ru: 'Избирательное право женщин в Северных странах',
    })
  })
})
