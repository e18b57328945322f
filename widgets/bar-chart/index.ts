import { frameText } from '../frame/words.ts'
import { defineWidget } from '../widget-definition.ts'
import { columnOf, rowIds, viewResource } from '../../data/columns.ts'
import { barChartPage, barChartSvg } from './render.ts'
import { barChartHeight } from './height.ts'
import { BAR_PARAMS, normalizeBarOptions, type BarOptions } from './options.ts'
import { barData } from './adapter.ts'

export type { BarDatum } from './types.ts'
export type { BarOptions } from './options.ts'
export { barChartPage, barChartSvg } from './render.ts'

/** The area bar chart, as the embed route serves it (`/embed/:dataset/bar`). */
export const bar = defineWidget<BarOptions>({
  name: 'bar',
  params: BAR_PARAMS,
  options(params, dataset, view) {
    return normalizeBarOptions(params, {
      languages: dataset.languages,
      ids: rowIds(viewResource(dataset, view)),
      hasDate: columnOf(view, 'date') !== undefined,
    })
  },
  render(dataset, view, options, context) {
    const data = barData(dataset, view, options.lang)
    const input = {
      options,
      frame: frameText(dataset, view, options, context.dataUrl),
      ...(data.unit ? { unit: data.unit } : {}),
      ...(context.scriptUrl ? { scriptUrl: context.scriptUrl } : {}),
      ...(context.head ? { head: context.head } : {}),
    }
    return {
      title: input.frame.title.text,
      page: () => barChartPage(data.rows, input),
      svg: () => barChartSvg(data.rows, input),
      heightAt: barChartHeight(data.rows, input),
    }
  },
})
