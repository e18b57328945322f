import { CARD_TYPE, type CardArea, cardDocument } from '../frame/card.ts'
import type { Palette } from '../frame/theme.ts'
import { type Markup, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth } from '../shared/text-width.ts'
import type { Entry, TimelineModel } from './model.ts'
import type { TimelineScene } from './render.ts'

/** Room under the axis line for the year labels (28 px type and its descent). */
const AXIS_BAND = 48
/** Radius of an entry's dot, width of its stem. */
const DOT = 9
const STEM = 4
/** Least room between two year labels. */
const YEAR_GAP = 24

/**
 * The timeline's social card (frame/card.ts). The axis runs over whole years from the first
 * entry dated to a day (or the end of the earliest range) to the last (1992-1994 for this
 * dataset), with the years set under it; above it, `events`: each entry as a dot on a stem as
 * tall as its area, a range-dated one as a hatched band over the part of its range on the axis,
 * with its dates; `cumulative`: the running total as one step line, its end value beside it.
 * Context events are left out. Marks stay above the axis line, labels below: nothing covers a year.
 */
export function timelineCard(scene: TimelineScene): string {
  const { options, frame } = scene.input
  const { model } = scene
  return cardDocument({
    text: frame,
    theme: options.theme,
    description: scene.description,
    mark: (area, p) => mark(model, options.view === 'cumulative', area, p),
  })
}

/** Jan 1 of `year`, ms. */
const yearStart = (year: number) => Date.UTC(year, 0, 1)
const yearOf = (time: number) => new Date(time).getUTCFullYear()

/** The years the card's axis covers: [first, last) as Jan 1 of each. */
function axisYears(items: readonly Entry[]): { first: number; last: number } {
  // A range enters the axis by its end: its start may lie years before everything else (1988).
  const times = items.map((e) => (e.span ? e.end : e.start))
  return { first: yearOf(Math.min(...times)), last: yearOf(Math.max(...times)) + 1 }
}

function mark(model: TimelineModel, cumulative: boolean, area: CardArea, p: Palette): Markup {
  const items = model.items
  if (items.length === 0) return svg``
  const { first, last } = axisYears(items)
  const t0 = yearStart(first)
  const t1 = yearStart(last)
  const x = (time: number) => round(area.x + ((Math.min(Math.max(time, t0), t1) - t0) / (t1 - t0)) * area.width)
  const axisY = area.y + area.height - AXIS_BAND
  const size = CARD_TYPE.mark
  // Year labels centred in their year, every `step` years so that none touches the next.
  const yearWidth = area.width / (last - first)
  const step = Math.ceil((textWidth('0000', size) + YEAR_GAP) / yearWidth)
  const years: Markup[] = []
  for (let year = first; year < last; year++) {
    const left = x(yearStart(year))
    years.push(
      svg`<line class="ax" x1="${left}" x2="${left}" y1="${axisY}" y2="${axisY + 12}" stroke="${p.axis}"></line>`,
    )
    if ((year - first) % step === 0)
      years.push(
        svg`<text class="yr" x="${round(left + yearWidth / 2)}" y="${round(axisY + 12 + size)}" text-anchor="middle" fill="${p.muted}">${String(year)}</text>`,
      )
  }
  const axis = svg`<g class="axis" font-size="${size}"><line class="ax" x1="${area.x}" x2="${area.x + area.width}" y1="${axisY}" y2="${axisY}" stroke="${p.axis}" stroke-width="2"></line><line class="ax" x1="${area.x + area.width}" x2="${area.x + area.width}" y1="${axisY}" y2="${axisY + 12}" stroke="${p.axis}"></line>${years}</g>`
  const top = area.y + DOT
  const marks = cumulative ? runningLine(model, t0, t1, x, top, axisY, p) : entries(items, model, x, top, axisY, p)
  return svg`${axis}${marks}`
}

