import { textWidth, type Weight, wrapText } from '../shared/text-width.ts'

/** Type sizes of the timeline, in px: nothing under 12. */
export const TYPE = {
  name: { size: 13, weight: 'bold', lead: 16, cls: 'n' },
  small: { size: 12, weight: 'normal', lead: 15, cls: 's' },
  title: { size: 12, weight: 'normal', lead: 15, cls: 'c' },
} as const satisfies Record<string, { size: number; weight: Weight; lead: number; cls: string }>

/** One line of a label, with the baseline offset from the label's top. */
export interface LabelLine {
  text: string
  /** CSS class: `n` for names (bold 13 px), `c` for context titles and `s` for dates (12 px). */
  cls: string
  y: number
  /** Width in px, measured once here for the layouts' text boxes. */
  width: number
}

/** A label measured with the shared width table: its lines, width and height in px. */
export interface LabelBlock {
  lines: LabelLine[]
  width: number
  height: number
}

/** Baseline of a line below its line box top: the ascent of Arial-like faces at this lead. */
const BASELINE = 0.8

/**
 * Wraps and stacks the parts of a label (each part one style) into lines no wider than
 * `maxWidth`, measuring them with the width table so placement needs no DOM.
 * @param extra room reserved below the text (a bar), in px
 */
export function labelBlock(
  parts: readonly { text: string; type: keyof typeof TYPE }[],
  maxWidth: number,
  extra = 0,
): LabelBlock {
  const lines: LabelLine[] = []
  let y = 0
  let width = 0
  for (const part of parts) {
    const type = TYPE[part.type]
    for (const text of wrapText(part.text, maxWidth, type.size, type.weight)) {
      const w = textWidth(text, type.size, type.weight)
      lines.push({ text, cls: type.cls, y: y + Math.round(type.lead * BASELINE), width: w })
      width = Math.max(width, w)
      y += type.lead
    }
  }
  return { lines, width: Math.ceil(width), height: y + extra }
}
