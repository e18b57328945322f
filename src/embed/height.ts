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
