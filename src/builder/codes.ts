import type { Lang } from '../../data/vocabulary/index.ts'
import { type EmbedCodeOptions, type EmbedCodes, embedCodes } from '../embed/embed-code.ts'
import { csvUrl } from '../embed/embed-url.ts'
import { initialHeight } from '../embed/height.ts'
import type { BuilderField } from './fields.ts'
import { rowLabels } from './labels.ts'
import type { CodeTexts } from './page.tsx'
import {
  type BuilderData,
  type ChartHeights,
  type CodeTemplates,
  dataLinks,
  type HeightTable,
} from './shared-with-browser.ts'
import type { BuilderState } from './state.ts'

/** Where the query and the title go in code templates: text no option or title produces. */
const QUERY_MARK = '?factbox-builder-query=here'
const TITLE_MARK = 'FACTBOXBUILDERTITLE'
const HEIGHT_MARK = 987654321
const COLUMN_HEIGHT_MARK = 987654322
/**
 * The content width, in CSS px, the script-free code is sized for: a desktop article column
 * (640-700 px in most newsrooms' templates), its narrow end, so that a wider column leaves a
 * little space below the chart rather than a narrower one cutting off its source line. A phone
 * gets the responsive code's loader, or scrolls inside the iframe; the builder says so beside it.
 */
export const DESKTOP_COLUMN = 640
/**
 * Most combinations of height-changing choices measured per page; beyond, the page's height. The
 * bar chart has 72: language (3) × title block (2) × order (6: date order shows each date) × context note (2).
 */
const MAX_HEIGHT_COMBINATIONS = 96
/** The codes that are HTML, whose parts are escaped. */
const HTML_CODES = ['responsive', 'iframe', 'amp'] as const

/** Everything the builder page shows for one state, and the JSON its script rebuilds it from. */
export interface BuilderOutput {
  codes: CodeTexts
  title: string
  /** The chart's height on a phone: the preview's and the responsive code's initial height. */
  height: number
  /** The chart's height in a desktop column ({@link DESKTOP_COLUMN}): the script-free code's. */
  columnHeight: number
  data: BuilderData
}

/**
 * Builds the page's codes with the lead's `embedCodes()` (the single source of every code) and
 * templates of the same codes for the script: one per data version, with markers where the
 * options and the title go. The chart's title and height come from the widget itself.
 */
export function builderOutput(
  state: BuilderState,
  origin: string,
  loader: { url: string; integrity: string },
): BuilderOutput {
  const { dataset, widget, view } = state.chart
  // The data codes follow the chart's: a frozen chart's data is its pinned version's.
  const csvUrls = {
    pinned: csvUrl(origin, dataset.id, view.resource, dataset.version),
    latest: csvUrl(origin, dataset.id, view.resource),
  }
  const context = { dataUrl: csvUrls[state.version] }
  const langField = state.fields.find((f) => f.name === 'lang')
  const defaultLang = langField?.default || dataset.languages[0] || 'en'
  const renderWith = (params: Record<string, string>) =>
    widget.render(dataset, view, widget.options(params, dataset, view), context)
  const rendered = renderWith(state.params)
  const height = initialHeight(rendered)
  const columnHeight = initialHeight(rendered, DESKTOP_COLUMN)
  const parts = { origin, dataset: dataset.id, widget: widget.name, loader }
  const pinned = { version: dataset.version }
  const codes = builderCodes(
    { ...parts, ...(state.version === 'pinned' ? pinned : {}), params: state.params, title: rendered.title },
    { phone: height, column: columnHeight },
  )
  const lang = state.params.lang ?? defaultLang
  // The title of every language as the widget writes it, before an editor's own title.
  const { title: _override, ...untitled } = state.params
  const titles = Object.fromEntries(
    (langField?.choices ?? [defaultLang]).map((l) => [l, renderWith({ ...untitled, lang: l }).title]),
  )
  const mark = { ...parts, params: markParams(), title: TITLE_MARK }
  const markHeights = { phone: HEIGHT_MARK, column: COLUMN_HEIGHT_MARK }
  const heightsOf = (params: Record<string, string>): ChartHeights => {
    const chart = renderWith(params)
    return { phone: initialHeight(chart), column: initialHeight(chart, DESKTOP_COLUMN) }
  }
  return {
    codes: { ...codes, ...dataLinks(context.dataUrl, lang) },
    title: rendered.title,
    height,
    columnHeight,
    data: {
      dataset: dataset.id,
      widget: widget.name,
      fields: state.fields.map(({ name, kind, choices, default: fallback }) => ({
        name,
        kind,
        choices,
        default: fallback,
      })),
      templates: {
        pinned: templates(builderCodes({ ...mark, ...pinned }, markHeights)),
        latest: templates(builderCodes(mark, markHeights)),
      },
      titles,
      rowLabels: Object.fromEntries(
        (langField?.choices ?? [defaultLang]).map((l) => [l, Object.fromEntries(rowLabels(dataset, view, l as Lang))]),
      ),
      heights: { ...cachedHeights(state, heightsOf), fallback: { phone: height, column: columnHeight } },
      lang: defaultLang,
      csvUrls,
    },
  }
}

