/**
 * A timeline shaped unlike the bundled one (tests/fixtures/greves-exemple: 25 strikes over 25
 * years): where its labels cannot stack on a horizontal axis without a leader through one, that
 * width class shows the list instead; the page's CSS, classes and predicted heights agree.
 */
import { describe, expect, it } from 'vitest'
import { frameWidth } from '../../../widgets/frame/height.ts'
import { flat } from '../../../widgets/shared/markup.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { LIST_FALLBACK_CSS, WIDE_FROM, WIDER_FROM, WIDEST_FROM } from '../../../widgets/timeline/css.ts'
import { flagsLayout } from '../../../widgets/timeline/layout-flags.ts'
import { timelineModel } from '../../../widgets/timeline/model.ts'
import { grevesExemple } from '../../fixtures/greves-exemple/index.ts'
import { nordicSuffrage } from '../../fixtures/nordic-suffrage/index.ts'
import { load, occupation, renderTimeline } from './render.ts'

describe('a timeline of 25 strikes over 25 years', async () => {
  const greves = await load(grevesExemple)
  const view = greves.views.timeline!

  it('has no drawing with a leader through a label at 552 px, and the list stays there', () => {
    const model = timelineModel(timelineData(greves, view, 'fr'), 'fr', [])
    // The flags laid out at 552 px cannot keep every leader clear: each label covers the next leaders.
    expect(flagsLayout(model, { width: WIDE_FROM, context: true, prefix: 'w' }).clashes).toBeGreaterThan(0)
    const page = renderTimeline(greves, { lang: 'fr' }).page()
    expect(/<div class="(tl[^"]*)">/.exec(page)![1]).toBe('tl tl-lw')
    expect(page).toContain(LIST_FALLBACK_CSS)
    expect(page).not.toContain('<svg class="tl-w"')
    expect(page).toContain('<svg class="tl-x"')
  })

  it('shows a drawing only where every leader is clear, in French and English', () => {
    for (const lang of ['fr', 'en'] as const) {
      const model = timelineModel(timelineData(greves, view, lang), lang, [])
      const page = renderTimeline(greves, { lang }).page()
      const classes = /<div class="(tl[^"]*)">/.exec(page)![1]!.split(' ')
      for (const [k, width] of [
        ['w', WIDE_FROM],
        ['x', WIDER_FROM],
        ['y', WIDEST_FROM],
      ] as const) {
        const clashes = flagsLayout(model, { width, context: true, prefix: k }).clashes!
        expect(page.includes(`<svg class="tl-${k}"`), `${lang} at ${width}`).toBe(clashes === 0)
        expect(classes.includes(`tl-l${k}`), `${lang} at ${width}`).toBe(clashes > 0)
      }
    }
  })

  it('predicts the list’s height where the list stays, the drawing’s where one is shown', () => {
    const rendered = renderTimeline(greves, { lang: 'fr' })
    const height = rendered.heightAt!
    // 600 px: the list (taller than any drawing of 25 labels); 1000 px: the drawing at 880.
    expect(height(600)).toBeGreaterThan(height(1000) + 150)
    expect(frameWidth(1000)).toBeGreaterThanOrEqual(WIDER_FROM)
    expect(frameWidth(1200)).toBeGreaterThanOrEqual(WIDEST_FROM)
  })

  it('leaves the bundled timeline’s three drawings and its CSS as they were', async () => {
    const page = renderTimeline(await occupation()).page()
    expect(/<div class="(tl[^"]*)">/.exec(page)![1]).toBe('tl')
    expect(page).not.toContain(LIST_FALLBACK_CSS)
    for (const k of ['w', 'x', 'y']) expect(page).toContain(`<svg class="tl-${k}"`)
  })

  it('labels a month as a month and a year as a year, in the key and in each entry’s words', () => {
    const page = renderTimeline(greves, { lang: 'en' }).page()
    const key = /<ul class="tl-key">(.*?)<\/ul>/s.exec(page)![1]!.replace(/<[^>]+>/g, '|')
    const words = key.split('|').filter(Boolean)
    expect(words).toEqual(['exact date', 'dated only to a month', 'dated only to a year', 'dated only as a range'])
    expect(page).toContain('<title>Teachers’ strike, May 2003, 8,500</title>')
    expect(page).toContain('<title>Student movement, 2006, 23,000</title>')
    expect(page).toContain('<time datetime="2003-05">May 2003</time>')
    const fr = renderTimeline(greves, { lang: 'fr' }).page()
    for (const w of ['datée seulement au mois', 'datée seulement à l’année', 'datée seulement par une période'])
      expect(fr).toContain(w)
  })

  it('keeps the range wording for ranges only: a dataset of years says years', async () => {
    const page = renderTimeline(await load(nordicSuffrage), { lang: 'en' }).page()
    expect(page).toContain('dated only to a year</li>')
    expect(page).not.toContain('dated only as a range')
  })

  it('draws the three strikes of 3 April 2018 under one mark and one label block', () => {
    for (const lang of ['fr', 'en'] as const) {
      const model = timelineModel(timelineData(greves, view, lang), lang, [])
      const body = flat(flagsLayout(model, { width: WIDEST_FROM, context: true, prefix: 'y' }).body)
      const groups = body.split('<g class="ev ').slice(1)
      expect(groups, lang).toHaveLength(23)
      const day = groups.filter((g) => g.includes(lang === 'fr' ? '3 avril 2018' : '3 April 2018'))
      expect(day, lang).toHaveLength(1)
      expect(day[0]!.match(/<circle class="dot"/g), lang).toHaveLength(1)
      expect(day[0]!.match(/<line class="ld"/g), lang).toHaveLength(1)
      expect(day[0]!.match(/<rect class="bar"/g), lang).toHaveLength(3)
      expect(day[0]!.match(/<text class="n"/g), lang).toHaveLength(3)
    }
    const title = /<title>(Rail walkout[^<]*)<\/title>/.exec(renderTimeline(greves, { lang: 'en' }).page())![1]
    expect(title).toBe(
      'Rail walkout, 3 April 2018, 14,600; Energy strike, 3 April 2018, 7,300; Airport strike, 3 April 2018, 2,600',
    )
  })

  it('keeps distinct ranges apart at 320 px: each its own entry and hatched mark, in the page and the image', () => {
    const rendered = renderTimeline(greves, { lang: 'en', width: '320' })
    const page = rendered.page()
    const list = page.slice(page.indexOf('<ol class="tl-l">'))
    const spans = [...list.matchAll(/<li class="it sp"><span class="tl-nm">([^<]*)<\/span><span>(.*?)<\/span><\/li>/g)]
    const ranges = spans.map((m) => `${m[1]}: ${m[2]!.replace(/<[^>]+>/g, '')}`).filter((t) => /\d–|\s–\s/.test(t))
    expect(ranges).toEqual([
      'Hospital strike: 20 November – 4 December 2001\u00a0· 3,900',
      'Refinery strike: 12–19 October 2010\u00a0· 4,100',
      'Performers’ strike: June – July 2014\u00a0· 3,300',
      'Pensions protest: January – March 2023\u00a0· 27,000',
    ])
    // The 4 ranges and the 9 entries dated to a month or a year: 13 hatched marks, one each.
    expect(spans).toHaveLength(13)
    const image = rendered.svg()
    expect(image.match(/<rect class="sp"/g)).toHaveLength(13)
    expect(image).toContain('<title>Pensions protest, January – March 2023, 27,000</title>')
    expect(image).toContain('<title>Pensions day of action, 23 March 2023, 35,000</title>')
  })

  it('shows no running total anywhere when the descriptor turns it off', () => {
    const page = renderTimeline(greves, { lang: 'en' }).page()
    expect(page).not.toContain('class="tl-t"')
    expect(page).not.toContain('Running total')
    const header = /<thead>(.*?)<\/thead>/s
      .exec(page)![1]!
      .replace(/<[^>]+>/g, '|')
      .split('|')
      .filter(Boolean)
    expect(header).toEqual(['Date', 'Strike', 'Strikers'])
  })
})