/** Each item as a dot on a stem from the axis, as tall as its area; a range as a hatched band. */
function entries(
  items: readonly Entry[],
  model: TimelineModel,
  x: (time: number) => number,
  top: number,
  axisY: number,
  p: Palette,
): Markup {
  const max = model.maxValue || 1
  const height = (e: Entry) => Math.max(DOT, ((e.event.value ?? 0) / max) * (axisY - top))
  const size = CARD_TYPE.mark
  // A range's dates go inside its band, where the band has room for them and no other range's
  // dates are already there: a short or narrow band goes unlabelled rather than spill on the axis.
  const labelled: { left: number; right: number; top: number }[] = []
  const ranges = items
    .filter((e) => e.span)
    .map((e) => {
      const left = x(e.start)
      const right = x(e.end)
      const h = round(height(e))
      const fill = e.muted ? p.markMuted : p.mark
      const label = { left: left + 10, right: left + 10 + textWidth(e.date, size), top: axisY - h + 8 }
      const fits =
        h >= size + 20 &&
        label.right <= right - 4 &&
        !labelled.some((l) => l.left < label.right && label.left < l.right && Math.abs(l.top - label.top) < size + 8)
      if (fits) labelled.push(label)
      const dates = fits
        ? svg`<text x="${round(label.left)}" y="${round(label.top + size)}" font-size="${size}" fill="${p.fg}" stroke="${p.bg}" stroke-width="6" paint-order="stroke">${e.date}</text>`
        : null
      // Open at the left when the range began before the axis: its start is in its dates.
      return svg`<g class="range"><rect x="${left}" y="${round(axisY - h)}" width="${round(right - left)}" height="${h}" fill="url(#card-hatch)"></rect><line x1="${left}" x2="${right}" y1="${round(axisY - h)}" y2="${round(axisY - h)}" stroke="${fill}" stroke-width="3"></line>${dates}</g>`
    })
  // Taller stems first, so a shorter one of the same day stays in front of it.
  const points = items
    .filter((e) => !e.span)
    .sort((a, b) => height(b) - height(a))
    .map((e) => {
      const cx = x(e.start)
      const cy = round(axisY - height(e))
      const fill = e.muted ? p.markMuted : p.mark
      return svg`<g class="entry"><line x1="${cx}" x2="${cx}" y1="${axisY}" y2="${cy}" stroke="${fill}" stroke-width="${STEM}"></line><circle cx="${cx}" cy="${cy}" r="${DOT}" fill="${fill}" stroke="${p.bg}" stroke-width="2"></circle></g>`
    })
  const hatch = svg`<defs><pattern id="card-hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="12" fill="${p.mark}" fill-opacity=".6"></rect></pattern></defs>`
  return svg`${hatch}${ranges}${points}`
}

/** The running total as one step line over the axis, and its end value. */
function runningLine(
  model: TimelineModel,
  t0: number,
  t1: number,
  x: (time: number) => number,
  top: number,
  axisY: number,
  p: Palette,
): Markup {
  const size = CARD_TYPE.mark
  const label = model.format(model.steps.at(-1)?.total ?? 0)
  // Room above the line's end for its value.
  const max = Math.max(1, ...model.steps.map((s) => s.total))
  const y = (value: number) => round(axisY - (value / max) * (axisY - top - size - 12))
  let value = 0
  for (const s of model.steps) if (s.time <= t0) value = s.total
  let d = `M${x(t0)},${y(value)}`
  for (const s of model.steps) {
    if (s.time <= t0 || s.time >= t1) continue
    d += `H${x(s.time)}V${y(s.total)}`
    value = s.total
  }
  d += `H${x(t1)}`
  const end = x(t1)
  const endY = y(value)
  return svg`<g class="running"><path d="${d}" fill="none" stroke="${p.mark}" stroke-width="5" stroke-linejoin="round"></path><text x="${end}" y="${round(endY - 14)}" text-anchor="end" font-size="${size}" font-weight="700" fill="${p.fg}">${label}</text></g>`
}
