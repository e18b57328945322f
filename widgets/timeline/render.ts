import { direction, type PartialDate } from '../../data/vocabulary/index.ts'
import { dataTable } from '../frame/data-table.ts'
import { type WidgetInput, widgetPage } from '../frame/page.ts'
import { svgChartWidth, svgDocument, svgPalette } from '../frame/svg-frame.ts'
import { color, PALETTES, type Palette } from '../frame/theme.ts'
import { html, type Markup, raw, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth, wrapText } from '../shared/text-width.ts'
import { KEY, LIST_FALLBACK_CSS, listRtlCss, NOTE, timelineCss, WIDE_FROM, WIDER_FROM, WIDEST_FROM } from './css.ts'
import { chronologyColumns, chronologyRows, countedNote, describeTimeline, skippedYears } from './describe.ts'
import type { Drawing } from './drawing-kit.ts'
import { flagsLayout } from './layout-flags.ts'
import { type ListLayout, listLayout } from './layout-list.ts'
import { listImageLayout } from './layout-list-svg.ts'
import { stepsLayout } from './layout-steps.ts'
import { type TimelineModel, timelineModel, withinRange } from './model.ts'
import type { TimelineOptions } from './options.ts'
import type { TimelineData } from './types.ts'

/** Width of the standalone image, px (as the bar chart's). */
export const IMAGE_WIDTH = 640

/** What the timeline needs besides its data: options, the frame's words, the script. */
export type TimelineInput = WidgetInput<TimelineOptions>

/**
 * What one render works out once and shares between the page, the standalone SVG and the
 * height prediction: each part computed on first use and kept, so asking for one output costs
 * only what that output needs.
 */
export interface TimelineScene {
  readonly input: TimelineInput
  /** What is shown: the date range applied, the running total over every item. */
  readonly model: TimelineModel
  /** The timeline in words (`describeTimeline`). */
  readonly description: string
  /** The cumulative view's note on items dated only to a range (`countedNote`), or ''. */
  readonly note: string
  /** The key's entries, as far as the chart shows them. */
  readonly key: KeyItem[]
  /** The page's phone arrangement, below {@link WIDE_FROM}: an HTML list. */
  readonly narrow: ListLayout
  /**
   * The page's horizontal drawing, at {@link WIDE_FROM}; null where its labels cannot be placed
   * without a leader through one (see {@link shownDrawing}): the list stays there instead.
   */
  readonly wide: Drawing | null
  /** The page's horizontal drawing for desktops, at {@link WIDER_FROM}, or null as {@link wide}. */
  readonly wider: Drawing | null
  /** The page's horizontal drawing for the widest frames, at {@link WIDEST_FROM}, or null as {@link wide}. */
  readonly widest: Drawing | null
}

/**
 * The timeline of `data` for one render, nothing computed yet (see {@link TimelineScene}).
 * @example const scene = timelineScene(data, input); timelinePage(scene); timelineHeight(scene)(320)
 */
export function timelineScene(data: TimelineData, input: TimelineInput): TimelineScene {
  return new Scene(drawnFor(data, input.options), input)
}

/** The options that change what is drawn; the others (title, subtitle, theme, header) change only the frame or colours. */
export type DrawingOptions = Pick<TimelineOptions, 'lang' | 'highlight' | 'view' | 'events' | 'from' | 'to'>

// Classes, not object literals with getters: V8 builds each such literal with its own accessors
// and hidden class, and in the render loop of bench/render-cpu.ts that made the young
// generation's collections far longer (the commit that made the scene a class has the figures).

/**
 * What is drawn for some data and {@link DrawingOptions}, each part computed on first use: shared
 * by every render that asks for the same drawing (see {@link drawnFor}).
 */
