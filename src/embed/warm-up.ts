import type { PackageSource } from '../../data/schema.ts'
import { validatePackage } from '../../data/schema.ts'
import type { Dataset } from '../../data/types.ts'
import { findWidget } from '../../widgets/registry.ts'
import { CARD } from './png.ts'
import { readWidgetOptions } from './widget-options.ts'
import { SITE_NAME } from './widget-routes.ts'

/** Where the warm-up's links point: nowhere a reader can reach, as its pages are thrown away. */
const NOWHERE = 'https://warm-up.invalid'

/**
 * Renders each widget's page once, as an embed request would, while the isolate starts: the
 * Worker's global scope, which Workers limit to 1 s of startup, not to the 10 ms of CPU a request
 * has on the free plan. A fresh isolate's first request otherwise pays for V8 compiling and first
 * running every function of the renderer (the timeline's ~12 ms against ~1 ms warm: bench/README.md).
 *
 * It shares code, not results: the dataset is its own object (validated from the first bundled
 * package that validates, with a version no catalog holds), so no cache a request reads (the
 * adapted rows, the drawings: all kept per dataset object) holds anything of it, and the first
 * request still renders every part of its page. A package that does not validate is skipped; it
 * never stops a Worker from starting (the catalog reports it on request). Pure: no I/O.
 * @returns what was rendered, as `widget?query`, for tests and the benchmark.
 */
export function warmUpRenderers(packages: readonly PackageSource[]): string[] {
  const dataset = firstValid(packages)
  if (!dataset) return []
  const rendered: string[] = []
  for (const [name, view] of Object.entries(dataset.views)) {
    const widget = findWidget(name)
    if (!widget) continue
    for (const query of ['', ...(widget.warmUp ?? [])]) {
      try {
        const { options } = readWidgetOptions(new URLSearchParams(query), widget, dataset, view)
        widget
          .render(dataset, view, options, {
            dataUrl: `${NOWHERE}/data.csv`,
            scriptUrl: '/embed/assets/enhance.0000000000.js',
            head: {
              canonical: `${NOWHERE}/embed`,
              oembed: `${NOWHERE}/oembed`,
              image: { url: `${NOWHERE}/card.png`, ...CARD },
              description: '',
              siteName: SITE_NAME,
            },
          })
          .page()
        rendered.push(`${name}?${query}`)
      } catch {
        // A query this dataset refuses (its timeline has no running total, say): nothing to compile.
      }
    }
  }
  return rendered
}

function firstValid(packages: readonly PackageSource[]): Dataset | undefined {
  for (const source of packages) {
    try {
      return { ...validatePackage(source), version: 'warm-up' }
    } catch {
      // Broken: the next one, if any.
    }
  }
  return undefined
}
