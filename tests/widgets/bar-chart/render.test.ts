import { describe, expect, it } from 'vitest'
import { barData } from '../../../widgets/bar-chart/adapter.ts'
import { bar, barChart, barChartPage, barChartSvg } from '../../../widgets/bar-chart/index.ts'
import type { BarChartInput } from '../../../widgets/bar-chart/render.ts'
import { frameText } from '../../../widgets/frame/words.ts'
import { occupation } from './load-dataset.ts'

async function setup(params: Record<string, string> = {}) {
  const dataset = await occupation()
  const view = dataset.views.bar!
  const options = bar.options(params, dataset, view)
  const data = barData(dataset, view, options.lang)
  const input: BarChartInput = {
    options,
    frame: frameText(dataset, view, options),
    ...(data.unit ? { unit: data.unit } : {}),
  }
  return { rows: data.rows, input }
}

describe('barChart', () => {
  it('gives the same page and SVG as the one-off functions, whichever output is asked for first', async () => {
    const { rows, input } = await setup({ lang: 'az', sort: 'name', highlight: 'lachin' })
    const svgFirst = barChart(rows, input)
    expect(svgFirst.svg()).toBe(barChartSvg(rows, input))
    expect(svgFirst.page()).toBe(barChartPage(rows, input))
    const heightFirst = barChart(rows, input)
    const heights = [320, 1000].map((w) => heightFirst.heightAt(w))
    expect(heightFirst.page()).toBe(barChartPage(rows, input))
    expect(heights).toEqual([320, 1000].map((w) => barChart(rows, input).heightAt(w)))
  })

  it('escapes the words of the rows in the page and the SVG', async () => {
    const { rows, input } = await setup()
    const hostile = rows.map((r, i) => (i === 0 ? { ...r, label: `<script>"x" & 'y'</script>` } : r))
    const chart = barChart(hostile, input)
    for (const out of [chart.page(), chart.svg()]) {
      expect(out).not.toContain('<script>"x"')
      expect(out).toContain('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;')
    }
  })
})
