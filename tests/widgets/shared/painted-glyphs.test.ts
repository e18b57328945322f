import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../../data/bundled.ts'
import { loadPackage, type PackageSource } from '../../../data/schema.ts'
import { findWidget } from '../../../widgets/registry.ts'
import { CHARS } from '../../../widgets/shared/text-width.ts'
import { amtarMudun } from '../../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../../fixtures/haushalt-musterstadt/index.ts'

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const CASES = [
  { widget: 'bar', params: [{}, { sort: 'date' }] },
  { widget: 'timeline', params: [{}, { view: 'cumulative' }, { events: 'none' }] },
]

/**
 * The PNG renderer sets images in Noto Sans, which lacks some characters a browser's fonts have
 * (an arrow came out as a box): every character painted in an image must be one the width table
 * measured in that font.
 */
describe('the characters painted in images', () => {
  it('are all in the measured set, both widgets, every language, view and image width', async () => {
    const dataset = await loadPackage(bundledPackages.find((p) => p.id === 'occupation-in-figures')!)
    const known = new Set(CHARS)
    const unknown = new Map<string, string>()
    for (const { widget, params } of CASES) {
      const definition = findWidget(widget)!
      const view = dataset.views[widget]!
      for (const lang of dataset.languages)
        for (const extra of params)
          for (const width of [undefined, '320']) {
            const query = { lang, ...extra, ...(width ? { width } : {}) }
            const options = definition.options(query, dataset, view)
            const rendered = definition.render(dataset, view, options, { dataUrl: 'https://factbox.example/d.csv' })
            for (const image of [rendered.svg(), rendered.card?.() ?? ''])
              for (const [, inner] of image.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)) {
                const words = inner!.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e)
                for (const ch of words)
                  if (!known.has(ch)) unknown.set(ch, `${widget} ${JSON.stringify(query)}: ${words}`)
              }
          }
    }
    expect([...unknown].map(([ch, where]) => `U+${ch.codePointAt(0)!.toString(16)} in ${where}`)).toEqual([])
  })

  it('are in the measured set for the German, French and Arabic fixtures (Noto Sans Arabic paints the letters)', async () => {
    const painted = async (source: PackageSource) => {
      const dataset = await loadPackage(source)
      const chars = new Set<string>()
      for (const { widget } of CASES) {
        const definition = findWidget(widget)!
        const view = dataset.views[widget]!
        for (const lang of dataset.languages) {
          const rendered = definition.render(dataset, view, definition.options({ lang }, dataset, view), {
            dataUrl: 'https://factbox.example/d.csv',
          })
          for (const image of [rendered.svg(), rendered.card?.() ?? ''])
            for (const [, inner] of image.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g))
              for (const ch of inner!.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e))
                chars.add(ch)
        }
      }
      return chars
    }
    const known = new Set(CHARS)
    const unknown = async (source: PackageSource) => [...(await painted(source))].filter((ch) => !known.has(ch))
    expect(await unknown(haushaltMusterstadt)).toEqual([])
    expect(await unknown(grevesExemple)).toEqual([])
    const arabic = await painted(amtarMudun)
    expect([...arabic].filter((ch) => /[\u0600-\u06ff]/.test(ch)).length).toBeGreaterThan(20)
    expect([...arabic].filter((ch) => !known.has(ch))).toEqual([])
  })
})
