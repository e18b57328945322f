import type { Lang } from '../../data/vocabulary/index.ts'
import { type ChromeText, messages } from '../messages/index.ts'

export type { ChromeText } from '../messages/index.ts'

/** The chrome words of `lang` from its catalogue, or English for a language without one. */
export const chromeText = (lang: Lang): ChromeText => messages(lang).chrome

/** Units as datasets write them, in each language's script ("km²" → "км²"). Unknown units pass through. */
const UNITS: Record<string, Partial<Record<Lang, string>>> = {
  'km²': { ru: 'км²', uk: 'км²', ar: 'كم²' },
  km2: { en: 'km²', az: 'km²', ru: 'км²', de: 'km²', fr: 'km²', es: 'km²', uk: 'км²', tr: 'km²', ar: 'كم²' },
  km: { ru: 'км', uk: 'км', ar: 'كم' },
  'm²': { ru: 'м²', uk: 'м²', ar: 'م²' },
  m: { ru: 'м', uk: 'м', ar: 'م' },
  mm: { ru: 'мм', uk: 'мм', ar: 'مم' },
  ha: { ru: 'га', uk: 'га', ar: 'هكتار' },
}

/** The unit of a field in `lang`'s conventions. */
export function localizeUnit(unit: string, lang: Lang): string {
  return (Object.hasOwn(UNITS, unit) ? UNITS[unit]![lang] : undefined) ?? unit
}
