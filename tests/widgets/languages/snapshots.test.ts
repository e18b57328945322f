import { describe, expect, it } from 'vitest'
import { loadPackage, type PackageSource } from '../../../data/schema.ts'
import { findWidget, type RenderContext } from '../../../widgets/registry.ts'
import { amtarMudun } from '../../fixtures/amtar-mudun/index.ts'
import { grevesExemple } from '../../fixtures/greves-exemple/index.ts'
import { haushaltMusterstadt } from '../../fixtures/haushalt-musterstadt/index.ts'
import { expectSnapshot } from '../shared/snapshot.ts'

const dir = import.meta.dirname
const FIXTURES: PackageSource[] = [haushaltMusterstadt, grevesExemple, amtarMudun]

/**
 * The fixture datasets in German, French and Arabic (invented figures), rendered by both widgets
 * with no code of their own: the page in each of the dataset's languages, the image in its first.
 */
describe('snapshots of datasets in other languages', async () => {
  for (const source of FIXTURES) {
    const dataset = await loadPackage(source)
    for (const widget of ['bar', 'timeline']) {
      const definition = findWidget(widget)!
      const view = dataset.views[widget]!
      const context: RenderContext = {
        dataUrl: `https://factbox.example/api/v1/datasets/${dataset.id}/${view.resource}.csv`,
        scriptUrl: '/embed/assets/enhance.0123456789.js',
      }
      for (const [i, lang] of dataset.languages.entries())
        it(`renders ${dataset.id} as a ${widget} in ${lang} as committed`, () => {
          const rendered = definition.render(dataset, view, definition.options({ lang }, dataset, view), context)
          const page = rendered.page()
          expect(page).toContain(`<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''} `)
          expectSnapshot(dir, `${dataset.id}-${widget}-${lang}.html`, page)
          if (i === 0) expectSnapshot(dir, `${dataset.id}-${widget}-${lang}.svg`, rendered.svg())
        })
    }
  }
})

describe('what the snapshots show, in words', async () => {
  const page = async (source: PackageSource, widget: string, lang: string) => {
    const dataset = await loadPackage(source)
    const definition = findWidget(widget)!
    const view = dataset.views[widget]!
    return definition
      .render(dataset, view, definition.options({ lang }, dataset, view), { dataUrl: 'https://x.test/d.csv' })
      .page()
  }

  it('writes German and French dates and euros as their readers do', async () => {
    const de = await page(haushaltMusterstadt, 'bar', 'de')
    expect(de).toContain('Soziales:\u00a01.450.000.000\u00a0€')
    expect(de).toContain('1. Juli 2001')
    expect(de).toContain('2.–9. Mai 2010')
    expect(de).toMatch(/56,3\u00a0%\sder\sSumme/)
    const fr = await page(haushaltMusterstadt, 'bar', 'fr')
    expect(fr).toContain('1er juillet 2001')
    expect(fr).toContain('1\u202f450\u202f000\u202f000\u00a0€')
    const greves = await page(grevesExemple, 'timeline', 'fr')
    expect(greves).toContain('1er juillet 1999')
    expect(greves).toContain('31 mars 2016, 10:00 (UTC+2)')
  })

  it('writes the Arabic page right to left with Arabic words', async () => {
    const ar = await page(amtarMudun, 'bar', 'ar')
    expect(ar).toContain('<figure class="fb" dir="rtl"')
    expect(ar).toContain('<table dir="rtl">')
    expect(ar).toContain('<td class="n"><bdi>1,210</bdi></td>')
    expect(ar).toContain('1,210\u00a0مم')
    expect(ar).toContain('15 يناير 2019')
    expect(ar).toContain('المصدر:')
  })

  it('mirrors the Arabic bar chart image: bars grow leftwards, names right of them, text set from the right', async () => {
    const dataset = await loadPackage(amtarMudun)
    const definition = findWidget('bar')!
    const view = dataset.views.bar!
    const image = definition
      .render(dataset, view, definition.options({ width: '640' }, dataset, view), { dataUrl: 'https://x.test/d.csv' })
      .svg()
    const bars = [...image.matchAll(/<rect class="mk"( x="([-\d.]+)")? y="[\d.]+" height="[\d.]+" width="([\d.]+)"/g)]
    expect(bars.length).toBe(6)
    // Each bar ends at the bar area's right edge (x + width = 0 in the mirrored group).
    for (const [, , x, width] of bars) expect(Number(x) + Number(width)).toBeCloseTo(0, 5)
    expect(image).toMatch(/<g transform="translate\((\d+),0\)">/)
    // Each text embedded right to left (U+202B … U+202C): an image has no dir="rtl".
    expect(image).toContain('<text class="fg" x="8" y="16.5">\u202bقرية الجبل\u202c</text>')
    expect(image).toMatch(
      /<text class="fg halo" x="-[\d.]+" y="16.5" text-anchor="end"[^>]*>\u202b1,210\u00a0مم\u202c<\/text>/,
    )
    expect(image).toContain('text-anchor="end" font-weight="700"><tspan x="624" y="32.74">\u202bالأمطار')
    // The social card too: lines against the right margin, each bar ending at the area's right.
    const card = definition.render(dataset, view, definition.options({}, dataset, view), {
      dataUrl: 'https://x.test/d.csv',
    }).card!()
    expect(card).toMatch(/<text class="fg" x="1152" y="[\d.]+" text-anchor="end" font-size="\d+" font-weight="700"/)
    const cardBars = [...card.matchAll(/<rect class="mk" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)]
    expect(cardBars.length).toBe(6)
    expect(new Set(cardBars.map(([, x, width]) => Math.round(Number(x) + Number(width)))).size).toBe(1)
    expect(card).toContain('>\u202bقرية الجبل\u202c</text>')
    // Left to right is unchanged: the German image has no mirrored bar.
    const de = await loadPackage(haushaltMusterstadt)
    const deImage = definition
      .render(de, de.views.bar!, definition.options({}, de, de.views.bar!), { dataUrl: 'https://x.test/d.csv' })
      .svg()
    expect(deImage).not.toMatch(/<rect class="mk" x="-/)
    expect(deImage).not.toContain('\u202b')
  })
})
