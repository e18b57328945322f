import type { Child } from 'hono/jsx'
import type { IndexEntry } from '../../data/dataset-index.ts'
import { inLanguage, type Lang } from '../../data/vocabulary/index.ts'
import { findWidget } from '../../widgets/registry.ts'
import { BUILDER_CSS } from './css.ts'
import type { BuilderField } from './fields.ts'
import { choiceLabels, paramHint, paramLabel, plainProblem, textGroup, textPattern, widgetLabel } from './labels.ts'
import type { BuilderData } from './shared-with-browser.ts'
import type { BuilderProblem, BuilderState, Chart } from './state.ts'

/** Every code and link the page shows, by the names the script updates them with. */
export type CodeTexts = Record<(typeof CODES)[number]['name'] | 'responsive', string>

/** What the builder page shows; everything already validated and built. */
/** A dataset that failed validation: listed as unavailable, with the validator's message. */
export interface UnavailableDataset {
  id: string
  /** The validator's message: file, line and field. */
  reason: string
}

export interface BuilderPageProps {
  /** The page of the list of datasets shown (searched with `state.q`, after `state.after`). */
  list: { entries: readonly IndexEntry[]; total: number; next: string | null }
  /** Datasets that failed validation, listed with their reason for their maintainers. */
  unavailable?: readonly UnavailableDataset[]
  state: BuilderState
  problems: readonly BuilderProblem[]
  codes: CodeTexts
  /** The chart's title in the chosen language (the preview's accessible name). */
  title: string
  /**
   * Initial height of the preview and of the responsive code, in px: the chart's on a phone, told
   * beside the script-free code too (which is sized for a desktop column).
   */
  height: number
  loader: { url: string; integrity: string }
  /** Same-origin path of the builder's script. */
  scriptPath: string
  /** The JSON the script rebuilds every code from. */
  data: BuilderData
}

/**
 * The codes and links for developers, in the order shown inside the "For developers" disclosure;
 * `html` ones get a text area. The responsive code is the one primary code, above them.
 */
const CODES = [
  {
    name: 'iframe',
    html: true,
    label: 'Embed code without script',
    hint: 'For a CMS that removes scripts: the iframe alone, at the height a desktop article column needs.',
  },
  {
    name: 'amp',
    html: true,
    label: 'AMP',
    hint: 'For AMP pages (needs the amp-iframe extension); AMP resizes it.',
  },
  {
    name: 'pageUrl',
    html: false,
    label: 'Chart page',
    hint: 'The chart alone; its page tells oEmbed consumers how to embed it.',
  },
  { name: 'oembedUrl', html: false, label: 'oEmbed', hint: 'For platforms that ask for an oEmbed endpoint.' },
  {
    name: 'svgUrl',
    html: false,
    label: 'SVG image',
    hint: 'The chart as a vector image, without interaction. Add &width=320 (280 to 2000) to draw it for that width.',
  },
  { name: 'pngUrl', html: false, label: 'PNG image', hint: 'For newsletters, RSS and social posts.' },
  { name: 'csv', html: false, label: 'Data as CSV', hint: 'The data behind the chart, in its language.' },
  { name: 'json', html: false, label: 'Data as JSON', hint: 'The same data for developers.' },
] as const

const PREVIEW_LABELS: Record<string, string> = {
  '320': '320 px (phone)',
  '480': '480 px',
  '720': '720 px',
  full: 'Full column',
}

