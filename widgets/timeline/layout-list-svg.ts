import { type Markup, svg } from '../shared/markup.ts'
import { round } from '../shared/round.ts'
import { textWidth, wrapText } from '../shared/text-width.ts'
import { DOT, type Drawing, eventGroup } from './drawing-kit.ts'
import { lineBox, type TextBox } from './geometry.ts'
import { type EntryLine, entryLines, LIST, sections } from './layout-list.ts'
import { LIST_STEPS, listSteps, listStepsHeight } from './layout-list-steps.ts'
import type { TimelineModel } from './model.ts'

/** Baseline of a text line below the top of its {@link LIST.line} px line box. */
const BASELINE = 12
/** How a running total's line starts (`entryLines`): the arrow and a no-break space. */
const ARROW = '→\u00a0'
/** Middle of the spine, where the marks sit. */
const MID = LIST.spine.x + LIST.spine.width / 2
/** Class of a line of an entry, by part: the name bold for an item, the total in the text colour. */
const lineClass = (line: EntryLine): string | null =>
  line.part === 'total' ? 'c' : line.part === 'name' && line.weight === 'bold' ? 'n' : null

/**
 * The phone list (`listLayout`) drawn as SVG for a standalone image narrower than the wide
 * drawing: the same sections, entries, lines and marks, wrapped with the width table at
 * `width`, spaced by order under year headings, the marks on a spine at the left; the
 * cumulative view's step line and its words above it. Its height follows the content.
 */
export function listImageLayout(
  model: TimelineModel,
  options: { width: number; context: boolean; cumulative: boolean; prefix: string },
): Drawing {
  const { width: W, prefix } = options
  const boxes: TextBox[] = []
  const out: Markup[] = []
  let y = 0
  const text = (line: string, x: number, size: number, weight: 'bold' | 'normal', cls: string | null) => {
    boxes.push(lineBox(line, x, y + BASELINE, textWidth(line, size, weight), size, 'start'))
    const markup = svg`<text${cls ? svg` class="${cls}"` : null} x="${x}" y="${round(y + BASELINE)}">${line}</text>`
    y += LIST.line
    return markup
  }
  // The running total's arrow is drawn, not set: the PNG renderer's font has no U+2192.
  const arrowed = (line: string) => {
    const x = LIST.indent
    const mid = round(y + BASELINE - 4)
    const arrow = svg`<path class="brk" d="M${x + 1} ${mid}h8m-3.5 -3.5l3.5 3.5l-3.5 3.5"></path>`
    const rest = line.slice(ARROW.length)
    return svg`${arrow}${text(rest, x + round(textWidth(ARROW, LIST.small.size)), LIST.small.size, 'normal', 'c')}`
  }
  const steps = options.cumulative ? listSteps(model, { context: options.context, width: W }) : null
  if (steps) {
    const words = wrapText(steps.words, W, LIST.small.size)
    out.push(svg`<g class="tl-end">${words.map((w) => text(w, 0, LIST.small.size, 'normal', 'c'))}</g>`)
    y += LIST_STEPS.gap
    out.push(
      svg`<svg y="${y}" width="${W}" height="${LIST_STEPS.plot + LIST_STEPS.strip}" overflow="visible">${steps.chart}</svg>`,
    )
    y = listStepsHeight(words.length)
  }
  const lineWidth = W - LIST.indent
  sections(model, options.context).forEach((section, s) => {
    if (s > 0) y += LIST.yearGap
    if ('gap' in section) {
      const t = y
      const x = (dx: number) => round(MID + dx + 2.8)
      out.push(svg`<path class="brk" d="M${x(-3)} ${t + 2}l-5.6 12M${x(3)} ${t + 2}l-5.6 12"></path>`)
      for (const line of wrapText(section.gap, lineWidth, LIST.small.size))
        out.push(text(line, LIST.indent, LIST.small.size, 'normal', null))
      return
    }
    for (const line of wrapText(String(section.year), W, LIST.name.size, 'bold'))
      out.push(text(line, 0, LIST.name.size, 'bold', 'n yh'))
    y += LIST.headingGap
    const spineTop = y
    const entries: Markup[] = []
    section.entries.forEach(({ entry: e, sameDay }, i) => {
      if (i > 0) y += sameDay ? LIST.sameDay : LIST.gap
      const top = y
      const lines = entryLines(e, model).flatMap((line) =>
        wrapText(line.text, lineWidth, line.size, line.weight).map((t) =>
          t.startsWith(ARROW) ? arrowed(t) : text(t, LIST.indent, line.size, line.weight, lineClass(line)),
        ),
      )
      const markY = top + LIST.line / 2
      // A day's entries sit under the first one's mark, as on the page: one mark for the day.
      const mark = sameDay
        ? null
        : e.span && e.event.kind === 'item'
          ? svg`<rect class="sp" x="${MID - 3}" y="${top + 2}" width="6" height="${y - top - 4}" fill="url(#${prefix}-hatch)"></rect>`
          : e.event.kind === 'item'
            ? svg`<circle class="dot" cx="${MID}" cy="${markY}" r="${DOT}"></circle>`
            : svg`<circle class="ring" cx="${MID}" cy="${markY}" r="${DOT - 0.5}"></circle>`
      entries.push(eventGroup(e, svg`${mark}${lines}`))
    })
    const spine = svg`<line class="axl" x1="${MID}" x2="${MID}" y1="${spineTop}" y2="${y}" stroke-width="${LIST.spine.width}"></line>`
    out.push(svg`${spine}${entries}`)
  })
  return { width: W, height: Math.ceil(y), body: svg`${out}`, boxes }
}
