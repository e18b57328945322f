import type { Lang } from '../../data/vocabulary/index.ts'

/**
 * `adapt` kept per source, view and language: each is computed once and shared while the source
 * lives (weak keys, so a dataset dropped by the Worker takes its adapted copies with it). A widget's
 * adapter wraps its function with it: a request may read the adapted data twice (options, then
 * render), and the Worker keeps its datasets across requests. Shared results must not change, so
 * `freeze` is applied once to each.
 * @example export const barData = adaptedOnce(adapt, frozen)
 */
export function adaptedOnce<Source extends object, View extends object, T>(
  adapt: (source: Source, view: View, lang: Lang) => T,
  freeze: (value: T) => T,
): (source: Source, view: View, lang: Lang) => T {
  const adapted = new WeakMap<Source, WeakMap<View, Partial<Record<Lang, T>>>>()
  return function adaptOnce(source, view, lang) {
    let views = adapted.get(source)
    if (!views) adapted.set(source, (views = new WeakMap()))
    let langs = views.get(view)
    if (!langs) views.set(view, (langs = {}))
    return (langs[lang] ??= freeze(adapt(source, view, lang)))
  }
}
