/**
 * The builder's logic that runs in two places: on the server, to render the page for a GET form,
 * and in the reader's browser, to update every code as the editor changes an option. The browser
 * gets these very functions as text (`Function.prototype.toString`, see src/builder/script.ts),
 * so each one is self-contained: it reads only its arguments and standard globals, never a module
 * binding. A test checks that the browser's result equals `embedCodes()` for many options.
 */

/** A form field as the builder's script needs it (derived on the server from the widget's validator). */
export interface FieldRule {
  name: string
  /** `choice`: one of `choices`; `list`: any subset of `choices`; `text`: free text. */
  kind: 'choice' | 'list' | 'text'
  /** Accepted values, in the order the form shows them (empty for text). */
  choices: readonly string[]
  /** The value that changes nothing; left out of URLs (`''` when there is none). */
  default: string
}

/** Embed codes with markers where the options' query string and the chart's title go. */
export interface CodeTemplates {
  /** Code name → text with the markers (`responsive`, `iframe`, `amp`, `oembedUrl`, ...). */
  codes: Record<string, string>
  /** Names of the codes that are HTML (their query and title are HTML-escaped). */
  html: readonly string[]
  /** The marker query, as written in a URL (`?m=1`) and form-encoded inside another URL's query. */
  query: { raw: string; encoded: string }
  /** The marker title (plain letters: it reads the same escaped or not). */
  title: string
  /**
   * The marker initial heights (digits no URL, hash or title of ours holds): the phone's (the
   * responsive and AMP codes) and the desktop column's (the script-free code).
   */
  height: { phone: string; column: string }
}

/** A chart's initial height in px on a phone and in a desktop article column. */
export interface ChartHeights {
  phone: number
  column: number
}

/**
 * The chart's initial height for each combination of the choices that change it (`lang`,
 * `header`…), measured by the widget on the server; free text is taken as it was on the server.
 */
export interface HeightTable {
  /** The choice fields that change the height, in key order. */
  fields: readonly string[]
  /** Their defaults (the value when a parameter is left out). */
  defaults: readonly string[]
  /** `JSON.stringify([value, …])` → heights in px. */
  heights: Record<string, ChartHeights>
  /** For a combination not in the table (too many to list). */
  fallback: ChartHeights
}

/**
 * The query parameters for a widget's URL from raw form values: text collapsed and trimmed, a
 * list in the form's order without repeats, and whatever equals the default (or is empty) left
 * out, so equal charts get equal URLs.
 * @example canonicalParams([{ name: 'theme', kind: 'choice', choices: ['auto', 'dark'], default: 'auto' }], { theme: 'auto' }) // {}
 */
export function canonicalParams(
  fields: readonly FieldRule[],
  values: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const params: Record<string, string> = {}
  for (const field of fields) {
    const raw = values[field.name]
    if (raw === undefined) continue
    let value = raw.replace(/\s+/g, ' ').trim()
    if (field.kind === 'list') {
      const picked = value.split(',').map((item) => item.trim())
      value = field.choices.filter((choice) => picked.includes(choice)).join(',')
    }
    if (value !== '' && value !== field.default) params[field.name] = value
  }
  return params
}

/**
 * Fills code templates with a query and a title, exactly as `embedCodes()` writes them: the
 * parameters sorted by name and form-encoded (as `embedUrl()` does), HTML codes escaped as Hono's
 * `html` escapes (`& < > " '`).
 */
export function fillCodes(
  templates: CodeTemplates,
  params: Readonly<Record<string, string>>,
  title: string,
  height: ChartHeights,
): Record<string, string> {
  const entries = Object.keys(params)
    .sort()
    .map((name) => [name, params[name] ?? ''])
  const search = new URLSearchParams(entries).toString()
  const query = search ? `?${search}` : ''
  const encoded = new URLSearchParams([['', query]]).toString().slice(1)
  const escapeText = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  const pattern = new RegExp(
    [templates.query.encoded, templates.query.raw, templates.title, templates.height.phone, templates.height.column]
      .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  )
  const filled: Record<string, string> = {}
  for (const name of Object.keys(templates.codes)) {
    const isHtml = templates.html.includes(name)
    const values: Record<string, string> = {
      [templates.query.encoded]: encoded,
      [templates.query.raw]: isHtml ? escapeText(query) : query,
      [templates.title]: isHtml ? escapeText(title) : title,
      [templates.height.phone]: String(height.phone),
      [templates.height.column]: String(height.column),
    }
    // One pass, so a title or an option that happens to contain a marker is never rewritten.
    filled[name] = (templates.codes[name] ?? '').replace(pattern, (marker) => values[marker] ?? marker)
  }
  return filled
}

/** The initial heights for these parameters, from the table the server measured. */
export function pickHeight(table: HeightTable, params: Readonly<Record<string, string>>): ChartHeights {
  const key = JSON.stringify(table.fields.map((name, i) => params[name] ?? table.defaults[i] ?? ''))
  return table.heights[key] ?? table.fallback
}

/**
 * The CSV and JSON links of the data behind a widget, in the chart's language.
 * @example dataLinks('https://x.org/api/v1/datasets/d/r.csv', 'az').json // 'https://x.org/api/v1/datasets/d/r.json?lang=az'
 */
export function dataLinks(csvUrl: string, lang: string): { csv: string; json: string } {
  const query = lang ? `?${new URLSearchParams({ lang })}` : ''
  return { csv: `${csvUrl}${query}`, json: `${csvUrl.replace(/\.csv$/, '.json')}${query}` }
}

/** What the server hands the builder's script (as JSON in the page). */
export interface BuilderData {
  dataset: string
  widget: string
  fields: readonly FieldRule[]
  /** Code templates for pinned URLs and for URLs that follow the latest data. */
  templates: { pinned: CodeTemplates; latest: CodeTemplates }
  /** The chart's title in each language, as the widget writes it when no title is given. */
  titles: Record<string, string>
  /** Each row's label in each language (language → row id → label): the highlight choices' names. */
  rowLabels: Record<string, Record<string, string>>
  heights: HeightTable
  /** The language when `lang` is left out. */
  lang: string
  /** CSV of the view's resource, without a query: of the pinned version, and of the latest. */
  csvUrls: { pinned: string; latest: string }
}
