import type { Child } from 'hono/jsx'
import { CHROME_TEXT } from '../shared/chrome-text.ts'
import type { FrameText, Words } from './frame-text.ts'

/** Props of {@link Frame}. */
export interface FrameProps {
  text: FrameText
  /** `none` keeps the title for screen readers only. @default 'show' */
  header?: 'show' | 'none'
  /** The chart. */
  children: Child
  /** The data as a table for screen readers (`dataTable()`). */
  table?: Child
}

/** Id of the frame's title, for `aria-labelledby` of the figure. */
export const TITLE_ID = 'fb-t'

/** `lang` only where the words are not in the page's language (a missing translation). */
const langOf = (words: Words, page: string) => (words.lang === page ? undefined : words.lang)

/**
 * The chart frame every widget wears: title, subtitle, the chart, its data table, notes, and a
 * line with the source, a "Get the data" link and the update date. Each block renders only when
 * it has text; all words come from the dataset (see `frameText()`) except the chrome.
 */
export function Frame({ text, header = 'show', children, table }: FrameProps): Child {
  const t = CHROME_TEXT[text.lang]
  const show = header === 'show'
  const sources = text.sources
  return (
    <main>
      <figure class="fb" aria-labelledby={TITLE_ID}>
        <h1 id={TITLE_ID} class={show ? 'fb-title' : 'fb-sr'} lang={langOf(text.title, text.lang)}>
          {text.title.text}
        </h1>
        {show && text.subtitle ? (
          <p class="fb-sub" lang={langOf(text.subtitle, text.lang)}>
            {text.subtitle.text}
          </p>
        ) : null}
        <div class="fb-chart">{children}</div>
        {table}
        <figcaption class="fb-foot">
          {text.notes ? (
            <p class="fb-notes" lang={langOf(text.notes, text.lang)}>
              {text.notes.text}
            </p>
          ) : null}
          {sources.length || text.dataUrl || text.updated ? (
            <p class="fb-meta">
              {sources.length ? (
                <span>
                  {sources.length === 1 ? t.source : t.sources}:{' '}
                  {sources.map((s, i) => (
                    <>
                      {i > 0 ? '; ' : ''}
                      {s.path && /^https?:\/\//.test(s.path) ? (
                        <a href={s.path} target="_blank" rel="noopener noreferrer" lang="en">
                          {s.title}
                          <span class="fb-sr"> ({t.newTab})</span>
                        </a>
                      ) : (
                        <span lang="en">{s.title}</span>
                      )}
                    </>
                  ))}
                </span>
              ) : null}
              {text.dataUrl ? (
                <span class="fb-nw">
                  <a href={text.dataUrl} download>
                    {t.getTheData}
                  </a>
                </span>
              ) : null}
              {text.updated ? (
                <span class="fb-nw">
                  {t.updated} {text.updated}
                </span>
              ) : null}
            </p>
          ) : null}
        </figcaption>
      </figure>
    </main>
  )
}
