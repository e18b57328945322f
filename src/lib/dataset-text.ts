import type { Dataset } from '../../data/types.ts'
import type { Lang, LocalizedText } from '../../data/vocabulary/index.ts'

/** `text` in `lang`, else in the first of the dataset's languages that has it. */
function textIn(text: LocalizedText, dataset: Dataset, lang: Lang): string | undefined {
  for (const each of [lang, ...dataset.languages]) if (text[each] !== undefined) return text[each]
  return undefined
}

/**
 * A dataset's description in `lang` (the validated option, never the raw query), else in the first
 * of its languages that has one: what a page's `<meta name="description">` and oEmbed say.
 */
export function descriptionIn(dataset: Dataset, lang: Lang): string {
  // The schema asks a description in the descriptor's own language, so '' is never reached.
  return textIn(dataset.description, dataset, lang) ?? ''
}

/** A dataset's title in `lang`, else in the first of its languages that has one, else its id. */
export function titleIn(dataset: Dataset, lang: Lang): string {
  return textIn(dataset.title, dataset, lang) ?? dataset.id
}