/** The builder page: works as a plain GET form; the script only makes it live. */
export function builderPage(p: BuilderPageProps): string {
  const { dataset, widget } = p.state.chart
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`Embed ${titleOf(dataset)}: ${widgetLabel(widget.name)} · factbox`}</title>
        {/* No favicon request: the builder asks its origin for nothing it does not use. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: BUILDER_CSS }} />
        <script src={p.scriptPath} defer />
        <script src={p.loader.url} integrity={p.loader.integrity} crossorigin="anonymous" async />
      </head>
      <body>
        <header class="top">
          <h1>Embed a chart</h1>
          <p>Pick a chart and its options, check the preview, then copy a code into your article.</p>
        </header>
        <main>
          {p.problems.length ? <Problems problems={p.problems} fields={p.state.fields} /> : null}
          <div class="layout">
            {/* First in the source, so that on a phone the chart comes before the options. */}
            <section class="preview" aria-labelledby="preview-h">
              <h2 id="preview-h">Preview</h2>
              <div class="stage">
                {/* No sandbox: on our own origin, allow-scripts with allow-same-origin (which the loader needs
                    to trust the preview's height) would let the page lift it, so it would protect nothing. */}
                <iframe
                  id="preview"
                  src={p.codes.pageUrl}
                  title={`Preview: ${p.title}`}
                  style={`width:${p.state.width === 'full' ? '100%' : `${p.state.width}px`};height:${p.height}px`}
                />
              </div>
              <div class="code primary">
                <label for="code-responsive">Embed code</label>
                <span class="hint" id="h-code-responsive">
                  Paste it where your CMS accepts HTML. The chart fits its column on phones and desktops alike.
                </span>
                <textarea
                  id="code-responsive"
                  readonly
                  rows={4}
                  spellcheck={false}
                  aria-describedby="h-code-responsive"
                >
                  {p.codes.responsive}
                </textarea>
                <span class="actions">
                  <button type="button" class="copy" data-copy="code-responsive" hidden>
                    Copy embed code
                  </button>
                </span>
              </div>
              <Publish />
            </section>
            <div class="side">
              <ChartList list={p.list} state={p.state} unavailable={p.unavailable ?? []} />
              <OptionsForm {...p} />
            </div>
            <details class="developers">
              <summary>
                <h2 id="codes-h">For developers</h2>
                <span class="hint">Other codes: without script, AMP, oEmbed, images, data</span>
              </summary>
              <Codes codes={p.codes} phoneHeight={p.height} />
              <p class="hint">
                The loader script of the embed code is pinned and checked by Subresource Integrity:{' '}
                <code id="sri">{p.loader.integrity}</code>
              </p>
            </details>
          </div>
          <p id="announce" class="sr-only" role="status" aria-live="polite" />
        </main>
        <script type="application/json" id="builder-data" dangerouslySetInnerHTML={{ __html: jsonForScript(p.data) }} />
      </body>
    </html>
  )
  return `<!doctype html>${page.toString()}`
}

/** JSON safe inside `<script type="application/json">`: no `<` can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

function Problems({ problems, fields }: { problems: readonly BuilderProblem[]; fields: readonly BuilderField[] }) {
  return (
    <div class="problems" role="alert" aria-labelledby="problems-h">
      <h2 id="problems-h">
        {problems.length === 1 ? 'One option could not be used' : `${problems.length} options could not be used`}
      </h2>
      <p>The page shows the chart without them.</p>
      <ul>
        {problems.map((problem) => (
          <li>
            <a href={`#${fieldAnchor(problem.parameter, fields)}`}>
              <code>{problem.parameter}</code>
            </a>
            : {problem.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Where a problem's link jumps to: its field, or the chart list for the builder's own parameters. */
function fieldAnchor(parameter: string, fields: readonly BuilderField[]): string {
  const field = fields.find((f) => f.name === parameter)
  if (field) return field.kind === 'text' ? `f-${field.name}` : `f-${field.name}-0`
  if (parameter === 'width' || parameter === 'version') return `f-${parameter}-0`
  return 'charts-h'
}

/**
 * The datasets, a page at a time, each with a link per widget, and a search over their ids and
 * titles: a plain GET form, like the options. Links keep the search and page, so the list stays.
 */
function ChartList({
  list,
  state,
  unavailable,
}: {
  list: BuilderPageProps['list']
  state: BuilderState
  unavailable: readonly UnavailableDataset[]
}) {
  const current = state.chart
  const kept = { ...(state.q ? { q: state.q } : {}), ...(state.after ? { after: state.after } : {}) }
  return (
    <nav class="charts" aria-labelledby="charts-h">
      <h2 id="charts-h">Charts</h2>
      <search>
        <form class="find" method="get" action="/">
          <label for="find-q">Find a dataset</label>
          <input id="find-q" name="q" type="search" maxlength={100} value={state.q ?? ''} />
          <button type="submit">Find</button>
        </form>
      </search>
      <p class="hint" id="list-count">
        {list.total === 0
          ? 'No dataset matches.'
          : `${list.total} ${list.total === 1 ? 'dataset' : 'datasets'}${state.q ? ' match' : ''}.`}
      </p>
      <ul>
        {list.entries.map((entry) => (
          <li>
            <span class="dataset">{titleOf(entry)}</span>
            <ul>
              {entry.widgets
                .filter((name) => findWidget(name))
                .map((name) => (
                  <li>
                    <a
                      href={`/?${new URLSearchParams({ dataset: entry.id, widget: name, ...kept })}`}
                      aria-current={
                        entry.id === current.dataset.id && name === current.widget.name ? 'page' : undefined
                      }
                    >
                      {widgetLabel(name)}
                    </a>
                  </li>
                ))}
            </ul>
          </li>
        ))}
        {unavailable.map((broken) => (
          <li class="unavailable">
            <span class="dataset">{broken.id}</span>
            <p>
              Unavailable: it failed validation and is not served. <code>{broken.reason}</code>
            </p>
          </li>
        ))}
      </ul>
      {list.next ? (
        <p>
          <a href={`/?${new URLSearchParams({ ...(state.q ? { q: state.q } : {}), after: list.next })}`}>
            More datasets
          </a>
        </p>
      ) : null}
    </nav>
  )
}

