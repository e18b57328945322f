import { keyword, type Lang, OptionError } from '../../data/vocabulary/index.ts'

/** Query parameters every widget accepts; a widget's own `params` add to these. */
export const COMMON_PARAMS = ['lang', 'theme', 'highlight', 'title', 'subtitle', 'header', 'context'] as const
/** One of {@link COMMON_PARAMS}. */
export type CommonParam = (typeof COMMON_PARAMS)[number]

/**
 * Query parameters of the standalone images only (`.svg`, `.png`): a page is as wide as its
 * iframe, so the page routes do not read them (nor does the builder offer them as a field).
 */
export const IMAGE_PARAMS = ['width'] as const
/** One of {@link IMAGE_PARAMS}. */
export type ImageParam = (typeof IMAGE_PARAMS)[number]

/**
 * Range of `width`, px: from the narrowest phone column a widget page is made for to twice a
 * desktop column (the PNG, at twice the SVG's size, then stays within the PNG Worker's 4096 px).
 */
export const IMAGE_WIDTH_RANGE = { min: 280, max: 2000 } as const

/** Values of `theme`. */
export const THEMES = ['auto', 'light', 'dark'] as const
/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number]

/** Values of `header`. */
export const HEADERS = ['show', 'none'] as const

/** Values of `context`. */
export const CONTEXTS = ['show', 'none'] as const

/** Longest title override, in characters; a headline longer than this is a paragraph. */
export const MAX_TITLE = 120
/** Longest subtitle override, in characters. */
export const MAX_SUBTITLE = 240

/** The options every widget shares, after validation. */
export interface CommonOptions {
  /**
   * Language of every word: one of the dataset's languages.
   * @default the dataset's first language ('en')
   */
  lang: Lang
  /**
   * `auto` follows the reader's `prefers-color-scheme` with no script; `light` and `dark` force one.
   * @default 'auto'
   */
  theme: Theme
  /**
   * Ids of the rows to emphasise (`highlight=shusha,lachin`); the others are muted.
   * @default [] (nothing muted)
   */
  highlight: readonly string[]
  /** Replaces the title from the dataset (plain text, at most {@link MAX_TITLE} characters). */
  title?: string
  /** Replaces the subtitle from the dataset (plain text, at most {@link MAX_SUBTITLE} characters). */
  subtitle?: string
  /**
   * `none` hides the title block (title and subtitle) when the article already has a headline;
   * the title stays in the page for screen readers. Notes and the source line always show.
   * @default 'show'
   */
  header: (typeof HEADERS)[number]
  /**
   * `show` adds the dataset's cited note on what changed after its figures were published (for
   * this dataset: 2020 and 2023); `none` hides it, for an archived article that keeps its time.
   * @default 'show'
   */
  context: (typeof CONTEXTS)[number]
  /**
   * Width of the standalone image (`.svg`, `.png`) in px, within {@link IMAGE_WIDTH_RANGE}; a
   * narrow one gets the widget's narrow arrangement, so its text stays at its size in a phone
   * column. Pages ignore it.
   * @default the widget's image width (640)
   */
  width?: number
}

/** What the common options are checked against. */
export interface CommonOptionsContext {
  /** Languages the dataset is published in (first is the default). */
  languages: readonly Lang[]
  /** Ids a `highlight` may name (the rows of the widget's resource). */
  ids: readonly string[]
}

/**
 * Fills defaults and validates the shared options; anything wrong throws an `OptionError` naming
 * the parameter and, where they can be listed, the allowed values. Never mutates `params`.
 * @example normalizeCommonOptions({ lang: 'az' }, { languages: ['en', 'az'], ids: [] }).lang // 'az'
 */
export function normalizeCommonOptions(
  params: Partial<Record<CommonParam | ImageParam, string>>,
  context: CommonOptionsContext,
): CommonOptions {
  const title = freeText('title', params.title, MAX_TITLE)
  const subtitle = freeText('subtitle', params.subtitle, MAX_SUBTITLE)
  const width = imageWidth(params.width)
  return {
    lang: keyword('lang', params.lang, context.languages, context.languages[0] ?? 'en'),
    theme: keyword('theme', params.theme, THEMES, 'auto'),
    highlight: idList('highlight', params.highlight, context.ids),
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    header: keyword('header', params.header, HEADERS, 'show'),
    context: keyword('context', params.context, CONTEXTS, 'show'),
    ...(width === undefined ? {} : { width }),
  }
}

/**
 * `width`: a whole number of px within {@link IMAGE_WIDTH_RANGE}, written plainly (no sign,
 * exponent or leading zero), so each width has one URL; empty means "not given".
 */
export function imageWidth(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const { min, max } = IMAGE_WIDTH_RANGE
  const width = /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : Number.NaN
  if (!(width >= min && width <= max))
    throw new OptionError('width', `invalid width: expected a whole number of pixels from ${min} to ${max}`)
  return width
}

/**
 * A plain-text override. Empty or blank means "not given" (a builder form sends `title=`); runs
 * of white space collapse to one space. Markup is never interpreted: the `html`/`svg` templates escape it on output.
 */
export function freeText(option: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  if (text === '') return undefined
  if ([...text].length > max) throw new OptionError(option, `${option} is longer than ${max} characters`)
  return text
}

/**
 * A comma-separated list of ids, each of which must be in `ids`; duplicates and empty items are
 * dropped. The message lists the allowed ids but never repeats the input.
 */
export function idList(option: string, value: string | undefined, ids: readonly string[]): readonly string[] {
  if (value === undefined) return []
  const items = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ]
  const known = new Set(ids)
  if (items.some((id) => !known.has(id)))
    throw new OptionError(option, `invalid ${option}: every item must be the id of a row (see the allowed values)`, ids)
  return items
}
