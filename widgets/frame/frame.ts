import { direction } from '../../data/vocabulary/index.ts'
import type { ChromeText } from '../shared/chrome-text.ts'
import { html, type Markup } from '../shared/markup.ts'
import { citation, newerNotice } from './citation.ts'
import { fitsOneLine } from './height.ts'
import { type FrameText, frameChrome, type Words } from './words.ts'

// Markup is written with the `html` template, not JSX, for speed (bench/README.md, "Where the
// misses come from"); widgets/shared/markup.ts has the rules.

/** Props of {@link chartFrame}. */
export interface FrameProps {
  text: FrameText
  /** `none` keeps the title for screen readers only. @default 'show' */
  header?: 'show' | 'none'
  /** The chart. */
  children: Markup
  /** The data as a table for screen readers (`dataTable()`). */
  table?: Markup
}

/** Id of the frame's title, for `aria-labelledby` of the figure. */
export const TITLE_ID = 'fb-t'

/**
 * ` lang="…"` only where the words are not in the page's language (a missing translation);
 * ` dir="auto"` on words a user typed, whose direction only their first strong letter tells.
 */
const langOf = (words: Pick<Words, 'lang' | 'user'>, page: string) => [
  words.lang === page ? null : html` lang="${words.lang}"`,
  words.user ? html` dir="auto"` : null,
]

/**
 * The chart frame every widget wears: title, subtitle, the chart, its data table, notes, and a
 * line with the source, a "Get the data" link and the update date. Each block renders only when
 * it has text; all words come from the dataset (see `frameText()`) except the chrome.
 */
export function chartFrame({ text, header = 'show', children, table }: FrameProps): Markup {
  const show = header === 'show'
  const title = html`<h1 id="${TITLE_ID}" class="${show ? 'fb-title' : 'fb-sr'}"${langOf(text.title, text.lang)}>${text.title.text}</h1>`
  const subtitle =
    show && text.subtitle ? html`<p class="fb-sub"${langOf(text.subtitle, text.lang)}>${text.subtitle.text}</p>` : null
  const notes = text.notes ? html`<p class="fb-notes"${langOf(text.notes, text.lang)}>${text.notes.text}</p>` : null
  const dir = direction(text.lang) === 'rtl' ? html` dir="rtl"` : null
  const t = frameChrome(text)
  const { published } = text
  const notice = published ? newerNotice(published, t) : null
  const cite = published
    ? citation(published, t, text.lang, html`<cite${langOf(text.title, text.lang)}>${text.title.text}</cite>`)
    : null
  return html`<main>${notice}<figure class="fb"${dir} aria-labelledby="${TITLE_ID}">${title}${subtitle}<div class="fb-chart">${children}</div>${table}<figcaption class="fb-foot">${notes}${contextNote(text)}${meta(text)}${cite}</figcaption></figure></main>`
}

/**
 * A source's title, linked when it has a web address; kept on one line when it fits the narrowest
 * frame. Marked `lang="en"` only when it is an untranslated English title on another language's page.
 */
function source(s: Source, t: ChromeText, page: string): Markup {
  const whole = fitsOneLine(s.title) ? html` class="fb-nw"` : null
  const lang = langOf(s, page)
  return s.path && /^https?:\/\//.test(s.path)
    ? html`<a href="${s.path}" target="_blank" rel="noopener noreferrer"${lang}${whole}>${s.title}<span class="fb-sr"${s.lang === page ? null : html` lang="${page}"`}> (${t.newTab})</span></a>`
    : html`<span${lang}${whole}>${s.title}</span>`
}

/** The note on what changed since the figures were published, with its cited documents. */
function contextNote(text: FrameText): Markup | null {
  if (!text.context) return null
  const { words, sources } = text.context
  const t = frameChrome(text)
  const cited = sources.length
    ? html` ${sources.length === 1 ? t.source : t.sources}${t.colon} ${sources.map((s, i) => (i ? html`; ${source(s, t, text.lang)}` : source(s, t, text.lang)))}.`
    : null
  return html`<p class="fb-ctx"${langOf(words, text.lang)}>${words.text}${cited}</p>`
}

/**
 * The source line: the sources, "Get the data", the date the figures are as of. The dot between
 * two parts ends the first one's line and a space follows it, so a line never starts with a dot.
 */
function meta(text: FrameText): Markup | null {
  const { sources, dataUrl, asOf } = text
  if (!sources.length && !dataUrl && !asOf) return null
  const t = frameChrome(text)
  const label = sources.length === 1 ? t.source : t.sources
  const parts = [
    sources.length
      ? html`<span>${label}${t.colon} ${sources.map((s, i) => (i ? html`; ${source(s, t, text.lang)}` : source(s, t, text.lang)))}</span>`
      : null,
    dataUrl ? html`<span class="fb-nw"><a href="${dataUrl}" download="">${t.getTheData}</a></span>` : null,
    asOf ? html`<span>${asOf}</span>` : null,
  ].filter((p) => p !== null)
  return html`<p class="fb-meta">${parts.map((p, i) => (i ? html` ${p}` : p))}</p>`
}

type Source = FrameText['sources'][number]
