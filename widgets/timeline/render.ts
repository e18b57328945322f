import { direction } from '../../data/vocabulary/index.ts'
import { dataTable } from '../frame/data-table.ts'
import { type WidgetInput, widgetPage } from '../frame/page.ts'
import { svgChartWidth, svgDocument, svgPalette } from '../frame/svg-frame.ts'
import { color, PALETTES, type Palette } from '../frame/theme.ts'
import { html, type Markup, raw, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth, wrapText } from '../shared/text-width.ts'
import { KEY, listRtlCss, NOTE, timelineCss, WIDE_FROM, WIDER_FROM, WIDEST_FROM } from './css.ts'
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
  /** The page's horizontal drawing, at {@link WIDE_FROM}. */
  readonly wide: Drawing
  /** The page's horizontal drawing for desktops, at {@link WIDER_FROM}. */
  readonly wider: Drawing
  /** The page's horizontal drawing for the widest frames, at {@link WIDEST_FROM}. */
  readonly widest: Drawing
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
  #wide: Drawing | undefined
  #wider: Drawing | undefined
  #widest: Drawing | undefined
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
  get wide(): Drawing {
    return (this.#wide ??= timelineDrawing(this.model, this.#options, WIDE_FROM, 'w'))
  }
  get wider(): Drawing {
    return (this.#wider ??= timelineDrawing(this.model, this.#options, WIDER_FROM, 'x'))
  }
  get widest(): Drawing {
    return (this.#widest ??= timelineDrawing(this.model, this.#options, WIDEST_FROM, 'y'))
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
  get wide(): Drawing {
    return this.#drawn.wide
  }
  get wider(): Drawing {
    return this.#drawn.wider
  }
  get widest(): Drawing {
    return this.#drawn.widest
  }
}

/**
 * The drawing of `model` for a width: horizontal from {@link WIDE_FROM}; below it the phone list
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
  if (width < WIDE_FROM) return listImageLayout(model, { width, context, cumulative, prefix })
  return cumulative ? stepsLayout(model, { width, context, prefix }) : flagsLayout(model, { width, context, prefix })
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
  return widgetPage(scene.input, {
    css: PAGE_CSS + (direction(options.lang) === 'rtl' ? listRtlCss(color) : ''),
    chart: html`<div class="tl">${legend(scene.key)}<p id="tl-d" class="fb-sr">${scene.description}</p>${scene.narrow.body}${drawingSvg(scene.wide, 'w', title)}${drawingSvg(scene.wider, 'x', title)}${drawingSvg(scene.widest, 'y', title)}${scene.note && html`<p class="tl-note">${scene.note}</p>`}</div>`,
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
  if (model.items.some((e) => e.span)) items.push({ swatch: 'hatch', text: t.rangeOnly })
  if (context) items.push({ swatch: 'ring', text: t.context })
  const skipped = skippedYears(model, context)
  if (skipped) items.push({ swatch: 'break', text: t.notShown(skipped) })
  return items
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