function OptionsForm(p: BuilderPageProps) {
  const { chart, fields, params: values, width, version } = p.state
  const problems = new Map(p.problems.map((problem) => [problem.parameter, problem.message]))
  const texts = fields.filter((f) => f.kind === 'text')
  const lang = chartLang(p.state)
  return (
    <form class="options" id="builder" method="get" action="/" aria-labelledby="options-h">
      <h2 id="options-h">Options</h2>
      <input type="hidden" name="dataset" value={chart.dataset.id} />
      <input type="hidden" name="widget" value={chart.widget.name} />
      {p.state.q ? <input type="hidden" name="q" value={p.state.q} /> : null}
      {p.state.after ? <input type="hidden" name="after" value={p.state.after} /> : null}
      {fields.map((field) => {
        if (field.kind !== 'text')
          return (
            <ChoiceField
              field={field}
              chart={chart}
              lang={lang}
              value={values[field.name]}
              problem={problems.get(field.name)}
            />
          )
        const group = textGroup(field.name)
        const members = texts.filter((text) => textGroup(text.name).legend === group.legend)
        if (field !== members[0]) return null
        // Free-text options of one group sit together, where the first one is declared.
        const hintId = `h-group-${field.name}`
        return (
          <fieldset aria-describedby={group.hint ? hintId : undefined}>
            <legend>{group.legend}</legend>
            {group.hint ? (
              <span class="hint" id={hintId}>
                {group.hint}
              </span>
            ) : null}
            {members.map((text) => (
              <TextField field={text} value={values[text.name] ?? ''} problem={problems.get(text.name)} />
            ))}
          </fieldset>
        )
      })}
      <Radios
        name="version"
        legend="When the data changes"
        current={version}
        choices={[
          ['pinned', 'Freeze the chart as it is today (recommended)'],
          ['latest', 'Update automatically when the data changes'],
        ]}
      />
      <Radios name="width" legend="Preview width" current={width} choices={Object.entries(PREVIEW_LABELS)} />
      <p class="apply">
        <button type="submit" id="apply">
          Update preview and codes
        </button>
      </p>
    </form>
  )
}

type FieldProps = { field: BuilderField; problem: string | undefined }

/** The language the chart is built in: the form's choice, else the language field's default. */
function chartLang(state: BuilderState): Lang {
  const field = state.fields.find((f) => f.name === 'lang')
  return (state.params.lang ?? field?.default ?? state.chart.dataset.languages[0] ?? 'en') as Lang
}

