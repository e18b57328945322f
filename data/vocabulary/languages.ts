/**
 * The words every layer shares: the languages a dataset may be published in.
 */

/**
 * Languages a dataset may be published in: a fixed list, because the Workers runtime's ICU
 * formats some locales wrongly without saying so (`supportedLocalesOf` and `resolvedOptions()`
 * report them as supported). A language is on this list only when tests/worker/intl-languages.test.ts
 * proves, inside workerd, that every number, date and sort comes out as Node's full ICU writes it
 * (or as our own tables write it, for Azerbaijani).
 */
export const LANGS = ['en', 'az', 'ru', 'de', 'fr', 'es', 'uk', 'tr', 'ar'] as const
export type Lang = (typeof LANGS)[number]

/** Languages written right to left: the page, the frame and the table get `dir="rtl"`. */
export const RTL_LANGS: readonly Lang[] = ['ar']

/** `rtl` for a right-to-left language, else `ltr`. */
export const direction = (lang: Lang): 'ltr' | 'rtl' => (RTL_LANGS.includes(lang) ? 'rtl' : 'ltr')

/**
 * A text in every language of its dataset (the schema checks that each is there). No language is
 * required: a dataset in German and French has no English title.
 */
export type LocalizedText = Partial<Record<Lang, string>>

/**
 * `text` in `lang`, else in `fallback` (the dataset's first language), with the language it is in, so
 * a page can mark a stand-in (`lang` attribute); undefined when neither has it.
 * @example inLanguage({ de: 'Haushalt' }, 'fr', 'de') // { text: 'Haushalt', lang: 'de' }
 */
export function inLanguage(
  text: LocalizedText | undefined,
  lang: Lang,
  fallback: Lang,
): { text: string; lang: Lang } | undefined {
  const own = text?.[lang]
  if (own !== undefined) return { text: own, lang }
  const other = text?.[fallback]
  return other === undefined ? undefined : { text: other, lang: fallback }
}

/**
 * Each language's name in that language, as a language chooser shows it. Written out rather than
 * asked of `Intl.DisplayNames`: the Workers runtime's ICU may lack a language's own data (it
 * names Azerbaijani in English there), and "Azərbaycanca" is how the language names itself in a
 * menu (the adjective "azərbaycan" alone is not).
 */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  uk: 'Українська',
  tr: 'Türkçe',
  ar: 'العربية',
}

/**
 * A language's own name: from {@link LANGUAGE_NAMES}, else from `Intl.DisplayNames` in that
 * language, capitalized; the code itself when neither knows it.
 * @example languageName('az') // 'Azərbaycanca'
 */
export function languageName(lang: string): string {
  if (Object.hasOwn(LANGUAGE_NAMES, lang)) return LANGUAGE_NAMES[lang as Lang]
  let name: string | undefined
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang)
  } catch {
    name = undefined
  }
  if (!name) return lang
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}
