/**
 * Markup that escapes by default: the `html` and `svg` tagged templates escape every interpolated
 * string, pass numbers through as `${n}` writes them, join arrays, leave out `null`, `undefined`
 * and `false` (as JSX leaves out an absent attribute or child), and take trusted markup only as a
 * {@link Markup}: the result of another `html`/`svg` template or of an explicit {@link raw}.
 * So a dataset, option or translation can never add markup by accident:
 *
 * ```ts
 * svg`<text class="${cls}">${label}</text>` // label "A & B" → <text class="…">A &amp; B</text>
 * html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`
 * ```
 *
 * Why templates and not JSX for the charts: Hono JSX builds a node and a props object per element
 * and normalises and escapes every attribute on every render, which on the marks a chart repeats
 * (bars, ticks, labels) was most of a render and of its garbage (bench/README.md, "Where the misses
 * come from", has the profile). A template is one string concatenation with a check per value. JSX
 * remains where it is cheap and rare (the error page, the API docs, the builder).
 */

/** A fragment of markup that is safe to insert as it is: built by `html`/`svg` or `raw()`. */
export class Markup {
  /** The markup text. */
  readonly text: string
  constructor(text: string) {
    this.text = text
  }
  toString(): string {
    return this.text
  }
}

/** What a template accepts between `${…}`: text to escape, numbers, markup, lists of those, or nothing. */
export type Interpolation = string | number | Markup | null | undefined | false | readonly Interpolation[]

const SPECIAL = /[&<>"']/
const SPECIALS = /[&<>"']/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for element content or a double-quoted attribute value exactly as Hono JSX does:
 * `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; nothing else changes.
 * The templates call it; markup is written with the templates, never escaped by hand.
 * @example esc(`Tom & Jerry's <b>`) // 'Tom &amp; Jerry&#39;s &lt;b&gt;'
 */
export function esc(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, entity) : text
}

const entity = (c: string) => ENTITIES[c]!

function piece(value: Interpolation): string {
  if (typeof value === 'string') return esc(value)
  if (typeof value === 'number') return `${value}`
  if (value instanceof Markup) return value.text
  if (value === null || value === undefined || value === false) return ''
  let out = ''
  for (const item of value) out += piece(item)
  return out
}

/**
 * Writes HTML: every interpolated string is escaped, numbers pass through, arrays are joined,
 * `null`/`undefined`/`false` write nothing, a {@link Markup} is inserted as it is.
 * @example html`<p title="${title}">${count} ${unit}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  // Numbers, strings and markup, most of what a chart interpolates, are written inline rather than
  // through piece(): a chart's first render runs in V8's interpreter, where every call counts.
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (typeof value === 'number') out += value
    else if (typeof value === 'string') out += SPECIAL.test(value) ? value.replace(SPECIALS, entity) : value
    else if (value instanceof Markup) out += value.text
    else if (value !== null && value !== undefined && value !== false) out += piece(value)
    out += strings[i + 1]!
  }
  return new Markup(out)
}

/** Writes SVG; the same template as {@link html}, named for what it writes. */
export const svg = html

/**
 * Trusted markup, inserted without escaping: only for text that is markup by construction (CSS,
 * a script, a document built elsewhere), never for a value from a dataset, option or translation.
 * A {@link Markup} comes back as it is, so code that wrapped a function's string result keeps
 * working when the function returns `Markup`.
 */
export function raw(text: string | Markup): Markup {
  return typeof text === 'string' ? new Markup(text) : text
}

/**
 * `markup` as one flat string, for a finished document. Markup built by concatenation is a rope in
 * V8 (a tree of thousands of pieces), and the route encodes every page to UTF-8 right away, which
 * is faster on a flat string (bench/README.md has the figures). Reading a character makes V8
 * flatten the rope in place; on an engine that does not, this only costs the read.
 */
export function flat(markup: Markup | string): string {
  const text = typeof markup === 'string' ? markup : markup.text
  text.charCodeAt(0)
  return text
}
