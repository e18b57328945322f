import { ENHANCE_SCRIPT } from '../../widgets/registry.ts'
import { RENDERER_VERSION } from '../embed/renderer-version.ts'

/** Options of the published charts' routes; tests inject another deploy through them. */
export interface ChartOptions {
  /**
   * The renderer version a new chart's id is derived from (a deploy with other widgets makes new ids).
   * @default RENDERER_VERSION
   */
  rendererVersion?: string
  /**
   * The enhancement script frozen with a new chart.
   * @default ENHANCE_SCRIPT
   */
  script?: string
  /**
   * The clock: a chart's publication time.
   * @default () => new Date()
   */
  now?: () => Date
}

export const CHART_DEFAULTS = {
  rendererVersion: RENDERER_VERSION,
  script: ENHANCE_SCRIPT,
  now: () => new Date(),
} satisfies Required<ChartOptions>
