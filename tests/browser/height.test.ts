/**
 * `heightAt` against Chromium: the height embed codes and oEmbed start an iframe with, computed on
 * the server without a DOM, compared with the height the page really has in a viewport the size
 * of that iframe (what the loader then corrects it to). Both widgets, every language, the option
 * sets that change the frame or the chart, at the widths a publisher's column may have.
 * Prints a table of the errors (real minus predicted, px) and their distribution.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { loadPackage } from '../../data/schema.ts'
import type { Dataset } from '../../data/types.ts'
import { findWidget } from '../../widgets/registry.ts'
import { describeBrowser, launchChromium, openPage } from './lib/browser.ts'

const DATASET = 'occupation-in-figures'
const WIDTHS = [280, 320, 360, 480, 600, 720, 1000, 1200]
const LANGS = ['en', 'az', 'ru'] as const
const CASES: { widget: string; params: Record<string, string> }[] = [
  { widget: 'bar', params: {} },
  { widget: 'bar', params: { header: 'none' } },
  { widget: 'timeline', params: {} },
  { widget: 'timeline', params: { header: 'none' } },
  { widget: 'timeline', params: { view: 'cumulative' } },
  { widget: 'timeline', params: { events: 'none' } },
  { widget: 'timeline', params: { from: '1993', to: '1994' } },
]
/** The most an initial height may be off: about a title line. */
const TOLERANCE = 24
/**
 * How far the page may come out taller than predicted. Too short is the harmful side (a
 * script-free embed keeps its initial height and would hide the source line), so the prediction
 * leans tall; rounding up to a whole px leaves under 1 px either way.
 */
const SHORT_BY_AT_MOST = 1

interface Measured {
  label: string
  width: number
  predicted: number
  actual: number
  error: number
}

describeBrowser('the initial iframe height (heightAt) in Chromium', () => {
  let browser: Browser
  let dataset: Dataset
  const results: Measured[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    dataset = await loadPackage(bundledPackages.find((p) => p.id === DATASET)!)
  })
  afterAll(async () => {
    await browser?.close()
    if (results.length) console.info(report(results))
  })

  /** The prediction, from the same widget code and bundled data the Worker serves. */
  function predictor(widget: string, params: Record<string, string>): (width: number) => number {
    const definition = findWidget(widget)!
    const view = dataset.views[widget]!
    const rendered = definition.render(dataset, view, definition.options(params, dataset, view), {
      dataUrl: 'https://factbox.example/data.csv',
    })
    return (width) => rendered.heightAt!(width)
  }

  for (const { widget, params } of CASES) {
    const options = new URLSearchParams(params).toString() || 'default'
    it(`predicts the ${widget} page (${options}) in ${LANGS.join(', ')} within ${TOLERANCE} px and never more than ${SHORT_BY_AT_MOST} px short at ${WIDTHS.join(', ')} px`, async () => {
      const failures: string[] = []
      for (const lang of LANGS) {
        const query = new URLSearchParams({ ...params, lang })
        const predict = predictor(widget, { ...params, lang })
        const opened = await openPage(browser, `${inject('baseUrl')}/embed/${DATASET}/${widget}?${query}`, {
          width: WIDTHS[0]!,
          height: predict(WIDTHS[0]!),
        })
        try {
          for (const width of WIDTHS) {
            const predicted = predict(width)
            // The iframe as the embed code first sizes it.
            await opened.page.setViewportSize({ width, height: predicted })
            const actual = await opened.page.evaluate(() => document.documentElement.getBoundingClientRect().height)
            const error = actual - predicted
            const label = `${widget} ${lang} ${options}`
            results.push({ label, width, predicted, actual, error })
            if (Math.abs(error) > TOLERANCE || error > SHORT_BY_AT_MOST)
              failures.push(`${label} at ${width} px: predicted ${predicted}, Chromium ${actual.toFixed(2)}`)
          }
        } finally {
          await opened.close()
        }
      }
      expect(failures).toEqual([])
    })
  }
})

/** The errors as a table (one row per case, one column per width) and their distribution. */
function report(results: readonly Measured[]): string {
  const labels = [...new Set(results.map((r) => r.label))]
  const pad = Math.max(...labels.map((l) => l.length))
  const cell = (n: number) =>
    n
      .toFixed(1)
      .replace(/^-0\.0$/, '0.0')
      .padStart(7)
  const rows = labels.map(
    (label) =>
      `${label.padEnd(pad)} ${WIDTHS.map((w) => cell(results.find((r) => r.label === label && r.width === w)!.error)).join('')}`,
  )
  const errors = results.map((r) => r.error)
  const within = (px: number) => errors.filter((e) => Math.abs(e) <= px).length
  const sorted = errors.map(Math.abs).sort((a, b) => a - b)
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1)
  return [
    'heightAt error (Chromium minus predicted, px; negative: the prediction is taller)',
    `${''.padEnd(pad)} ${WIDTHS.map((w) => String(w).padStart(7)).join('')}`,
    ...rows,
    `${errors.length} cases: |error| <= 1 px: ${within(1)}, <= 8 px: ${within(8)}, <= ${TOLERANCE} px: ${within(TOLERANCE)}; ` +
      `median ${quantile(0.5)}, 90th percentile ${quantile(0.9)}, max ${sorted.at(-1)!.toFixed(1)}; ` +
      `taller than predicted: ${errors.filter((e) => e > 0.005).length}, by at most ${Math.max(0, ...errors).toFixed(2)} px`,
  ].join('\n')
}
