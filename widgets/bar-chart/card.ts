import { direction } from '../../data/vocabulary/index.ts'
import { CARD_TYPE, type CardArea, cardDocument } from '../frame/card.ts'
import type { Palette } from '../frame/theme.ts'
import { embedded } from '../shared/bidi.ts'
import { type Markup, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth, truncateText } from '../shared/text-width.ts'
import type { BarChartInput } from './render.ts'
import type { ChartWords } from './words.ts'

/** Row pitch of the card's bars: the largest, and the smallest a 28 px label sits in. */
const PITCH = { max: 56, min: 36 }
/** Widest label column, as a share of the card's inner width; longer labels are cut. */
const LABEL_SHARE = 0.36
/** Between labels and bars, and between a bar's end and its value. */
const GAP = 16
const VALUE_GAP = 10
/** Half a cap height of the mark type, to centre text on a bar. */
const HALF_CAP = CARD_TYPE.mark * 0.36

/**
 * The bar chart's social card (frame/card.ts): its bars, each named and valued at 28 px, in the
 * chart's order; as many as fit at {@link PITCH}.min (all of them for this dataset), without axis,
 * readouts or sums.
 */
export function barCard(words: ChartWords, { options, frame }: BarChartInput): string {
  const highlight = new Set(options.highlight)
  return cardDocument({
    text: frame,
    theme: options.theme,
    description: words.description,
    mark: (area, p) => bars(words, highlight, area, p, direction(options.lang) === 'rtl'),
  })
}

/** Right to left the bars are mirrored about the area's centre, anchors swapped (as imageBars). */
function bars(words: ChartWords, highlight: ReadonlySet<string>, area: CardArea, p: Palette, rtl: boolean): Markup {
  const mx = (x: number) => round(rtl ? 2 * area.x + area.width - x : x)
  const [labelAnchor, valueAnchor] = rtl ? [null, svg` text-anchor="end"`] : [svg` text-anchor="end"`, null]
  const size = CARD_TYPE.mark
  const shown = words.bars.slice(0, Math.max(1, Math.floor(area.height / PITCH.min)))
  const pitch = Math.min(PITCH.max, area.height / shown.length)
  const labelWidth = Math.min(area.width * LABEL_SHARE, Math.max(...shown.map((b) => textWidth(b.datum.label, size))))
  const valueWidth = Math.max(...shown.map((b) => textWidth(b.valueLabel, size))) + VALUE_GAP
  const x0 = area.x + labelWidth + GAP
  const length = area.width - labelWidth - GAP - valueWidth
  const values = shown.map((b) => b.datum.value)
  const min = Math.min(...values, 0)
  const span = Math.max(...values, 0) - min || 1
  // Negative values run left of the zero line; without them it is the left end, as it always was.
  const zero = x0 + (-min / span) * length
  const rows = shown.map((bar, i) => {
    const centre = area.y + pitch * (i + 0.5)
    const thickness = round(pitch * (bar.nested ? 0.3 : 0.6))
    const w = round((Math.abs(bar.datum.value) / span) * length)
    const left = bar.datum.value < 0 ? zero - w : zero
    const end = bar.datum.value < 0 ? zero : zero + w
    const mute = highlight.size > 0 && !highlight.has(bar.datum.id)
    const baseline = round(centre + HALF_CAP)
    const label = embedded(truncateText(bar.datum.label, labelWidth, size), rtl)
    return svg`<rect class="${mute ? 'mm' : 'mk'}" x="${rtl ? mx(left + w) : round(left)}" y="${round(centre - thickness / 2)}" width="${w}" height="${thickness}" fill="${mute ? p.markMuted : p.mark}"></rect><text x="${mx(x0 - GAP)}" y="${baseline}"${labelAnchor} fill="${mute ? p.muted : p.fg}">${label}</text><text x="${mx(end + VALUE_GAP)}" y="${baseline}"${valueAnchor} fill="${mute ? p.muted : p.fg}">${embedded(bar.valueLabel, rtl)}</text>`
  })
  return svg`<g font-size="${size}">${rows}</g>`
}
