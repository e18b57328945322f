import type { RenderedWidget } from '../../widgets/registry.ts'

/** The column the initial height is computed for: the narrowest phone a chart must fit. */
export const PHONE_COLUMN = 320

/**
 * Initial iframe height for a widget without `heightAt`, in px: about the bar chart of the bundled
 * dataset on a 320 px phone (measured in Chromium: 667 en/az, 700 ru). A taller widget without
 * `heightAt` scrolls in the script-free code; the loader and AMP correct it.
 */
export const FALLBACK_HEIGHT = 680

/**
 * The iframe's initial height: the widget's own height at `width` (a phone column unless said
 * otherwise) when the registry exposes it (`heightAt`), else {@link FALLBACK_HEIGHT}.
 */
export function initialHeight(rendered: RenderedWidget, width: number = PHONE_COLUMN): number {
  const height = rendered.heightAt?.(width)
  return height !== undefined && Number.isFinite(height) && height > 0 ? Math.ceil(height) : FALLBACK_HEIGHT
}

/** The narrowest column a widget is laid out for (`heightAt` covers 280..1200 px). */
export const MIN_WIDTH = 280

/**
 * The iframe's height when it may take any width from {@link MIN_WIDTH} to `width` (its
 * `max-width`): the tallest the page is at any of them, so that pasted into any column the chart is
 * never cut. A wide column gets some blank space below rather than a clip.
 */
export function tallestHeight(rendered: RenderedWidget, width: number): number {
  let tallest = 0
  for (let w = MIN_WIDTH; w <= Math.max(MIN_WIDTH, width); w++) tallest = Math.max(tallest, initialHeight(rendered, w))
  return tallest
}