class Drawn {
  readonly #data: TimelineData
  readonly #options: DrawingOptions
  #model: TimelineModel | undefined
  #description: string | undefined
  #note: string | undefined
  #key: KeyItem[] | undefined
  #narrow: ListLayout | undefined
  #wide: Drawing | null | undefined
  #wider: Drawing | null | undefined
  #widest: Drawing | null | undefined
  constructor(data: TimelineData, options: DrawingOptions) {
    this.#data = data
    this.#options = options
  }
  get model(): TimelineModel {
    const data = this.#data
    const options = this.#options
    return (this.#model ??= timelineModel(
      withinRange(data, options.from, options.to),
      options.lang,
      options.highlight,
      data.items,
    ))
  }
  get description(): string {
    const options = this.#options
    return (this.#description ??= describeTimeline(
      this.model,
      options.events === 'context',
      options.view === 'cumulative',
    ))
  }
  get note(): string {
    return (this.#note ??= this.#options.view === 'cumulative' ? countedNote(this.model) : '')
  }
  get key(): KeyItem[] {
    return (this.#key ??= keyItems(this.model, this.#options))
  }
  get narrow(): ListLayout {
    return (this.#narrow ??= listLayout(this.model, {
      context: this.#options.events === 'context',
      cumulative: this.#options.view === 'cumulative',
    }))
  }
  get wide(): Drawing | null {
    if (this.#wide === undefined) this.#wide = shownDrawing(this.model, this.#options, WIDE_FROM, 'w')
    return this.#wide
  }
  get wider(): Drawing | null {
    if (this.#wider === undefined) this.#wider = shownDrawing(this.model, this.#options, WIDER_FROM, 'x')
    return this.#wider
  }
  get widest(): Drawing | null {
    if (this.#widest === undefined) this.#widest = shownDrawing(this.model, this.#options, WIDEST_FROM, 'y')
    return this.#widest
  }
}

/** The drawings kept, by adapted data (one per dataset, view and language: see adapter.ts), then by view and events. */
const drawings = new WeakMap<TimelineData, Map<string, Drawn>>()

/**
 * The drawing of `data` for `options`. The whole timeline (no `highlight`, `from` or `to`) is kept
 * and shared with later renders: what most embeds ask for, with a few keys per dataset (view and
 * events; the data is per language). A highlighted or cut timeline is drawn for its render only:
 * those options have too many values to keep, and keeping some only to drop them later made every
 * such render pay for it in garbage collection (bench/README.md).
 */
function drawnFor(data: TimelineData, options: DrawingOptions): Drawn {
  const { lang, highlight, view, events, from, to } = options
  if (highlight.length > 0 || from || to) return new Drawn(data, options)
  let byKey = drawings.get(data)
  if (!byKey) drawings.set(data, (byKey = new Map()))
  const key = `${view} ${events}`
  let drawn = byKey.get(key)
  if (!drawn) byKey.set(key, (drawn = new Drawn(data, { lang, highlight, view, events })))
  return drawn
}

/** One render: its input (frame words, colours, script) over a shared {@link Drawn}. */
class Scene implements TimelineScene {
  readonly input: TimelineInput
  readonly #drawn: Drawn
  constructor(drawn: Drawn, input: TimelineInput) {
    this.#drawn = drawn
    this.input = input
  }
  get model(): TimelineModel {
    return this.#drawn.model
  }
  get description(): string {
    return this.#drawn.description
  }
  get note(): string {
    return this.#drawn.note
  }
  get key(): KeyItem[] {
    return this.#drawn.key
  }
  get narrow(): ListLayout {
    return this.#drawn.narrow
  }
  get wide(): Drawing | null {
    return this.#drawn.wide
  }
  get wider(): Drawing | null {
    return this.#drawn.wider
  }
  get widest(): Drawing | null {
    return this.#drawn.widest
  }
}

/**
 * The horizontal drawing of `model` laid out at `width` (from {@link WIDE_FROM}), or null where
 * its labels cannot be placed without a leader through one (`Drawing.clashes`: labels so dense
 * that each covers the next one's leader, around a label that must turn at an edge). That is the
 * fallback: no drawing at that width rather than a false one; the list by year, whose entries
 * are spaced by order and not by date, takes its place.
 */
function shownDrawing(
  model: TimelineModel,
  options: Pick<TimelineOptions, 'events' | 'view'>,
  width: number,
  prefix: string,
): Drawing | null {
  const context = options.events === 'context'
  const drawing =
    options.view === 'cumulative'
      ? stepsLayout(model, { width, context, prefix })
      : flagsLayout(model, { width, context, prefix })
  return drawing.clashes ? null : drawing
}

/**
 * The drawing of `model` for a width: horizontal from {@link WIDE_FROM}, unless its labels cannot
 * be placed there without a leader through one ({@link shownDrawing}); otherwise the phone list
 * as SVG (`listImageLayout`), for an image (the page shows phones the HTML list, `listLayout`).
 */
export function timelineDrawing(
  model: TimelineModel,
  options: Pick<TimelineOptions, 'events' | 'view'>,
  width: number,
  prefix: string,
): Drawing {
  const context = options.events === 'context'
  const cumulative = options.view === 'cumulative'
  return (
    (width >= WIDE_FROM && shownDrawing(model, options, width, prefix)) ||
    listImageLayout(model, { width, context, cumulative, prefix })
  )
}

/**
 * The page's CSS: the same for every page (colours are custom properties), so written once, when
 * the module loads: a string of constants, cheap at startup, and not on a fresh isolate's first
 * request.
 */
const PAGE_CSS = timelineCss(color, true)

/**
 * The timeline as a complete HTML page: the frame around four arrangements, a list for phones,
 * a horizontal drawing from {@link WIDE_FROM} px and two more laid out for desktops from
 * {@link WIDER_FROM} and {@link WIDEST_FROM} px, whose labels use the width they have (CSS shows
 * the one that fits and hides the others from screen readers too), a legend, and the chronology
 * as a table for screen readers. Pure: the same data and options give the same bytes.
 */
export function timelinePage(scene: TimelineScene): string {
  const { options, frame } = scene.input
  const { model } = scene
  const title = frame.title.text
  const table = dataTable({
    dir: direction(options.lang),
    caption: `${model.messages.timeline.chronology}${model.messages.chrome.colon} ${title}`,
    columns: chronologyColumns(model, options.events === 'context'),
    rows: chronologyRows(model, options.events === 'context'),
  })
  const classes = chartClasses(scene)
  return widgetPage(scene.input, {
    css:
      PAGE_CSS +
      (direction(options.lang) === 'rtl' ? listRtlCss(color) : '') +
      (classes === 'tl' ? '' : LIST_FALLBACK_CSS),
    chart: html`<div class="${classes}">${legend(scene.key)}<p id="tl-d" class="fb-sr">${scene.description}</p>${scene.narrow.body}${scene.wide && drawingSvg(scene.wide, 'w', title)}${scene.wider && drawingSvg(scene.wider, 'x', title)}${scene.widest && drawingSvg(scene.widest, 'y', title)}${scene.note && html`<p class="tl-note">${scene.note}</p>`}</div>`,
    // The wrapper clips the table: a table never shrinks to the 1 px of `.fb-sr`, and its
    // overflow would otherwise give narrow iframes a horizontal scrollbar.
    table: html`<div class="fb-sr">${table}</div>`,
  })
}

/**
 * The timeline as a standalone SVG document, `width` px wide ({@link IMAGE_WIDTH} by default):
 * the horizontal drawing, or the phone list where the chart is narrower than {@link WIDE_FROM},
 * with the frame's words and its own light and dark styles.
 */
export function timelineSvg(scene: TimelineScene): string {
  const { options, frame } = scene.input
  const imageWidth = options.width ?? IMAGE_WIDTH
  const width = svgChartWidth(imageWidth)
  const drawing = timelineDrawing(scene.model, options, width, 'i')
  const palette = svgPalette(options.theme)
  const literal = (p: Palette) => (key: keyof Palette) => p[key]
  const imageCss = (p: Palette) => timelineCss(literal(p), false) + keyCss(literal(p))
  const css =
    imageCss(palette) +
    (options.theme === 'auto' ? `@media(prefers-color-scheme:dark){${imageCss(PALETTES.dark)}}` : '')
  const key = svgKey(scene.key, width, palette)
  const note = svgNote(scene.note, width, key.height + drawing.height, palette)
  const height = key.height + drawing.height + note.height
  return svgDocument({
    text: frame,
    header: options.header,
    theme: options.theme,
    width: imageWidth,
    description: scene.description,
    chartHeight: height,
    // The CSS is built from the palette's constants, not from data: trusted, and not escaped.
    chart: svg`<svg class="tl" width="${width}" height="${height}" overflow="visible"><style>${raw(css)}</style>${defs('i')}${key.body}<svg y="${key.height}" width="${width}" height="${drawing.height}" overflow="visible">${drawing.body}</svg>${note.body}</svg>`,
  })
}

/**
 * The chart's classes: `tl`, and `tl-lw`, `tl-lx`, `tl-ly` for each width class whose drawing is
 * not shown ({@link shownDrawing}), where the CSS keeps the list instead (`LIST_FALLBACK_CSS`).
 */
function chartClasses(scene: TimelineScene): string {
  const missing = (['w', 'x', 'y'] as const).filter((k) => !{ w: scene.wide, x: scene.wider, y: scene.widest }[k])
  return ['tl', ...missing.map((k) => `tl-l${k}`)].join(' ')
}

/** Patterns of a drawing: diagonal hatching for spans. */
function defs(prefix: string): Markup {
  return svg`<defs><pattern id="${prefix}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch" width="1.6" height="4"></rect></pattern></defs>`
}

/** A drawing of the page in its own SVG, named by the chart's title and described by its words. */
function drawingSvg(drawing: Drawing, prefix: string, label: string): Markup {
  return svg`<svg class="tl-${prefix}" width="100%" height="${drawing.height}" role="group" aria-label="${label}" aria-describedby="tl-d" data-roving="">${defs(prefix)}${drawing.body}</svg>`
}

/** One entry of the key: which swatch, and its words. */
export interface KeyItem {
  swatch: 'dot' | 'hatch' | 'ring' | 'break'
  text: string
}

/** The key: what a dot, a hatched span, a ring and the break marks mean, as far as they appear. */
function keyItems(model: TimelineModel, options: DrawingOptions): KeyItem[] {
  const t = model.messages.timeline
  const context = options.events === 'context' && model.context.length > 0
  const cumulative = options.view === 'cumulative'
  const items: KeyItem[] = []
  if (!cumulative && model.items.some((e) => !e.span)) items.push({ swatch: 'dot', text: t.exactDay })
  // The dots of the step line mark its steps, not exact dates; a range-dated item is hatched in
  // both views (in the list), and the cumulative note says how the line counts it.
  // Each kind of stretch as what it is: "May 2003" is dated to a month, "2003" to a year, neither is a range.
  const spans = new Set(model.items.filter((e) => e.span).map((e) => stretchOf(e.event.date)))
  for (const kind of ['month', 'year', 'range'] as const)
    if (spans.has(kind))
      items.push({ swatch: 'hatch', text: { month: t.monthOnly, year: t.yearOnly, range: t.rangeOnly }[kind] })
  if (context) items.push({ swatch: 'ring', text: t.context })
  const skipped = skippedYears(model, context)
  if (skipped) items.push({ swatch: 'break', text: t.notShown(skipped) })
  return items
}

/** What a hatched span stands for: a range, or a date known only to its month or year. */
function stretchOf(date: PartialDate): 'month' | 'year' | 'range' {
  return date.isRange ? 'range' : date.precision === 'month' ? 'month' : date.precision === 'year' ? 'year' : 'range'
}

/**
 * Classes of the swatches in the standalone image: the marks' own (`.tl .dot`, `.ring`, `.brk` in
 * timelineCss) and `kh` for the hatch, so its styles repaint them with the theme as they do the
 * marks (the `theme=auto` dark style reaches classes, not presentation attributes).
 */
const SWATCH_CLASS: Record<KeyItem['swatch'], string> = { dot: 'dot', hatch: 'kh', ring: 'ring', break: 'brk' }

/** The hatch swatch's stroke, for the image's styles. */
const keyCss = (paint: (key: keyof Palette) => string): string => `.tl .kh{stroke:${paint('mark')}}`

/** A 16 x 12 swatch, painted with `paint` (CSS values or literal colours); `classed` adds {@link SWATCH_CLASS}. */
function swatch(kind: KeyItem['swatch'], paint: (key: keyof Palette) => string, classed = false): Markup {
  const cls = classed ? svg` class="${SWATCH_CLASS[kind]}"` : null
  switch (kind) {
    case 'dot':
      return svg`<circle${cls} cx="8" cy="6" r="4" fill="${paint('mark')}"></circle>`
    case 'hatch':
      return svg`<path${cls} d="M0 10l6-8M5 10l6-8M10 10l6-8" stroke="${paint('mark')}" stroke-width="1.4"></path>`
    case 'ring':
      return svg`<circle${cls} cx="8" cy="6" r="3.5" fill="${paint('bg')}" stroke="${paint('fg')}" stroke-width="1.5"></circle>`
    case 'break':
      return svg`<path${cls} d="M3 11l4-10M9 11l4-10" stroke="${paint('fg')}" stroke-width="1.5" fill="none"></path>`
  }
}

/** The key in the page: an HTML list, so its words wrap like text. */
function legend(key: readonly KeyItem[]): Markup {
  const items = key.map(
    (k) =>
      html`<li><svg width="${KEY.swatch.width}" height="${KEY.swatch.height}" aria-hidden="true">${swatch(k.swatch, color)}</svg>${k.text}</li>`,
  )
  return html`<ul class="tl-key">${items}</ul>`
}

/** The key in the standalone image: SVG rows, wrapped with the width table. */
function svgKey(key: readonly KeyItem[], width: number, palette: Palette): { height: number; body: Markup | null } {
  let x = 0
  let y = 0
  const placed = key.map((k) => {
    const w = 16 + 5 + textWidth(k.text, 12)
    if (x > 0 && x + w > width) {
      x = 0
      y += 18
    }
    const at = { k, x, y }
    x += w + 14
    return at
  })
  if (placed.length === 0) return { height: 0, body: null }
  const paint = (key: keyof Palette) => palette[key]
  const rows = placed.map(
    ({ k, x, y }) =>
      svg`<svg x="${round(x)}" y="${y + 1}" width="16" height="12">${swatch(k.swatch, paint, true)}</svg><text x="${round(x + 21)}" y="${y + 11}">${k.text}</text>`,
  )
  return { height: y + 18 + 8, body: svg`<g class="key" aria-hidden="true">${rows}</g>` }
}

/**
 * The cumulative view's note (`countedNote`) in the standalone image: the page's `.tl-note`,
 * wrapped with the width table under the drawing at `top`, in the muted colour (`mu` repaints it
 * for `theme=auto`). Nothing when there is no note.
 */
function svgNote(note: string, width: number, top: number, palette: Palette): { height: number; body: Markup | null } {
  if (!note) return { height: 0, body: null }
  const lines = wrapText(note, width, NOTE.fontSize)
  const first = top + NOTE.marginTop + NOTE.fontSize * 0.93
  const tspans = lines.map((line, i) => svg`<tspan x="0" y="${round(first + i * NOTE.line)}">${line}</tspan>`)
  return {
    height: NOTE.marginTop + lines.length * NOTE.line,
    body: svg`<text class="mu tl-note" font-size="${NOTE.fontSize}" fill="${palette.muted}">${tspans}</text>`,
  }
}
