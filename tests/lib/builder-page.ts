/**
 * Reading the builder's server-rendered page as an editor would copy from it, for the workerd and
 * the browser tests alike (no runtime-specific import here).
 */
import type { BuilderData } from '../../src/builder/shared-with-browser.ts'

/** Hono's escaping of text and attributes, undone. */
function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The text of the builder field with this id (a textarea's content or an input's value), unescaped. */
export function builderField(html: string, id: string): string {
  const match =
    new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(html) ??
    new RegExp(`<input type="text" id="${id}"[^>]* value="([^"]*)"`).exec(html)
  if (!match) throw new Error(`the builder has no #${id}`)
  return unescapeHtml(match[1]!)
}

/** The JSON the builder's script rebuilds every code from. */
export function builderData(html: string): BuilderData {
  const json = /<script type="application\/json" id="builder-data">([^<]*)<\/script>/.exec(html)?.[1]
  if (json === undefined) throw new Error('the builder has no #builder-data')
  return JSON.parse(json) as BuilderData
}
