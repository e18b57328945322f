/**
 * Markup as plain strings, for the marks a chart repeats many times per render (bars, ticks,
 * labels, flags). Why not JSX there: Hono JSX builds a node and a props object per element and,
 * on every render, normalises each attribute name, escapes each value and looks up the SVG
 * namespace context per element. Profiled over 2000 renders (`node bench/render-cpu.ts
 * --profile`), that was 55% of a bar chart page and 43% of a timeline page, plus about 400 KB of
 * garbage per bar chart render, whose collection made the p99. Inside workerd the frame's JSX
 * also cost a per-element AsyncLocalStorage lookup (a third of an uncached bar render), so the
 * frame, page head and document are strings too; JSX remains where it is cheap and rare (the
 * standalone SVG document, error pages, the API docs). Strings enter JSX through {@link raw}.
 *
 * Rules for code that writes markup with these: every text or attribute value that can come from
 * a dataset, an option or a translation goes through {@link esc}; numbers are interpolated as
 * they are (`${n}`, as JSX writes them); absent attributes are left out, as JSX leaves out
 * `undefined`. tests/widgets/shared/markup.test.ts checks `esc` against JSX.
 */
import { raw } from 'hono/html'

export { raw }

const SPECIAL = /[&<>"']/
const SPECIALS = /[&<>"']/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for element content or a double-quoted attribute value exactly as Hono JSX does:
 * `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; nothing else changes.
 * @example esc(`Tom & Jerry's <b>`) // 'Tom &amp; Jerry&#39;s &lt;b&gt;'
 */
export function esc(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c]!) : text
}

/**
 * `text` as one flat string, for a finished document. Markup built by concatenation is a rope in
 * V8 (a tree of thousands of pieces), and the route encodes every page to UTF-8 right away:
 * encoding the timeline page as a rope took 170 µs, flattening it 47 µs and encoding it flat 37 µs
 * (`node bench/render-cpu.ts --bytes`). Reading a character makes V8 flatten the rope in place;
 * on an engine that does not, this only costs the read.
 */
export function flat(text: string): string {
  text.charCodeAt(0)
  return text
}