function ChoiceField({
  field,
  chart,
  lang,
  value,
  problem,
}: FieldProps & { chart: Chart; lang: Lang; value: string | undefined }) {
  const labels = choiceLabels(field, chart.dataset, chart.view, lang)
  const current = field.kind === 'list' ? (value ?? field.default).split(',') : [value ?? field.default]
  const hint = paramHint(field.name)
  return (
    <fieldset aria-describedby={describedBy(field.name, hint, problem)}>
      <legend>{paramLabel(field.name)}</legend>
      <Notes name={field.name} hint={hint} problem={problem} />
      <div class={field.choices.length > 3 ? 'choices columns' : 'choices'}>
        {field.choices.map((choice, i) => {
          const label = labels.get(choice)
          return (
            <label>
              <input
                type={field.kind === 'list' ? 'checkbox' : 'radio'}
                name={field.name}
                id={`f-${field.name}-${i}`}
                value={choice}
                checked={current.includes(choice)}
              />{' '}
              <span lang={label?.lang}>{label?.text ?? choice}</span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

function TextField({ field, value, problem }: FieldProps & { value: string }) {
  const hint = paramHint(field.name) ?? field.format
  const form = textPattern(field.name)
  return (
    <p class="text">
      <label for={`f-${field.name}`}>{paramLabel(field.name)}</label>
      <Notes name={field.name} hint={hint} problem={problem} />
      {/* Shown by the script while the value does not have the form (the server says it otherwise). */}
      {form && !problem ? (
        <span class="error" id={`v-${field.name}`} hidden>
          {form.problem}
        </span>
      ) : null}
      <input
        type="text"
        id={`f-${field.name}`}
        name={field.name}
        value={value}
        maxlength={field.maxLength}
        pattern={form?.pattern}
        title={form?.problem}
        autocomplete="off"
        aria-describedby={describedBy(field.name, hint, problem)}
        aria-invalid={problem ? 'true' : undefined}
      />
    </p>
  )
}

/** A field's hint and, after a bad submission, what was wrong with it. */
function Notes({ name, hint, problem }: { name: string; hint: string | undefined; problem: string | undefined }) {
  return (
    <>
      {hint ? (
        <span class="hint" id={`h-${name}`}>
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span class="error" id={`e-${name}`}>
          {plainProblem(problem)}
        </span>
      ) : null}
    </>
  )
}

function describedBy(name: string, hint: string | undefined, problem: string | undefined): string | undefined {
  return [hint ? `h-${name}` : '', problem ? `e-${name}` : ''].filter(Boolean).join(' ') || undefined
}

function Radios({
  name,
  legend,
  current,
  choices,
}: {
  name: string
  legend: string
  current: string
  choices: [string, string][]
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="choices">
        {choices.map(([value, label], i) => (
          <label>
            <input type="radio" name={name} id={`f-${name}-${i}`} value={value} checked={value === current} />{' '}
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * "Publish (freeze this chart)": shown by the script only (publishing is a POST with the token), and
 * outside the GET form, so the token never goes into an address. The token stays in this field,
 * in the page's memory: never a cookie or storage. Without a token the codes above stay live.
 */
function Publish(): Child {
  return (
    <div class="code publish" id="publish" hidden>
      <h3 id="publish-h">Publish (freeze this chart)</h3>
      <span class="hint" id="h-publish-token">
        The embed code above follows the latest data. A published chart never changes: its page and images are stored
        once, and it says so when its data has a newer version. Needs the publishing token, which is kept in this page
        only.
      </span>
      <label for="publish-token">Publishing token</label>
      <input
        type="password"
        id="publish-token"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="h-publish-token"
      />
      <span class="actions">
        <button type="button" id="publish-button" disabled>
          Publish (freeze this chart)
        </button>
        <span id="publish-status" role="status" />
      </span>
      <div id="frozen" hidden>
        <label for="code-frozen">Frozen embed code</label>
        <textarea id="code-frozen" readonly rows={4} spellcheck={false} />
        <label for="code-frozenUrl">Frozen chart address</label>
        <input type="text" id="code-frozenUrl" readonly spellcheck={false} />
        <span class="actions">
          <button type="button" class="copy" data-copy="code-frozen" hidden>
            Copy frozen code
          </button>
          {/* Points at the address field until the script sets the published chart's URL. */}
          <a id="open-frozenUrl" href="#code-frozenUrl">
            Open the frozen chart
          </a>
        </span>
      </div>
    </div>
  )
}

function Codes({ codes, phoneHeight }: { codes: CodeTexts; phoneHeight: number }): Child {
  return CODES.map((code) => (
    <div class="code">
      <label for={`code-${code.name}`}>{code.label}</label>
      <span class="hint" id={`h-code-${code.name}`}>
        {code.hint}
        {code.name === 'iframe' ? (
          <>
            {' '}
            On a phone this chart needs <span id="phone-height">{phoneHeight}</span> px: where phones read the article,
            use the embed code above, which fits every screen.
          </>
        ) : null}
      </span>
      {code.html ? (
        <textarea
          id={`code-${code.name}`}
          readonly
          rows={5}
          spellcheck={false}
          aria-describedby={`h-code-${code.name}`}
        >
          {codes[code.name]}
        </textarea>
      ) : (
        <input
          type="text"
          id={`code-${code.name}`}
          readonly
          value={codes[code.name]}
          spellcheck={false}
          aria-describedby={`h-code-${code.name}`}
        />
      )}
      <span class="actions">
        <button type="button" class="copy secondary" data-copy={`code-${code.name}`} hidden>
          Copy<span class="sr-only"> {code.label}</span>
        </button>
        {code.html ? null : (
          <a href={codes[code.name]} id={`open-${code.name}`}>
            Open<span class="sr-only"> {code.label}</span>
          </a>
        )}
      </span>
    </div>
  ))
}

/** The builder speaks English: a dataset's title in English, else in its first language. */
function titleOf(dataset: Pick<IndexEntry, 'id' | 'title' | 'languages'>): string {
  return inLanguage(dataset.title, 'en', dataset.languages[0] ?? 'en')?.text ?? dataset.id
}
