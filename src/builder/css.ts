/**
 * The builder's styles, inline in its page (the page CSP allows inline styles, never inline
 * scripts). System fonts, no images; light and dark follow `prefers-color-scheme`. One column on a
 * phone, in source order: the preview and its embed code first, then the options, then the codes
 * for developers. From 60rem the options sit in a column of their own beside the other two.
 */
export const BUILDER_CSS = `
:root{--bg:#fff;--fg:#1d1f21;--muted:#585d63;--line:#c9cdd1;--panel:#f4f5f6;--link:#1f5a8c;--focus:#b3261e;--bad:#a1261c;color-scheme:light dark}
@media(prefers-color-scheme:dark){:root{--bg:#16181b;--fg:#e8eaed;--muted:#a9b0b7;--line:#454b52;--panel:#202327;--link:#8cc2f0;--focus:#ff8a80;--bad:#ff8a80}}
*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:0 0 .75rem}h3{font-size:1rem;margin:1.5rem 0 .5rem}
.top{padding:1rem 1rem 0}.top p{margin:0;color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem;padding:1rem;align-items:start}
@media(min-width:60rem){.layout{grid-template-columns:20rem minmax(0,1fr);grid-template-rows:auto 1fr}.side{grid-column:1;grid-row:1/span 2}.preview,.developers{grid-column:2}}
.side>*+*{margin-top:1.5rem}
.primary{margin:1rem 0 0}.primary .copy{font-weight:600;padding:.5rem 1.25rem}
details.developers{border-top:1px solid var(--line);padding-top:.75rem}
summary{cursor:pointer}summary h2{display:inline;margin:0}summary .hint{margin:.25rem 0 0 1.1rem}
details[open] summary{margin-bottom:1rem}
button.secondary{color:var(--link);background:transparent;border:1px solid var(--link)}
.charts ul{list-style:none;margin:0;padding:0}.charts li li{display:inline-block;margin:.25rem .75rem 0 0}
.dataset{font-weight:600}.charts [aria-current]{font-weight:700;color:var(--fg);text-decoration-thickness:3px}
.unavailable p{margin:.25rem 0 0}.unavailable code{overflow-wrap:anywhere}
.find{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:center;margin:0 0 .5rem}.find label{flex-basis:100%}
.find input{flex:1;min-width:8rem}.charts>ul>li{margin:0 0 .5rem}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 1rem;padding:.5rem .75rem .75rem}
legend{font-weight:600;padding:0 .25rem}
.choices label{display:block;padding:.15rem 0}.columns{columns:2 9rem}
.text{margin:.25rem 0 .75rem}.text label{display:block;font-weight:600}
.hint{display:block;color:var(--muted);font-size:.875rem;margin:0 0 .25rem}
.error{display:block;color:var(--bad);font-weight:600;margin:.25rem 0}
input[type=text],textarea{width:100%;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.35rem .5rem}
textarea{font:.8125rem/1.4 ui-monospace,Menlo,Consolas,monospace;resize:vertical}
.code input{font:.8125rem ui-monospace,Menlo,Consolas,monospace}
[aria-invalid=true]{border-color:var(--bad);border-width:2px}
button{font:inherit;color:var(--bg);background:var(--link);border:0;border-radius:4px;padding:.35rem .9rem;cursor:pointer}
.code{margin:0 0 1rem}.code label{display:block;font-weight:600}
.actions{display:flex;gap:1rem;align-items:center;margin-top:.35rem}
.stage{background:var(--panel);border-radius:6px;padding:.75rem;overflow-x:auto}
#preview{display:block;border:0;background:var(--bg);margin:0 auto}
.problems{margin:1rem 1rem 0;padding:.75rem 1rem;border:2px solid var(--bad);border-radius:6px}.problems ul{margin:.5rem 0 0}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875em;overflow-wrap:anywhere}
.publish{border-top:1px solid var(--line);margin-top:1.5rem}.publish input[type=password]{width:100%;max-width:24rem;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.35rem .5rem}#frozen{margin-top:.75rem}button:disabled{opacity:.5;cursor:not-allowed}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
  .trim()
  .replace(/\n/g, '')
