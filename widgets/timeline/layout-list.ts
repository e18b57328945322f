import { direction } from '../../data/vocabulary/index.ts'
import { pageLines } from '../frame/height.ts'
import { html, type Markup } from '../shared/markup.ts'
import { skippedYearList } from './describe.ts'
import { listSteps, listStepsHeight } from './layout-list-steps.ts'
import type { Entry, TimelineModel } from './model.ts'

/**
 * Layout constants of the phone timeline, an HTML list beside a spine drawn with CSS, in px.
 * The CSS (css.ts) and the height prediction ({@link listHeight}) both read them.
 */
export const LIST = {
  /** Every line of the list: names, dates, totals, year headings. */
  line: 16,
  name: { size: 13, weight: 'bold' },
  small: { size: 12, weight: 'normal' },
  /** Text starts this far right of the list's left edge; the spine runs at {@link LIST.spine}. */
  indent: 22,
  /** Left edge and width of the spine. */
  spine: { x: 5, width: 2 },
  /** Between two entries, and between two entries of the same day. */
  gap: 10,
  sameDay: 2,
  /** Under a year heading, and above every year heading or gap but the first. */
  headingGap: 4,
  yearGap: 10,
} as const

/** A year of the list (its heading and entries, each marked when it shares the day before), or a gap. */
export type Section = { year: number; entries: { entry: Entry; sameDay: boolean }[] } | { gap: string }

/** The entries under headings of their start year; where the axis is broken, a gap names the years. */
export function sections(model: TimelineModel, context: boolean): Section[] {
  const t = model.messages.timeline
  const segments = model.segments(context)
  const gaps = skippedYearList(model, context)
  const out: Section[] = []
  let segment = 0
  let previous: Entry | undefined
  for (const entry of model.chronology(context)) {
    while (segment < segments.length - 1 && entry.start >= segments[segment]!.end) {
      segment++
      out.push({ gap: t.notShown(gaps[segment - 1]!) })
    }
    const year = new Date(entry.start).getUTCFullYear()
    const last = out.at(-1)
    const sameDay = !!previous && previous.event.date.value === entry.event.date.value
    if (last && 'year' in last && last.year === year) last.entries.push({ entry, sameDay })
    else out.push({ year, entries: [{ entry, sameDay: false }] })
    previous = entry
  }
  return out
}

/**
 * `<time>` for a date at its source's precision: its EDTF value is the `datetime` (a year, a
 * month, a day, a minute with its offset). A range is two `<time>`s around the dash of its words
 * ("1988–1992": 1988 and 1992), never a day nobody gave.
 */
export function timeElement(entry: Entry): Markup {
  const { value } = entry.event.date
  const slash = value.indexOf('/')
  const dash = entry.date.indexOf('\u2013')
  if (slash < 0 || dash < 0) return html`<time datetime="${value}">${entry.date}</time>`
  return html`<time datetime="${value.slice(0, slash)}">${entry.date.slice(0, dash)}</time>\u2013<time datetime="${value.slice(slash + 1)}">${entry.date.slice(dash + 1)}</time>`
}

/** One line of an entry as the list sets it: which part it is, its text and type. */
export interface EntryLine {
  part: 'name' | 'date' | 'total'
  text: string
  size: number
  weight: 'bold' | 'normal'
}

/** The lines of an entry as the list sets them: name, date (and value), running total. */
export function entryLines(entry: Entry, model: TimelineModel): EntryLine[] {
  const { event } = entry
  return [
    event.kind === 'item'
      ? { part: 'name', text: event.label, ...LIST.name }
      : { part: 'name', text: event.shortLabel ?? event.label, ...LIST.small },
    { part: 'date', text: entry.value ? `${entry.date}\u00a0· ${entry.value}` : entry.date, ...LIST.small },
    ...(entry.total === undefined
      ? []
      : [{ part: 'total' as const, text: `→\u00a0${model.format(entry.total)}`, ...LIST.small }]),
  ]
}

/** What the phone arrangement needs: its markup and its height at a width. */
export interface ListLayout {
  body: Markup
  /** Height in px of the list in a frame `width` px wide. */
  height(width: number): number
}

/**
 * The timeline for phones: an ordered list of entries under year headings, in time order, each
 * with its `<time>` and, for an item, its value and the running total after it (each area
 * counted once); the marks sit on a spine drawn with CSS, one per entry, spaced by order and not
 * by date, so no label can sit beside the wrong year. Entries of the same day sit together under one mark;
 * context events are secondary (a ring, muted words, even when dated to a range). The cumulative
 * view puts the running total's step line above it (`listSteps`). Plain HTML: it paints without
 * script, its text wraps at any width, and a screen reader reads it as a list.
 */
export function listLayout(model: TimelineModel, options: { context: boolean; cumulative: boolean }): ListLayout {
  const t = model.messages.timeline
  // The running total points back along the line: leftwards in a right-to-left list.
  const arrow = direction(model.lang) === 'rtl' ? '←' : '→'
  const list = sections(model, options.context)
  const steps = options.cumulative ? listSteps(model, options) : null
  const body = html`<div class="tl-n">${steps?.body}<ol class="tl-l">${list.map((section) => {
    if ('gap' in section) return html`<li class="tl-gap">${section.gap}</li>`
    const items = section.entries.map(({ entry: e, sameDay }) => {
      const classes = [
        e.event.kind === 'item' ? 'it' : `cx ${e.event.category ?? ''}`.trim(),
        e.span && e.event.kind === 'item' ? 'sp' : null,
        e.muted ? 'mu' : null,
        sameDay ? 'sd' : null,
      ]
      const name = e.event.kind === 'item' ? e.event.label : (e.event.shortLabel ?? e.event.label)
      const value = e.value ? html`\u00a0· ${e.value}` : null
      const total =
        e.total !== undefined &&
        html`<span class="tl-t"><span aria-hidden="true">${arrow}\u00a0</span><span class="fb-sr">${t.total}${model.messages.chrome.colon} </span>${model.format(e.total)}</span>`
      return html`<li class="${classes.filter(Boolean).join(' ')}"><span class="tl-nm">${name}</span><span>${timeElement(e)}${value}</span>${total}</li>`
    })
    return html`<li><h2>${section.year}</h2><ol>${items}</ol></li>`
  })}</ol></div>`
  return {
    body,
    height: (width) =>
      (steps ? listStepsHeight(pageLines(steps.words, width, LIST.small.size)) : 0) + listHeight(list, model, width),
  }
}

/** Height of the list's sections in a frame `width` px wide, by the page's Arial metrics. */
function listHeight(list: readonly Section[], model: TimelineModel, width: number): number {
  const lines = (text: string, type: { size: number; weight: 'bold' | 'normal' }, w = width - LIST.indent) =>
    pageLines(text, w, type.size, type.weight) * LIST.line
  let height = 0
  list.forEach((section, s) => {
    if (s > 0) height += LIST.yearGap
    if ('gap' in section) {
      height += lines(section.gap, LIST.small)
      return
    }
    height += lines(String(section.year), LIST.name, width) + LIST.headingGap
    section.entries.forEach(({ entry, sameDay }, i) => {
      if (i > 0) height += sameDay ? LIST.sameDay : LIST.gap
      for (const line of entryLines(entry, model)) height += lines(line.text, line)
    })
  })
  return height
}
