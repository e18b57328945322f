import { type Lang, shortMonthName } from '../../data/vocabulary/index.ts'

/**
 * The timeline's own words are in the message catalogues (widgets/messages/); the model carries
 * them, with the dataset's own on top (`model.messages.timeline`).
 */

/** A month's short name in `lang` ("Apr", "apr", "апр."), for axes. */
export function shortMonth(lang: Lang): (date: Date) => string {
  return (date) => shortMonthName(date.getUTCMonth(), lang)
}
