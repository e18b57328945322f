import { frameHeight, frameWidth } from '../frame/height.ts'
import type { BarChartInput } from './render.ts'
import { BAR_WRAP_MARGIN } from './css.ts'
import { chartWords } from './words.ts'
import { layoutBars, type BarLayout } from './layout.ts'
import { sortBars } from './sort-bars.ts'
import type { BarDatum } from './types.ts'

/**
 * The bar chart page's height at an iframe width, for embed codes (see `RenderedWidget.heightAt`).
 * Both arrangements are laid out as the page lays them out, once, on the first call; the
 * container query of `barCss()` picks the beside one from its `minWidth` on, and each has a
 * fixed height.
 * @example barChartHeight(rows, input)(320) // the page's height in a 320 px iframe
 */
export function barChartHeight(rows: readonly BarDatum[], input: BarChartInput): (width: number) => number {
  const { options, frame } = input
  let layouts: { stacked: BarLayout; beside: BarLayout } | undefined
  return (width) => {
    layouts ??= arrangements(rows, input)
    const { stacked, beside } = layouts
    const layout = frameWidth(width) >= beside.minWidth ? beside : stacked
    return frameHeight(frame, options.header, width, [{ height: layout.height, marginTop: BAR_WRAP_MARGIN }])
  }
}

/** Both arrangements of the chart, from the rows sorted as the page sorts them. */
function arrangements(rows: readonly BarDatum[], { options, unit }: BarChartInput) {
  const words = chartWords(sortBars(rows, options.sort, options.lang), options.lang, unit)
  return { stacked: layoutBars(words, options.lang, 'stacked'), beside: layoutBars(words, options.lang, 'beside') }
}
