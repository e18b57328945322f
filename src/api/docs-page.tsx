import type { openApiDocument } from './openapi.ts'

type Doc = ReturnType<typeof openApiDocument>

const STYLE = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#555;--line:#ddd;--code:#f4f4f4}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#121212;--muted:#b5b5b5;--line:#333;--code:#1e1e1e}}
body{font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);max-width:52rem;margin:0 auto;padding:1rem}
code,pre{font:14px/1.4 ui-monospace,monospace;background:var(--code)}pre{padding:.75rem;overflow-x:auto}
h2{margin-top:2rem;border-top:1px solid var(--line);padding-top:1rem}p,dd{color:var(--muted)}
table{border-collapse:collapse}td,th{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}`

/** The readable API docs page, rendered from the OpenAPI document; it loads nothing else. */
export function apiDocsPage(doc: Doc): string {
  const base = doc.servers[0]!.url
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.info.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{doc.info.title}</h1>
          <p>{doc.info.description}</p>
          <p>
            Base URL: <code>{base}</code>. Machine-readable: <a href={`${base}/openapi.json`}>openapi.json</a>.
          </p>
          {Object.entries(doc.paths).flatMap(([path, item]) =>
            (['get', 'put', 'post'] as const).flatMap((method) => {
              const found = (item as Record<string, unknown>)[method]
              if (!found) return []
              const op = found as {
                summary: string
                description?: string
                parameters?: {
                  name: string
                  in: string
                  description?: string
                  schema: { enum?: readonly string[]; pattern?: string }
                  example?: string
                }[]
              }
              return (
                <section>
                  <h2>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </h2>
                  <p>{op.summary}</p>
                  {method !== 'get' && (
                    <p>
                      Requires <code>Authorization: Bearer &lt;token&gt;</code> (the Worker's PUBLISH_TOKEN secret).
                    </p>
                  )}
                  {op.description && <p>{op.description}</p>}
                  {op.parameters && (
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Parameter</th>
                          <th scope="col">In</th>
                          <th scope="col">Values</th>
                          <th scope="col">Meaning</th>
                        </tr>
                      </thead>
                      <tbody>
                        {op.parameters.map((p) => (
                          <tr>
                            <td>
                              <code>{p.name}</code>
                            </td>
                            <td>{p.in}</td>
                            <td>
                              {p.schema.enum ? (
                                p.schema.enum.join(', ')
                              ) : p.schema.pattern ? (
                                <code>{p.schema.pattern}</code>
                              ) : (
                                ''
                              )}
                            </td>
                            <td>
                              {p.description ?? ''}
                              {p.example ? ` Example: ${p.example}.` : ''}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              )
            }),
          )}
        </main>
      </body>
    </html>
  )
  return `<!doctype html>${page.toString()}`
}