/**
 * The codes the builder hands out, all from `embedCodes()`: the responsive and AMP codes start at
 * the phone's height (their script or AMP corrects it), the script-free code keeps the height of a
 * desktop column, which nothing corrects.
 */
function builderCodes(options: Omit<EmbedCodeOptions, 'height'>, heights: ChartHeights): TemplateCodes {
  const { pageUrl, responsive, amp, oembedUrl, svgUrl, pngUrl } = embedCodes({ ...options, height: heights.phone })
  const { iframe } = embedCodes({ ...options, height: heights.column })
  return { pageUrl, responsive, iframe, amp, oembedUrl, svgUrl, pngUrl }
}

type TemplateCodes = Pick<EmbedCodes, 'pageUrl' | 'responsive' | 'iframe' | 'amp' | 'oembedUrl' | 'svgUrl' | 'pngUrl'>

function markParams(): Record<string, string> {
  const [name, value] = QUERY_MARK.slice(1).split('=')
  return { [name!]: value! }
}

function templates(codes: TemplateCodes): CodeTemplates {
  // Fails loudly if embedCodes() ever writes its URLs differently, rather than serving a script
  // that silently stops updating the query.
  if (
    !codes.pageUrl.endsWith(QUERY_MARK) ||
    !codes.iframe.includes(TITLE_MARK) ||
    !codes.responsive.includes(`height="${HEIGHT_MARK}"`) ||
    !codes.iframe.includes(`height="${COLUMN_HEIGHT_MARK}"`)
  )
    throw new Error('embedCodes() output no longer holds the builder markers')
  return {
    codes,
    html: HTML_CODES,
    query: { raw: QUERY_MARK, encoded: new URLSearchParams([['', QUERY_MARK]]).toString().slice(1) },
    title: TITLE_MARK,
    height: { phone: String(HEIGHT_MARK), column: String(COLUMN_HEIGHT_MARK) },
  }
}

const heightCache = new Map<string, Omit<HeightTable, 'fallback'>>()

/**
 * The height table of a state, shared by every state that differs only in its choices (the table
 * covers those), so that switching language or title block costs no new measurements.
 */
function cachedHeights(
  state: BuilderState,
  heightFor: (params: Record<string, string>) => ChartHeights,
): Omit<HeightTable, 'fallback'> {
  const { dataset, widget } = state.chart
  const free = state.fields
    .filter((f) => f.kind !== 'choice' && state.params[f.name] !== undefined)
    .map((f) => [f.name, state.params[f.name]])
  const key = JSON.stringify([dataset.id, dataset.version, widget.name, free])
  let table = heightCache.get(key)
  if (!table) {
    table = heightTable(state.fields, state.params, heightFor)
    if (heightCache.size >= 200) heightCache.delete(heightCache.keys().next().value!)
    heightCache.set(key, table)
  }
  return table
}

/**
 * Measures which choices change the chart's initial height (holding the other options as they
 * are: language and title block do, colours and order do not), then the height for every
 * combination of those, so that the script writes the height the server would.
 */
function heightTable(
  fields: readonly BuilderField[],
  params: Record<string, string>,
  heightFor: (params: Record<string, string>) => ChartHeights,
): Omit<HeightTable, 'fallback'> {
  const sizing = fields.filter(
    (field) =>
      field.kind === 'choice' &&
      new Set(
        field.choices.map((value) => {
          const { phone, column } = heightFor({ ...params, [field.name]: value })
          return `${phone}/${column}`
        }),
      ).size > 1,
  )
  const defaults = sizing.map((field) => field.default)
  const combinations = sizing.reduce<string[][]>(
    (all, field) => all.flatMap((combo) => field.choices.map((value) => [...combo, value])),
    [[]],
  )
  const heights: Record<string, ChartHeights> = {}
  if (combinations.length <= MAX_HEIGHT_COMBINATIONS)
    for (const combo of combinations)
      heights[JSON.stringify(combo)] = heightFor({
        ...params,
        ...Object.fromEntries(sizing.map((field, i) => [field.name, combo[i]!])),
      })
  return { fields: sizing.map((field) => field.name), defaults, heights }
}
