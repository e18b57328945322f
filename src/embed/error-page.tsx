import { direction, type Lang } from '../../data/vocabulary/index.ts'
import { CATALOGUES, FRAME_CSS, messages, widgetDocument } from '../../widgets/registry.ts'
import type { ProblemDetails } from '../lib/problem.ts'

// Logical sides (inline-start), so an Arabic error page has its bar on the right.
const CSS =
  '.er{border-inline-start:4px solid var(--fo);padding-block:4px;padding-inline:12px 0;max-width:40em}' +
  '.er h1{font-size:17px;margin:0 0 6px}.er p{margin:6px 0}' +
  '.er details{margin:10px 0 0;color:var(--mu);font-size:13px}.er summary{cursor:pointer}' +
  // An option value is one token: it never breaks across lines (a list item may scroll instead).
  '.er code{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--gr);padding:1px 4px;border-radius:3px;white-space:nowrap}' +
  '.er ul{margin:6px 0;padding-inline-start:20px}'

/**
 * The language of an error page: the request's `lang` when a catalogue speaks it and it is not
 * itself the parameter at fault, else English.
 */
export function errorPageLang(url: string, problem: ProblemDetails): Lang {
  if (problem.parameter === 'lang') return 'en'
  const values = new URL(url).searchParams.getAll('lang')
  const lang = values.length === 1 ? values[0] : undefined
  return lang !== undefined && Object.hasOwn(CATALOGUES, lang) ? (lang as Lang) : 'en'
}

/**
 * A problem as a small HTML page that reads well inside the publisher's iframe (same theme as the
 * charts), in the reader's language: that the chart could not be shown and what may help; the
 * developer's detail (the problem, the parameter at fault and the values it accepts, in English
 * like the API's messages) behind a disclosure. Every word comes from our own messages, which
 * never repeat the request's input; JSX escapes them anyway.
 */
export function embedErrorPage(status: number, problem: ProblemDetails, lang: Lang = 'en'): string {
  const { error: w, chrome } = messages(lang)
  // The developer's detail is English: on a right-to-left page it keeps its own direction.
  const english = direction(lang) === 'rtl' ? 'ltr' : undefined
  const allowed = problem.allowed ?? []
  const advice = status >= 500 ? w.later : status === 404 ? w.notFound : w.badRequest
  return widgetDocument({
    lang,
    theme: 'auto',
    title: w.heading,
    css: CSS,
    body: (
      <main class="er">
        <h1>{w.heading}</h1>
        <p>{advice}</p>
        <details>
          <summary>{w.details}</summary>
          <p lang="en" dir={english}>
            {status} {problem.title}: {problem.detail}
          </p>
          {problem.parameter ? (
            <p>
              {w.parameter}
              {chrome.colon} <code>{problem.parameter}</code>
            </p>
          ) : null}
          {allowed.length ? (
            <>
              <p>
                {w.allowed}
                {chrome.colon}
              </p>
              <ul>
                {allowed.map((value) => (
                  <li>
                    <code>{value}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      </main>
    ),
  })
}

/** The frame's CSS is part of every error page; exported for the size check in tests. */
export const ERROR_PAGE_CSS = FRAME_CSS + CSS
