import { CHROME_TEXT } from '../shared/chrome-text.ts'
import { html, type Markup } from '../shared/markup.ts'
import type { FrameText, Words } from './words.ts'

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

/** ` lang="…"` only where the words are not in the page's language (a missing translation). */
const langOf = (words: Words, page: string) => (words.lang === page ? null : html` lang="${words.lang}"`)

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
  return html`<main><figure class="fb" aria-labelledby="${TITLE_ID}">${title}${subtitle}<div class="fb-chart">${children}</div>${table}<figcaption class="fb-foot">${notes}${meta(text)}</figcaption></figure></main>`
}

/** The source line: the sources (linked when they have a web address), "Get the data", the update date. */
function meta(text: FrameText): Markup | null {
  const { sources, dataUrl, updated } = text
  if (!sources.length && !dataUrl && !updated) return null
  const t = CHROME_TEXT[text.lang]
  const source = (s: Source) =>
    s.path && /^https?:\/\//.test(s.path)
      ? html`<a href="${s.path}" target="_blank" rel="noopener noreferrer" lang="en">${s.title}<span class="fb-sr"> (${t.newTab})</span></a>`
      : html`<span lang="en">${s.title}</span>`
  const label = sources.length === 1 ? t.source : t.sources
  const cited = sources.length
    ? html`<span>${label}: ${sources.map((s, i) => (i ? html`; ${source(s)}` : source(s)))}</span>`
    : null
  const data = dataUrl ? html`<span class="fb-nw"><a href="${dataUrl}" download="">${t.getTheData}</a></span>` : null
  const date = updated ? html`<span class="fb-nw">${t.updated} ${updated}</span>` : null
  return html`<p class="fb-meta">${cited}${data}${date}</p>`
}

type Source = FrameText['sources'][number]
