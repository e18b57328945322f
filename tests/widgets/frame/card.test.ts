import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { CARD_PAD, CARD_SIZE } from '../../../widgets/frame/card.ts'
import { textWidth } from '../../../widgets/shared/text-width.ts'
import { balticStates } from '../../fixtures/baltic-states/index.ts'
import { nordicSuffrage } from '../../fixtures/nordic-suffrage/index.ts'
import { renderBar } from '../bar-chart/load-dataset.ts'
import { expectSnapshot } from '../shared/snapshot.ts'
import { type PaintedElement, paintedElements } from '../shared/svg-paint.ts'
import { load, occupation, renderTimeline } from '../timeline/render.ts'

interface Box {
  what: string
  left: number
  right: number
  top: number
  bottom: number
}

/** A text's box: its advance from the width table, from the ascender (0.93 em) to the descender (0.25 em). */
function textBox(e: PaintedElement): Box {
  const size = e.fontSize ?? 16
  const width = textWidth(e.text, size, e.fontWeight === '700' ? 'bold' : 'normal')
  const left = e.origin.x + e.x - (e.textAnchor === 'end' ? width : e.textAnchor === 'middle' ? width / 2 : 0)
  const baseline = e.origin.y + Number(e.attrs.y ?? 0)
  return {
    what: `text “${e.text}”`,
    left,
    right: left + width,
    top: baseline - 0.93 * size,
    bottom: baseline + 0.25 * size,
  }
}

