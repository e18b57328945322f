/**
 * The words every layer shares: the languages a dataset may be published in.
 */
/** Languages a dataset may be published in. */
export const LANGS = ['en', 'az', 'ru'] as const
export type Lang = (typeof LANGS)[number]

/** A text in every language of its dataset (at least `en`). */
export type LocalizedText = { en: string } & Partial<Record<Lang, string>>
