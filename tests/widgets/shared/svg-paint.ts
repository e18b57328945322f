/**
 * What a standalone SVG paints, worked out without a browser: each element's fill, stroke and
 * font size after presentation attributes, the document's `<style>` rules (the dark
 * `prefers-color-scheme` block only when `dark` is asked for) and inheritance. Enough CSS for
 * what the widgets write: rules of class, type and descendant selectors, one level of `@media`.
 */

/** One painted element and what it inherits. */
export interface PaintedElement {
  tag: string
  /** Its own classes. */
  classes: readonly string[]
  /** Classes of every ancestor, nearest last. */
  ancestors: readonly string[]
  attrs: Readonly<Record<string, string>>
  fill: string | undefined
  stroke: string | undefined
  /** In user units of the element's coordinate system. */
  fontSize: number | undefined
  /** `font-weight` and `text-anchor`, resolved as the paint is. */
  fontWeight: string | undefined
  textAnchor: string | undefined
  /** Where its user space's origin lies in the root's: nested `<svg x y>` and `translate()` add up. */
  origin: { x: number; y: number }
  /** Its `x`, or for a `<tspan>` without one its `<text>`'s, in its own user space. */
  x: number
  /** The text directly inside it (before any child element). */
  text: string
}

interface Rule {
  selector: string[][]
  specificity: number
  order: number
  declarations: Record<string, string>
}

const PROPERTIES = ['fill', 'stroke', 'font-size', 'font-weight', 'text-anchor'] as const

/** Every element of `svg` with its resolved paint; `dark` applies the `prefers-color-scheme: dark` styles. */
export function paintedElements(svg: string, { dark = false } = {}): PaintedElement[] {
  const rules = styleRules(svg, dark)
  const elements: PaintedElement[] = []
  const stack: {
    tag: string
    classes: string[]
    inherited: Record<string, string | undefined>
    origin: { x: number; y: number }
    x: number
  }[] = []
  const tags = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>([^<]*)/g
  for (const [, closing, tag, attrText, selfClosing, text] of svg.matchAll(tags)) {
    if (closing) {
      stack.pop()
      continue
    }
    const attrs: Record<string, string> = {}
    for (const [, name, value] of attrText!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[name!] = decode(value!)
    const classes = (attrs.class ?? '').split(/\s+/).filter(Boolean)
    const parent = stack.at(-1)
    const chain = [...stack.map((s) => ({ tag: s.tag, classes: s.classes })), { tag: tag!, classes }]
    const values: Record<string, string | undefined> = { ...(parent?.inherited ?? {}) }
    for (const p of PROPERTIES) if (attrs[p] !== undefined) values[p] = attrs[p]
    const matching = rules
      .filter((r) => matches(r.selector, chain))
      .sort((a, b) => a.specificity - b.specificity || a.order - b.order)
    for (const rule of matching)
      for (const p of PROPERTIES) if (rule.declarations[p] !== undefined) values[p] = rule.declarations[p]
    for (const [name, value] of inlineStyle(attrs.style ?? ''))
      if (PROPERTIES.includes(name as never)) values[name] = value
    const size = values['font-size']
    const base = parent?.origin ?? { x: 0, y: 0 }
    const shift = shiftOf(tag!, attrs, parent !== undefined)
    const origin = { x: base.x + shift.x, y: base.y + shift.y }
    const x = attrs.x !== undefined && tag !== 'svg' ? Number(attrs.x) : tag === 'tspan' ? (parent?.x ?? 0) : 0
    elements.push({
      tag: tag!,
      classes,
      ancestors: stack.flatMap((s) => s.classes),
      attrs,
      fill: values.fill,
      stroke: values.stroke,
      fontSize: size === undefined ? undefined : Number.parseFloat(size),
      fontWeight: values['font-weight'],
      textAnchor: values['text-anchor'],
      origin,
      x,
      text: decode(text ?? '').trim(),
    })
    if (!selfClosing) stack.push({ tag: tag!, classes, inherited: values, origin, x })
  }
  return elements
}

/** How far an element moves its children: a nested `<svg>` by its `x`/`y`, a `translate()` by its offsets. */
function shiftOf(tag: string, attrs: Record<string, string>, nested: boolean): { x: number; y: number } {
  if (tag === 'svg' && nested) return { x: Number(attrs.x ?? 0), y: Number(attrs.y ?? 0) }
  const translate = /translate\(\s*([-\d.]+)(?:[\s,]+([-\d.]+))?\s*\)/.exec(attrs.transform ?? '')
  return translate ? { x: Number(translate[1]), y: Number(translate[2] ?? 0) } : { x: 0, y: 0 }
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

function inlineStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((d) => d.split(':').map((s) => s.trim()) as [string, string])
    .filter(([name, value]) => name && value)
}

/** The rules of every `<style>`, in document order; `@media` blocks other than dark mode are skipped. */
function styleRules(svg: string, dark: boolean): Rule[] {
  const rules: Rule[] = []
  for (const [, css] of svg.matchAll(/<style>([^<]*)<\/style>/g)) {
    let rest = css!
    while (rest.trim()) {
      const media = /^\s*@media\s*\(([^)]*)\)\s*\{/.exec(rest)
      if (media) {
        const end = closingBrace(rest, media[0].length)
        if (dark && /prefers-color-scheme\s*:\s*dark/.test(media[1]!)) addRules(rules, rest.slice(media[0].length, end))
        rest = rest.slice(end + 1)
        continue
      }
      const end = rest.indexOf('}')
      addRules(rules, rest.slice(0, end + 1))
      rest = rest.slice(end + 1)
    }
  }
  return rules
}

function closingBrace(css: string, from: number): number {
  let depth = 1
  for (let i = from; i < css.length; i++) {
    if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) return i
  }
  throw new Error('unbalanced CSS')
}

function addRules(rules: Rule[], css: string): void {
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = Object.fromEntries(inlineStyle(body!))
    for (const selector of selectors!.split(',')) {
      const compounds = selector.trim().split(/\s+/).map(parseCompound)
      const specificity = compounds.flat().reduce((s, part) => s + (part.startsWith('.') ? 10 : 1), 0)
      rules.push({ selector: compounds, specificity, order: rules.length, declarations })
    }
  }
}

/** `svg.tl` → ['svg', '.tl']; `.a.b` → ['.a', '.b']. */
function parseCompound(compound: string): string[] {
  return compound.match(/\.?[\w-]+/g) ?? []
}

function matchesCompound(compound: readonly string[], element: { tag: string; classes: readonly string[] }): boolean {
  return compound.every((part) =>
    part.startsWith('.') ? element.classes.includes(part.slice(1)) : part === element.tag,
  )
}

/** Descendant selectors, matched right to left. */
function matches(
  selector: readonly string[][],
  chain: readonly { tag: string; classes: readonly string[] }[],
): boolean {
  let i = chain.length - 1
  if (!matchesCompound(selector.at(-1)!, chain[i]!)) return false
  for (let s = selector.length - 2; s >= 0; s--) {
    i--
    while (i >= 0 && !matchesCompound(selector[s]!, chain[i]!)) i--
    if (i < 0) return false
  }
  return true
}
