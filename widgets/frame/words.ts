import type { Dataset, Source, View, ViewNote } from '../../data/types.ts'
import { formatPublishedDate, inLanguage, type Lang, type WordOverrides } from '../../data/vocabulary/index.ts'
import { type ChromeText, messages } from '../messages/index.ts'
import type { CommonOptions } from '../shared/common-options.ts'
import type { PublishedChart } from './citation.ts'

/** A text and the language it is in (the page's, or the dataset's first where it lacks a translation). */
export interface Words {
  text: string
  lang: Lang
  /**
   * Typed by whoever embeds the chart (a `title` or `subtitle` option), in a script we cannot know:
   * written with `dir="auto"`, so a right-to-left title lays out right to left.
   */
  user?: true
}

/** A source as the frame cites it: its title in the page's language, or in the dataset's first and marked so. */
export interface CitedSource {
  title: string
  lang: Lang
  path?: string
}

/** Every word of the frame, resolved for one request. Each block renders only when present. */
export interface FrameText {
  lang: Lang
  title: Words
  subtitle?: Words
  notes?: Words
  /** The sources of every resource the view draws (or of the dataset when they cite none), in `lang`. */
  sources: readonly CitedSource[]
  /** When the figures are as of, as a sentence ("Figures as published in April 2016"). */
  asOf?: string
  /** The dataset's cited note on what changed since (`context=show`), and its sources. */
  context?: { words: Words; sources: readonly CitedSource[] }
  /** Absolute URL of the CSV behind the chart ("Get the data"). */
  dataUrl?: string
  /** The dataset's own words for the chrome in `lang` (`words.<lang>` in its descriptor). */
  words?: WordOverrides
  /** A published (frozen) chart's citation and status address: the frame shows "Cite this chart". */
  published?: PublishedChart
}

/** The chrome's words for a frame: the catalogue of its language with the dataset's own words on top. */
export const frameChrome = (text: FrameText): ChromeText => messages(text.lang, text.words).chrome

/**
 * The frame's words for a view in `options.lang`: the title and subtitle overrides win, then
 * `views.<widget>.i18n.<lang>`, then the dataset's title. Missing translations fall back to the
 * dataset's first language and say so (`lang`), so a screen reader pronounces them right.
 */
export function frameText(
  dataset: Dataset,
  view: View,
  options: CommonOptions,
  dataUrl?: string,
  /** Resources the chart actually draws (sources are cited for these). @default every resource the view names */
  drawn?: readonly string[],
  /**
   * Which of the view's other subtitles applies: `date` when the rows are shown in date order
   * (`subtitleByDate` says so), `cumulative` when the chart shows their running total
   * (`subtitleCumulative`). Without one, or when the view lacks it, the plain `subtitle`.
   */
  variant?: 'date' | 'cumulative',
  /** Names of the sources the shown rows cite (see `viewSources`). @default every source */
  cited?: readonly string[],
  /** Ids of the rows shown: a note `about` none of them is left out (see `viewNotes`). @default every row */
  shown?: readonly string[],
): FrameText {
  const { lang } = options
  const first = dataset.languages[0] ?? lang
  const viewWords = (
    key: 'title' | 'subtitle' | 'subtitleByDate' | 'subtitleCumulative' | 'notes',
  ): Words | undefined => {
    const own = view.text[lang]?.[key]
    if (own) return { text: own, lang }
    const stand = view.text[first]?.[key]
    return stand ? { text: stand, lang: first } : undefined
  }
  const override = (text: string | undefined): Words | undefined =>
    text === undefined ? undefined : { text, lang, user: true }
  const datasetTitle: Words = inLanguage(dataset.title, lang, first) ?? { text: dataset.id, lang: first }
  const subtitle =
    override(options.subtitle) ??
    (variant === 'date' ? viewWords('subtitleByDate') : undefined) ??
    (variant === 'cumulative' ? viewWords('subtitleCumulative') : undefined) ??
    viewWords('subtitle')
  const notes = view.notes ? viewNotes(view.notes, lang, first, shown) : viewWords('notes')
  const words = dataset.words?.[lang]
  return {
    lang,
    title: override(options.title) ?? viewWords('title') ?? datasetTitle,
    ...(subtitle ? { subtitle } : {}),
    ...(notes ? { notes } : {}),
    sources: viewSources(dataset, drawn ?? [view.resource, ...Object.values(view.columns)], cited).map((s) =>
      citation(s, lang, dataset.textLang ?? first),
    ),
    ...(dataset.asOf ? { asOf: messages(lang, words).chrome.asOf(formatPublishedDate(dataset.asOf, lang)) } : {}),
    ...(dataset.context && options.context === 'show'
      ? {
          context: {
            words: inLanguage(dataset.context.text, lang, first) ?? { text: '', lang },
            sources: dataset.context.sources.map((s) => citation(s, lang, dataset.textLang ?? first)),
          },
        }
      : {}),
    ...(dataUrl ? { dataUrl } : {}),
    ...(words ? { words } : {}),
  }
}

/**
 * A view's list of notes as one paragraph in `lang`, its items joined with a space, leaving out
 * each note `about` rows of which none is shown (Nagorno-Karabakh's dating when a range hides it).
 * The schema asks every note in every language of the dataset; the first stands in for another.
 */
function viewNotes(notes: readonly ViewNote[], lang: Lang, first: Lang, shown?: readonly string[]): Words | undefined {
  const kept = notes.filter((n) => !shown || !n.about || n.about.some((id) => shown.includes(id)))
  if (kept.length === 0) return undefined
  const own = kept.every((n) => n.text[lang])
  return { text: kept.map((n) => (own ? n.text[lang]! : (n.text[first] ?? ''))).join(' '), lang: own ? lang : first }
}

/** A source's citation in `lang` (`i18n.<lang>.title`), else its own title, marked with its language (`textLang`). */
function citation(source: Source, lang: Lang, textLang: Lang): CitedSource {
  const own = lang === textLang ? source.title : source.i18n?.[lang]?.title
  return {
    title: own ?? source.title,
    lang: own ? lang : textLang,
    ...(source.path ? { path: source.path } : {}),
  }
}

/**
 * Every source behind what the view shows: its resource's and those of any other resource it
 * draws (a timeline's context events), once each; the dataset's when the resources cite none.
 * Given `shown` (the names the rows shown cite), a resource whose rows name their source (a
 * `source` column) is cited only for those: a date range that hides rows hides their sources.
 */
function viewSources(dataset: Dataset, drawn: readonly string[], shown?: readonly string[]): readonly Source[] {
  const names = new Set(drawn)
  const citing = (r: Dataset['resources'][number]) => shown && r.fields.some((f) => f.name === 'source')
  const cited = dataset.resources
    .filter((r) => names.has(r.name))
    .flatMap((r) => (citing(r) ? r.sources.filter((s) => s.name && shown!.includes(s.name)) : r.sources))
  const seen = new Set<string>()
  const unique = cited.filter((s) => {
    const key = s.path ?? s.title
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.length ? unique : dataset.sources
}
