import type { RenderedWidget } from '../../widgets/registry.ts'

/** The column the initial height is computed for: the narrowest phone a chart must fit. */
export const PHONE_COLUMN = 320

/**
 * Initial iframe height when the widget cannot tell its own: enough for a chart with its frame on
 * a phone, so that the page jumps little before the loader (or AMP) sets the real height.
 */
export const FALLBACK_HEIGHT = 560

/**
 * The iframe's initial height: the widget's own height at a phone width when the registry exposes
 * it (`heightAt`), else {@link FALLBACK_HEIGHT}.
 */
export function initialHeight(rendered: RenderedWidget): number {
  const heightAt = (rendered as RenderedWidget & { heightAt?: (width: number) => number }).heightAt
  const height = typeof heightAt === 'function' ? heightAt.call(rendered, PHONE_COLUMN) : undefined
  return height !== undefined && Number.isFinite(height) && height > 0 ? Math.ceil(height) : FALLBACK_HEIGHT
}
