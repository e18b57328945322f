import { CHROME_TEXT } from '../shared/chrome-text.ts'
import { esc } from '../shared/markup.ts'
import type { FrameText, Words } from './words.ts'

// The frame is written as a string, not JSX: inside workerd, Hono JSX around the chart (frame and
// document) was a third of a bar chart render and a quarter of a timeline render (V8 profile of
// uncached requests, `npm run bench -- --profile`), and it was 22% of a timeline's first render
// in a fresh isolate. See widgets/shared/markup.ts for the rules.

/** Props of {@link chartFrame}. */
export interface FrameProps {
  text: FrameText
  /** `none` keeps the title for screen readers only. @default 'show' */
  header?: 'show' | 'none'
  /** The chart, as markup. */
  children: string
  /** The data as a table for screen readers (`dataTable()`), as markup. */
  table?: string
}

/** Id of the frame's title, for `aria-labelledby` of the figure. */
export const TITLE_ID = 'fb-t'

/** ` lang="…"` only where the words are not in the page's language (a missing translation). */
const langOf = (words: Words, page: string) => (words.lang === page ? '' : ` lang="${esc(words.lang)}"`)

/**
 * The chart frame every widget wears, as markup: title, subtitle, the chart, its data table,
 * notes, and a line with the source, a "Get the data" link and the update date. Each block
 * renders only when it has text; all words come from the dataset (see `frameText()`) except the
 * chrome.
 */
export function chartFrame({ text, header = 'show', children, table = '' }: FrameProps): string {
  const t = CHROME_TEXT[text.lang]
  const show = header === 'show'
  const sources = text.sources
  let out =
    `<main><figure class="fb" aria-labelledby="${TITLE_ID}">` +
    `<h1 id="${TITLE_ID}" class="${show ? 'fb-title' : 'fb-sr'}"${langOf(text.title, text.lang)}>${esc(text.title.text)}</h1>`
  if (show && text.subtitle) out += `<p class="fb-sub"${langOf(text.subtitle, text.lang)}>${esc(text.subtitle.text)}</p>`
  out += `<div class="fb-chart">${children}</div>${table}<figcaption class="fb-foot">`
  if (text.notes) out += `<p class="fb-notes"${langOf(text.notes, text.lang)}>${esc(text.notes.text)}</p>`
  if (sources.length || text.dataUrl || text.updated) {
    out += '<p class="fb-meta">'
    if (sources.length) {
      out += `<span>${esc(sources.length === 1 ? t.source : t.sources)}: `
      sources.forEach((s, i) => {
        if (i > 0) out += '; '
        out +=
          s.path && /^https?:\/\//.test(s.path)
            ? `<a href="${esc(s.path)}" target="_blank" rel="noopener noreferrer" lang="en">${esc(s.title)}<span class="fb-sr"> (${esc(t.newTab)})</span></a>`
            : `<span lang="en">${esc(s.title)}</span>`
      })
      out += '</span>'
    }
    if (text.dataUrl) out += `<span class="fb-nw"><a href="${esc(text.dataUrl)}" download="">${esc(t.getTheData)}</a></span>`
    if (text.updated) out += `<span class="fb-nw">${esc(t.updated)} ${esc(text.updated)}</span>`
    out += '</p>'
  }
  return `${out}</figcaption></figure></main>`
}
