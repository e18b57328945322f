import { cellText, columnOf, localizedCell, rowIds } from '../../data/columns.ts'
import type { Dataset, View } from '../../data/types.ts'
import type { Lang } from '../../data/vocabulary/index.ts'
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
    '-area': 'Largest first',
    area: 'Smallest first',
    name: 'Name, A to Z',
    '-name': 'Name, Z to A',
    date: 'Date, earliest first',
    '-date': 'Date, latest first',
  },
}

/** Hints under a field. */
const PARAM_HINTS: Record<string, string> = {
  title: 'Leave empty to use the dataset’s title.',
  subtitle: 'Leave empty to use the dataset’s subtitle.',
  highlight: 'The others are muted. None checked: nothing is muted.',
}

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
 * How to show each value of a field: a language by its own name ("azərbaycan"), a row id by the
 * row's label ("Shusha"), a known keyword by its description, anything else as itself.
 */
export function choiceLabels(field: BuilderField, dataset: Dataset, view: View): Map<string, ChoiceLabel> {
  const rows = rowLabels(dataset, view)
  return new Map(
    field.choices.map((value): [string, ChoiceLabel] => {
      const known = VALUE_LABELS[field.name]?.[value]
      if (known) return [value, { text: known }]
      if (field.name === 'lang' && (dataset.languages as readonly string[]).includes(value))
        return [value, { text: languageName(value as Lang), lang: value }]
      const row = rows.get(value)
      return [value, { text: row ?? value }]
    }),
  )
}

/** A language's name in that language, capitalized ("Русский"). */
function languageName(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}

/** Row id → the row's label in English, for the view's resource. */
function rowLabels(dataset: Dataset, view: View): Map<string, string> {
  const resource = dataset.resources.find((r) => r.name === view.resource)
  if (!resource) return new Map()
  const label = columnOf(view, 'label')
  const ids = rowIds(resource)
  return new Map(
    resource.rows.map((row, i) => [ids[i]!, label ? cellText(localizedCell(row, label, 'en')) || ids[i]! : ids[i]!]),
  )
}

const WIDGET_LABELS: Record<string, string> = { bar: 'Bar chart', timeline: 'Timeline' }

/** A widget's name for people ("Bar chart"); an unknown widget shows its path name. */
export function widgetLabel(name: string): string {
  return WIDGET_LABELS[name] ?? name
}
