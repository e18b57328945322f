import { defineWidget, renderWidget } from '../widget-definition.ts'
import { barData, barOptionsContext } from './adapter.ts'
import { BAR_PARAMS, type BarOptions, normalizeBarOptions } from './options.ts'
import { barChart } from './render.ts'

export type { BarOptions } from './options.ts'
export { barChart, barChartPage, barChartSvg } from './render.ts'
export type { BarDatum } from './types.ts'

/** The area bar chart, as the embed route serves it (`/embed/:dataset/bar`). */
export const bar = defineWidget<BarOptions>({
  name: 'bar',
  params: BAR_PARAMS,
  options(params, dataset, view) {
    return normalizeBarOptions(params, barOptionsContext(dataset, view))
  },
  render(dataset, view, options, context) {
    const data = barData(dataset, view, options.lang)
    const variant = options.sort === 'date' ? { variant: 'date' as const } : {}
    return renderWidget({ dataset, view, options, context, ...variant }, (input) =>
      barChart(data.rows, {
        ...input,
        ...(data.unit ? { unit: data.unit } : {}),
        ...(data.currency ? { currency: data.currency } : {}),
        ...(data.subtotal ? { subtotal: data.subtotal } : {}),
        columns: data.columns,
      }),
    )
  },
})
