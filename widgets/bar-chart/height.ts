import { frameHeight, frameWidth } from '../frame/height.ts'
import type { FrameText } from '../frame/words.ts'
import { BAR_WRAP_MARGIN } from './css.ts'
import type { BarLayout } from './layout.ts'

/** The page's two arrangements of the chart; a getter may lay one out only when it is read. */
export interface Arrangements {
  readonly stacked: BarLayout
  readonly beside: BarLayout
}

/**
 * The bar chart page's height at an iframe width, for embed codes (see `RenderedWidget.heightAt`):
 * the container query of `barCss()` shows the beside arrangement from its `minWidth` on, the
 * stacked one below, and each has a fixed height.
 * @example barPageHeight(frame, 'show', 320, arrangements) // the page's height in a 320 px iframe
 */
export function barPageHeight(
  text: FrameText,
  header: 'show' | 'none',
  width: number,
  arrangements: Arrangements,
): number {
  const { beside } = arrangements
  const layout = frameWidth(width) >= beside.minWidth ? beside : arrangements.stacked
  return frameHeight(text, header, width, [{ height: layout.height, marginTop: BAR_WRAP_MARGIN }])
}