/** A mark's box, its stroke included. */
function markBox(e: PaintedElement): Box | undefined {
  const a = (name: string) => Number(e.attrs[name] ?? 0)
  const half = e.stroke && e.stroke !== 'none' ? a('stroke-width') / 2 : 0
  const box = (left: number, right: number, top: number, bottom: number): Box => ({
    what: `<${e.tag} ${JSON.stringify(e.attrs)}>`,
    left: e.origin.x + left - half,
    right: e.origin.x + right + half,
    top: e.origin.y + top - half,
    bottom: e.origin.y + bottom + half,
  })
  if (e.tag === 'circle') return box(a('cx') - a('r'), a('cx') + a('r'), a('cy') - a('r'), a('cy') + a('r'))
  if (e.tag === 'rect') return box(a('x'), a('x') + a('width'), a('y'), a('y') + a('height'))
  if (e.tag === 'line')
    return box(
      Math.min(a('x1'), a('x2')),
      Math.max(a('x1'), a('x2')),
      Math.min(a('y1'), a('y2')),
      Math.max(a('y1'), a('y2')),
    )
  if (e.tag === 'path') {
    // The cards' paths are M, H and V commands.
    const xs: number[] = []
    const ys: number[] = []
    for (const [, command, args] of (e.attrs.d ?? '').matchAll(/([MHV])([^MHV]*)/g)) {
      const n = args!
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number)
      if (command === 'M') {
        xs.push(n[0]!)
        ys.push(n[1]!)
      }
      if (command === 'H') xs.push(n[0]!)
      if (command === 'V') ys.push(n[0]!)
    }
    return box(Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys))
  }
  return undefined
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('the social cards', async () => {
  const dataset = await occupation()
  const cards = {
    bar: (params: Record<string, string>) => renderBar(dataset, params).card!(),
    timeline: (params: Record<string, string>) => renderTimeline(dataset, params).card!(),
    'timeline-cumulative': (params: Record<string, string>) =>
      renderTimeline(dataset, { ...params, view: 'cumulative' }).card!(),
  }
  const LANGS: Lang[] = ['en', 'az', 'ru']

  for (const [name, card] of Object.entries(cards))
    for (const lang of LANGS)
      it(`compose the ${name} card in ${lang} at 1200x630: 56 px headline, one deck line, no text under 28 px or out of the margins`, () => {
        const svg = card({ lang, theme: 'light' })
        expect(svg).toMatch(
          /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1200 630" width="1200" height="630"/,
        )
        const painted = paintedElements(svg)
        const texts = painted.filter((e) => e.text !== '' && (e.tag === 'text' || e.tag === 'tspan'))
        const sizes = texts.map((e) => e.fontSize!)
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28)
        const headline = texts.filter((e) => e.fontWeight === '700' && e.fontSize! >= 40)
        expect(headline.length).toBe(1)
        expect(headline[0]!.fontSize).toBe(56)
        expect(texts.filter((e) => e.fontSize === 30)).toHaveLength(1)
        const boxes = texts.map(textBox)
        const outside = boxes.filter(
          (b) =>
            !(b.left >= CARD_PAD - 0.5 && b.right <= CARD_SIZE.width - CARD_PAD + 0.5) ||
            !(b.top >= CARD_PAD - 12 && b.bottom <= CARD_SIZE.height - CARD_PAD + 12),
        )
        expect(outside.map((b) => b.what)).toEqual([])
        const clashes = boxes.flatMap((a, i) =>
          boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.what} × ${b.what}`] : [])),
        )
        expect(clashes).toEqual([])
      })

  for (const view of ['events', 'cumulative'])
    for (const lang of LANGS)
      it(`never covers a year label of the timeline card with a mark (${view}, ${lang})`, () => {
        const painted = paintedElements(renderTimeline(dataset, { lang, view }).card!())
        const years = painted.filter((e) => e.classes.includes('yr')).map(textBox)
        expect(years.map((b) => b.what)).toEqual(['text “1992”', 'text “1993”'])
        const marks = painted
          .filter((e) => e.ancestors.includes('mark') && !e.ancestors.includes('axis') && !e.ancestors.includes('defs'))
          .flatMap((e) => markBox(e) ?? [])
        expect(marks.length).toBeGreaterThan(0)
        const covered = years.flatMap((y) => marks.flatMap((m) => (overlap(y, m) ? [`${y.what} × ${m.what}`] : [])))
        expect(covered).toEqual([])
      })

  it('compose cards of other datasets and of a date range with no text overlapping another or a mark over a year', async () => {
    const baltic = await load(balticStates)
    const nordic = await load(nordicSuffrage)
    const cases = [
      ['baltic-states', renderTimeline(baltic).card!()],
      ['baltic-states bar', renderBar(baltic).card!()],
      ['nordic-suffrage', renderTimeline(nordic, { lang: 'ru' }).card!()],
      ['nordic-suffrage cumulative', renderTimeline(nordic, { view: 'cumulative' }).card!()],
      ['from=1993', renderTimeline(dataset, { from: '1993' }).card!()],
      ['to=1992 highlight', renderTimeline(dataset, { to: '1992', highlight: 'shusha' }).card!()],
    ] as const
    for (const [name, card] of cases) {
      const painted = paintedElements(card)
      const texts = painted.filter((e) => e.text !== '' && (e.tag === 'text' || e.tag === 'tspan'))
      expect(Math.min(...texts.map((e) => e.fontSize!)), name).toBeGreaterThanOrEqual(28)
      const boxes = texts.map(textBox)
      const clashes = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.what} × ${b.what}`] : [])),
      )
      expect(clashes, name).toEqual([])
      const years = painted.filter((e) => e.classes.includes('yr')).map(textBox)
      const marks = painted
        .filter((e) => e.ancestors.includes('mark') && !e.ancestors.includes('axis') && !e.ancestors.includes('defs'))
        .flatMap((e) => markBox(e) ?? [])
      expect(
        years.flatMap((y) => marks.filter((m) => overlap(y, m)).map((m) => m.what)),
        name,
      ).toEqual([])
    }
  })

  it('set a long title on at most three lines, smaller but never under 40 px, uncut and within the margins', () => {
    const title =
      'Nagorno-Karabakh and the seven surrounding districts: when each was occupied and how large it is, 1988–1994'
    for (const card of Object.values(cards)) {
      const texts = paintedElements(card({ title, lang: 'en' })).filter((e) => e.tag === 'text' && e.text !== '')
      const headline = texts.filter((e) => e.fontWeight === '700' && e.fontSize! >= 40)
      expect(headline.length).toBeLessThanOrEqual(3)
      expect(headline[0]!.fontSize).toBeLessThan(56)
      expect(headline.map((e) => e.text).join(' ')).toBe(title)
      expect(Math.max(...headline.map((e) => textBox(e).right))).toBeLessThanOrEqual(CARD_SIZE.width - CARD_PAD)
      const boxes = texts.map(textBox)
      expect(boxes.filter((a, i) => boxes.slice(i + 1).some((b) => overlap(a, b)))).toEqual([])
    }
  })

  it('keep every text of the card readable in a 500 px feed thumbnail (>= 11.5 px there)', () => {
    for (const card of Object.values(cards)) {
      const sizes = paintedElements(card({})).flatMap((e) =>
        e.text && (e.tag === 'text' || e.tag === 'tspan') ? [e.fontSize!] : [],
      )
      expect(Math.min(...sizes) * (500 / CARD_SIZE.width)).toBeGreaterThanOrEqual(11.5)
    }
  })

  it('are drawn as committed', () => {
    for (const [name, card] of Object.entries(cards)) {
      const dir = join(import.meta.dirname, name === 'bar' ? '../bar-chart' : '../timeline')
      expectSnapshot(dir, `${name}-card-en-light.svg`, card({ theme: 'light' }))
      expectSnapshot(dir, `${name}-card-ru-dark.svg`, card({ theme: 'dark', lang: 'ru' }))
    }
  })
})
