import type { Dataset } from '../../data/types.ts'

/**
 * The chart's id: the first 16 hex digits (64 bits) of the SHA-256 of the canonical request (dataset,
 * exact version, widget, the given options sorted) and the renderer version.
 */
export async function chartId(
  dataset: Dataset,
  widget: string,
  options: Record<string, string>,
  rendererVersion: string,
): Promise<string> {
  const sorted = Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const canonical = JSON.stringify([dataset.id, dataset.version, widget, sorted, rendererVersion])
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)))
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')
}
