import type { Lang } from './languages.ts'
import { INTL_LOCALE } from './locale.ts'

/** A word's forms by CLDR plural category; `other` is required, the rest as the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<Lang, Intl.PluralRules>()

/**
 * The form of a word that goes with `n` in `lang`, by `Intl.PluralRules` (tests/worker/intl-languages
 * checks its categories inside workerd): Russian 1 запись, 2 записи, 5 записей; Arabic has six.
 * @example plural('ru', 21, { one: 'запись', few: 'записи', many: 'записей', other: 'записи' }) // 'запись'
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  let rule = rules.get(lang)
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(INTL_LOCALE[lang])))
  return forms[rule.select(n)] ?? forms.other
}
