import { csvUrl } from './embed-url.ts'
import { embedCodes, type EmbedCodes } from './embed-code.ts'
import { initialHeight } from './builder-height.ts'
import type { CodeTexts } from './builder-page.tsx'
import type { BuilderState } from './builder-state.ts'
import { dataLinks, type BuilderData, type CodeTemplates } from './builder-template.ts'

/** Where the query and the title go in code templates: text no option or title produces. */
const QUERY_MARK = '?factbox-builder-query=here'
const TITLE_MARK = 'FACTBOXBUILDERTITLE'
/** The codes that are HTML, whose parts are escaped. */
const HTML_CODES = ['responsive', 'iframe', 'amp'] as const

/** Everything the builder page shows for one state, and the JSON its script rebuilds it from. */
export interface BuilderOutput {
  codes: CodeTexts
  title: string
  height: number
  data: BuilderData
}

/**
 * Builds the page's codes with the lead's `embedCodes()` (the single source of every code) and
 * templates of the same codes for the script: one per data version, with markers where the
 * options and the title go. The chart's title and height come from the widget itself.
 */
export function builderOutput(state: BuilderState, origin: string, loader: { url: string; integrity: string }): BuilderOutput {
  const { dataset, widget, view } = state.chart
  const context = { dataUrl: csvUrl(origin, dataset.id, view.resource) }
  const langField = state.fields.find((f) => f.name === 'lang')
  const defaultLang = langField?.default || dataset.languages[0] || 'en'
  const rendered = widget.render(dataset, view, widget.options(state.params, dataset, view), context)
  const height = initialHeight(rendered)
  const parts = { origin, dataset: dataset.id, widget: widget.name, height, loader }
  const pinned = { version: dataset.version }
  const codes = embedCodes({ ...parts, ...(state.version === 'pinned' ? pinned : {}), params: state.params, title: rendered.title })
  const lang = state.params.lang ?? defaultLang
  // The title of every language as the widget writes it, before an editor's own title.
  const { title: _override, ...untitled } = state.params
  const titles = Object.fromEntries(
    (langField?.choices ?? [defaultLang]).map((l) => [l, widget.render(dataset, view, widget.options({ ...untitled, lang: l }, dataset, view), context).title]),
  )
  return {
    codes: { ...pick(codes), ...dataLinks(context.dataUrl, lang) },
    title: rendered.title,
    height,
    data: {
      dataset: dataset.id,
      widget: widget.name,
      fields: state.fields.map(({ name, kind, choices, default: fallback }) => ({ name, kind, choices, default: fallback })),
      templates: {
        pinned: templates(embedCodes({ ...parts, ...pinned, params: markParams(), title: TITLE_MARK })),
        latest: templates(embedCodes({ ...parts, params: markParams(), title: TITLE_MARK })),
      },
      titles,
      lang: defaultLang,
      csvUrl: context.dataUrl,
    },
  }
}

function pick(codes: EmbedCodes) {
  const { pageUrl, responsive, iframe, amp, oembedUrl, svgUrl, pngUrl } = codes
  return { pageUrl, responsive, iframe, amp, oembedUrl, svgUrl, pngUrl }
}

function markParams(): Record<string, string> {
  const [name, value] = QUERY_MARK.slice(1).split('=')
  return { [name!]: value! }
}

function templates(codes: EmbedCodes): CodeTemplates {
  // Fails loudly if embedCodes() ever writes its URLs differently, rather than serving a script
  // that silently stops updating the query.
  if (!codes.pageUrl.endsWith(QUERY_MARK) || !codes.iframe.includes(TITLE_MARK))
    throw new Error('embedCodes() output no longer holds the builder markers')
  return {
    codes: pick(codes),
    html: HTML_CODES,
    query: { raw: QUERY_MARK, encoded: new URLSearchParams([['', QUERY_MARK]]).toString().slice(1) },
    title: TITLE_MARK,
  }
}
