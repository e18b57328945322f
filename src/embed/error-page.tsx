import { FRAME_CSS, widgetDocument } from '../../widgets/registry.ts'
import type { ProblemDetails } from '../lib/problem.ts'

const CSS =
  '.er{border-left:4px solid var(--fo);padding:4px 0 4px 12px;max-width:40em}' +
  '.er h1{font-size:17px;margin:0 0 6px}.er p{margin:6px 0}' +
  '.er code{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:var(--gr);padding:1px 4px;border-radius:3px}' +
  '.er ul{margin:6px 0;padding-left:20px}'

/**
 * A problem as a small HTML page that reads well inside the publisher's iframe (same theme as the
 * charts): what went wrong, the parameter at fault and the values it accepts. Every word comes
 * from our own messages, which never repeat the request's input; JSX escapes them anyway.
 */
export function embedErrorPage(status: number, problem: ProblemDetails): string {
  const allowed = problem.allowed ?? []
  return widgetDocument({
    lang: 'en',
    theme: 'auto',
    title: `${status} ${problem.title}`,
    css: CSS,
    body: (
      <main class="er">
        <h1>{problem.title}</h1>
        <p>{problem.detail}</p>
        {problem.parameter ? (
          <p>
            Parameter: <code>{problem.parameter}</code>
          </p>
        ) : null}
        {allowed.length ? (
          <>
            <p>Allowed values:</p>
            <ul>
              {allowed.map((value) => (
                <li>
                  <code>{value}</code>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </main>
    ),
  })
}

/** The frame's CSS is part of every error page; exported for the size check in tests. */
export const ERROR_PAGE_CSS = FRAME_CSS + CSS
