import type { Lang, WordKey, WordOverrides } from '../../data/vocabulary/index.ts'
import { ar } from './ar.ts'
import { az } from './az.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import { ru } from './ru.ts'
import { tr } from './tr.ts'
import type { Catalogue } from './types.ts'
import { uk } from './uk.ts'

export type { Catalogue, ChromeText, ErrorText, TimelineText } from './types.ts'

/**
 * One message catalogue per language, the widgets' own words. en, az and ru are reviewed by
 * readers of those languages (az and ru: translations-2026-12); de, fr, es, uk, tr and ar were
 * written by the factbox team and are not yet natively reviewed (see each file's header).
 */
export const CATALOGUES: Partial<Record<Lang, Catalogue>> = { en, az, ru, de, fr, es, uk, tr, ar }

const withWords = new WeakMap<WordOverrides, Map<Lang, Catalogue>>()

/**
 * The widgets' words in `lang`: its catalogue, or English for a language without one (never an
 * error), with a dataset's own words (`words.<lang>` in its descriptor) on top. Kept per
 * overrides object, so a dataset's catalogue is built once per isolate.
 * @example messages('de').chrome.getTheData // 'Daten herunterladen'
 */
export function messages(lang: Lang, overrides?: WordOverrides): Catalogue {
  const base = CATALOGUES[lang] ?? en
  if (!overrides || Object.keys(overrides).length === 0) return base
  let byLang = withWords.get(overrides)
  if (!byLang) withWords.set(overrides, (byLang = new Map()))
  let built = byLang.get(lang)
  if (!built) byLang.set(lang, (built = override(base, overrides)))
  return built
}

/** `base` with each word of `overrides` in its place: `timeline.total` in `timeline`, the others in `chrome`. */
function override(base: Catalogue, overrides: WordOverrides): Catalogue {
  const chrome = { ...base.chrome }
  const timeline = { ...base.timeline }
  for (const [key, text] of Object.entries(overrides) as [WordKey, string][]) {
    if (key.startsWith('timeline.')) (timeline as Record<string, unknown>)[key.slice('timeline.'.length)] = text
    else (chrome as Record<string, unknown>)[key] = text
  }
  return { ...base, chrome, timeline }
}
