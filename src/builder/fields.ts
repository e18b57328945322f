import type { Dataset, View } from '../../data/types.ts'
import { OptionError } from '../../data/vocabulary/index.ts'
import type { CommonOptions, WidgetDefinition } from '../../widgets/registry.ts'
import type { FieldRule } from './shared-with-browser.ts'

/** A form field of the builder, derived from a widget's own validator. */
export interface BuilderField extends FieldRule {
  /** Longest text the validator accepts (text fields whose validator sets a limit). */
  maxLength?: number
  /** What a text field must look like, in the validator's words (fields with a format). */
  format?: string
}

/** No keyword, id or language looks like this; a free-text option accepts it. */
const PROBE = 'factbox-builder-probe'
/** Longest text probed for a limit; a field that takes more gets no `maxlength`. */
const TEXT_PROBE_LIMIT = 4096

/**
 * The form fields for a widget over one dataset view, one per query parameter the widget reads,
 * learnt by asking its `options()` (the same validator the widget route uses) rather than from a
 * list kept in the builder, so a new widget or option needs no builder change:
 * - a parameter that rejects a probe with `OptionError.allowed` is a choice of those values,
 *   or a list (checkboxes) when it also accepts two of them joined by a comma;
 * - a parameter that accepts the probe is free text, with the longest length it accepts; one
 *   that rejects it without a list is text with a format, which the rejection message describes;
 * - the default is the value that leaves the normalized options unchanged; a choice of one
 *   value, the default, is no choice and is left out (`view` of a timeline without a running
 *   total), except the language.
 * Only values the validator accepts alone are offered.
 */
export function deriveFields(widget: WidgetDefinition<CommonOptions>, dataset: Dataset, view: View): BuilderField[] {
  const reject = (params: Record<string, string>) => rejection(widget, dataset, view, params)
  const baseline = JSON.stringify(widget.options({}, dataset, view))
  const unchanged = (params: Record<string, string>) => {
    try {
      return JSON.stringify(widget.options(params, dataset, view)) === baseline
    } catch {
      return false
    }
  }
  return widget.params.flatMap((name): BuilderField[] => {
    const error = reject({ [name]: PROBE })
    if (error?.option === name && error.allowed?.length) {
      const choices = error.allowed.filter((value) => !reject({ [name]: value }))
      const first = choices[0] ?? ''
      const isList = choices.length > 0 && !reject({ [name]: `${first},${first}` })
      if (isList) return [{ name, kind: 'list', choices, default: '' }]
      // One value, the default, is no choice (`view` of a timeline without a running total): not
      // shown. The language stays, even alone: the editor sees which one the chart speaks.
      if (name !== 'lang' && choices.length === 1 && unchanged({ [name]: choices[0]! })) return []
      return [{ name, kind: 'choice', choices, default: choices.find((value) => unchanged({ [name]: value })) ?? '' }]
    }
    // A field with a format (a date) rejects the probe without a list: its message says what it takes.
    const format = error?.option === name ? formatOf(error.message, name) : undefined
    const maxLength = reject({ [name]: 'a' }) ? undefined : longestText((text) => !reject({ [name]: text }))
    return [
      {
        name,
        kind: 'text',
        choices: [],
        default: '',
        ...(maxLength === undefined ? {} : { maxLength }),
        ...(format ? { format } : {}),
      },
    ]
  })
}

/** "invalid from: expected a year…" → "Expected a year…". */
function formatOf(message: string, name: string): string {
  const text = message.startsWith(`invalid ${name}: `) ? message.slice(`invalid ${name}: `.length) : message
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The `OptionError` that `params` cause, if any; other errors are bugs and propagate. */
function rejection(
  widget: WidgetDefinition<CommonOptions>,
  dataset: Dataset,
  view: View,
  params: Record<string, string>,
) {
  try {
    widget.options(params, dataset, view)
    return undefined
  } catch (error) {
    if (error instanceof OptionError) return error
    throw error
  }
}

/** The longest run of letters `accepts` takes (binary search), `undefined` if it takes the limit. */
function longestText(accepts: (text: string) => boolean): number | undefined {
  if (accepts('a'.repeat(TEXT_PROBE_LIMIT))) return undefined
  let low = 0
  let high = TEXT_PROBE_LIMIT
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if (accepts('a'.repeat(middle))) low = middle
    else high = middle
  }
  return low
}
