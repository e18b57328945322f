/**
 * Bundled with esbuild by bench/fingerprint.ts: renders every widget of the bundled and fixture
 * datasets over a matrix of options (each language, theme, header, highlight, sort, view, events,
 * date range, and hostile overrides full of `& < > " '`), page, SVG and the height at a few widths.
 */

import { bundledPackages } from '../../data/bundled.ts'
import { loadPackage, type PackageSource } from '../../data/schema.ts'
import { FIXTURE_PACKAGES } from '../../tests/fixtures/index.ts'
import { type CommonOptions, findWidget } from '../../widgets/registry.ts'

const HOSTILE = { title: `Tom & Jerry's <b>"quoted"</b> > 3`, subtitle: `a<b & 'c' "d" >e` }

function* matrix(widget: string, ids: readonly string[]): Generator<Record<string, string>> {
  const common: Record<string, string>[] = [
    {},
    { theme: 'light' },
    { theme: 'dark' },
    { header: 'none' },
    HOSTILE,
    { ...HOSTILE, header: 'none', theme: 'dark' },
    ...(ids.length > 1 ? [{ highlight: ids[0]! }, { highlight: `${ids[1]},${ids.at(-1)}` }] : []),
  ]
  const own: Record<string, string>[] =
    widget === 'bar'
      ? [{}, { sort: 'area' }, { sort: 'name' }, { sort: '-name' }, { sort: 'date' }, { sort: '-date' }]
      : [
          {},
          { view: 'cumulative' },
          { events: 'none' },
          { view: 'cumulative', events: 'none' },
          { from: '1992' },
          { to: '1993-07' },
          { from: '1993-04-02', to: '1994', view: 'cumulative' },
        ]
  for (const lang of ['en', 'az', 'ru']) for (const c of common) for (const o of own) yield { lang, ...c, ...o }
}

/** The output, or the error it throws: a failure is behaviour too, and must not change either. */
function attempt(render: () => string): string {
  try {
    return render()
  } catch (error) {
    return `throws ${String(error)}`
  }
}

/** Every output of the matrix, by a name that says which. Options a dataset rejects are skipped. */
export async function outputs(): Promise<Map<string, string>> {
  const sources: PackageSource[] = [...bundledPackages, ...FIXTURE_PACKAGES]
  const out = new Map<string, string>()
  for (const source of sources) {
    const dataset = await loadPackage(source)
    for (const [name, view] of Object.entries(dataset.views)) {
      const widget = findWidget(name)
      if (!widget) continue
      const resource = dataset.resources.find((r) => r.name === view.resource)!
      const ids = resource.rows.map((r, i) => (typeof r.id === 'string' ? r.id : String(i + 1)))
      for (const params of matrix(name, ids)) {
        let options: CommonOptions
        try {
          options = widget.options(params, dataset, view)
        } catch {
          continue
        }
        const key = `${dataset.id}/${name}?${new URLSearchParams(params)}`
        const context = {
          dataUrl: `https://factbox.example/${dataset.id}.csv`,
          scriptUrl: '/embed/assets/enhance.0.js',
          // Every other case with the discovery and card tags, hostile characters included.
          ...(out.size % 2
            ? {}
            : {
                head: {
                  canonical: `https://factbox.example/embed/${dataset.id}/${name}?a=1&b="2"`,
                  oembed: `https://factbox.example/oembed?url=x&format=json`,
                  image: { url: `https://factbox.example/x.png?size=card&t=<'>`, width: 1200, height: 630 },
                  description: `A & B's "chart" <desc>`,
                  siteName: 'factbox',
                },
              }),
        }
        const rendered = widget.render(dataset, view, options, context)
        out.set(
          `${key} page`,
          attempt(() => rendered.page()),
        )
        out.set(
          `${key} svg`,
          attempt(() => rendered.svg()),
        )
        out.set(
          `${key} height`,
          attempt(() => [280, 320, 400, 560, 800, 1200].map((w) => rendered.heightAt?.(w)).join(',')),
        )
      }
    }
  }
  return out
}
