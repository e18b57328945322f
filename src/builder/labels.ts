import { cellText, columnOf, localizedCell, rowIds } from '../../data/columns.ts'
import type { Dataset, View } from '../../data/types.ts'
import { type Lang, languageName } from '../../data/vocabulary/index.ts'
import type { BuilderField } from './fields.ts'

/**
 * Words of the builder's own interface (English, for editors). Only nicer names: a parameter or
 * value missing here shows as itself, so a new widget option appears without a builder change.
 */
const PARAM_LABELS: Record<string, string> = {
  lang: 'Language',
  theme: 'Colours',
  highlight: 'Highlight',
  title: 'Title',
  subtitle: 'Subtitle',
  header: 'Title block',
  sort: 'Order',
  view: 'Drawing',
  events: 'Context events',
  from: 'From',
  to: 'To',
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  theme: { auto: 'Follow the reader’s system', light: 'Light', dark: 'Dark' },
  header: { show: 'Show title and subtitle', none: 'Hide them (the article has a headline)' },
  view: { events: 'Each entry at its date', cumulative: 'Running total' },
  events: { context: 'Show them', none: 'Hide them' },
  sort: {
    '-value': 'Largest first',
    value: 'Smallest first',
    label: 'Name, A to Z',
    '-label': 'Name, Z to A',
    date: 'Date, earliest first',
    '-date': 'Date, latest first',
  },
}

/** Hints under a field. */
const PARAM_HINTS: Record<string, string> = {
  title: 'Leave empty to use the dataset’s title.',
  subtitle: 'Leave empty to use the dataset’s subtitle.',
  highlight: 'The others are muted. None checked: nothing is muted.',
  from: 'e.g. 1992-05',
  to: 'e.g. 1993',
}

/** Free-text fields that belong together, by the legend of their group; any other sits under "Words". */
const TEXT_GROUPS: Record<string, { legend: string; hint?: string }> = {
  from: { legend: 'Time span', hint: 'A year, a month or a day. Leave both empty to show every entry.' },
  to: { legend: 'Time span', hint: 'A year, a month or a day. Leave both empty to show every entry.' },
}

/** The group a free-text field is shown in. */
export function textGroup(name: string): { legend: string; hint?: string } {
  return TEXT_GROUPS[name] ?? { legend: 'Words' }
}

/**
 * What was wrong with a field, in plain words for the editor beside it; the list at the top of
 * the page keeps the validator's own message, which names the parameter for developers. A message
 * this table does not know is shown as the validator wrote it. Never repeats the value given.
 */
export function plainProblem(message: string): string {
  const longer = /is longer than (\d+) characters/.exec(message)
  if (longer) return `Too long: shorten it to ${longer[1]} characters or fewer.`
  for (const [pattern, words] of PLAIN_PROBLEMS) if (pattern.test(message)) return words
  return message.charAt(0).toUpperCase() + message.slice(1)
}

const DATE_PROBLEM =
  'Not a date we can read. Write a year (e.g. 1993), a month (e.g. 1992-05) or a day (e.g. 1992-05-08).'

/**
 * What a free-text field must look like, for the browser to tell the editor while typing (the
 * server checks every value again): the date bounds' form, as the timeline's validator reads it.
 */
const TEXT_PATTERNS: Record<string, { pattern: string; problem: string }> = {
  from: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', problem: DATE_PROBLEM },
  to: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', problem: DATE_PROBLEM },
}

/** The form a free-text field's value must have (an HTML `pattern`) and what to say when it does not. */
export function textPattern(name: string): { pattern: string; problem: string } | undefined {
  return TEXT_PATTERNS[name]
}

const PLAIN_PROBLEMS: [RegExp, string][] = [
  [/expected a year, a month or a day/, DATE_PROBLEM],
  [/must not be earlier than from/, 'The end of the time span comes before its start: swap them or change one.'],
  [
    /no entry of this timeline falls between/,
    'Nothing in this chart falls within the time span: widen it or leave it empty.',
  ],
  [/expected one of/, 'Not one of the choices: pick one below.'],
  [/every item must be the id of a row/, 'Not a name of this chart: tick names below.'],
  [/is given \d+ times/, 'Given more than once: choose one value.'],
  [/control or bidirectional-override character/, 'Contains an invisible control character: retype it.'],
]

/** The label of a parameter's field. */
export function paramLabel(name: string): string {
  return PARAM_LABELS[name] ?? name
}

/** A hint for a parameter's field, if any. */
export function paramHint(name: string): string | undefined {
  return PARAM_HINTS[name]
}

/** A choice as the form shows it, with its language when it is a language's own name. */
export interface ChoiceLabel {
  text: string
  lang?: string
}

/**
 * How to show each value of a field: a language by its own name ("Azərbaycanca"), a row id by the
 * row's label in the chart's language `lang` ("Şuşa"), a known keyword by its description,
 * anything else as itself.
 */
export function choiceLabels(field: BuilderField, dataset: Dataset, view: View, lang: Lang): Map<string, ChoiceLabel> {
  const rows = rowLabels(dataset, view, lang)
  return new Map(
    field.choices.map((value): [string, ChoiceLabel] => {
      const known = VALUE_LABELS[field.name]?.[value]
      if (known) return [value, { text: known }]
      if (field.name === 'lang' && (dataset.languages as readonly string[]).includes(value))
        return [value, { text: languageName(value), lang: value }]
      const row = rows.get(value)
      return [value, row === undefined ? { text: value } : { text: row, lang }]
    }),
  )
}

/**
 * Row id → the row's label in `lang` (in the dataset's first language where the row has none), for the view's resource:
 * what the highlight choices are called in the chart the editor is building.
 */
export function rowLabels(dataset: Dataset, view: View, lang: Lang): Map<string, string> {
  const resource = dataset.resources.find((r) => r.name === view.resource)
  if (!resource) return new Map()
  const label = columnOf(view, 'label')
  const ids = rowIds(resource)
  const text = (i: number, l: Lang) =>
    label ? cellText(localizedCell(resource.rows[i]!, label, l, dataset.languages[0])) : ''
  return new Map(ids.map((id, i) => [id, text(i, lang) || text(i, dataset.languages[0] ?? lang) || id]))
}

const WIDGET_LABELS: Record<string, string> = { bar: 'Bar chart', timeline: 'Timeline' }

/** A widget's name for people ("Bar chart"); an unknown widget shows its path name. */
export function widgetLabel(name: string): string {
  return WIDGET_LABELS[name] ?? name
}
