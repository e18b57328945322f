// The same 9-bar chart as a Vega-Lite spec, embedded with vega-embed, data from the CSV.
// SVG renderer (vega-embed defaults to canvas) so that the chart is text a reader can select and
// the benchmark can find, as in the other pages.
const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 'container',
  data: { url: 'territories.csv' },
  encoding: {
    y: { field: 'name_en', type: 'nominal', sort: '-x', title: null },
    x: { field: 'area_km2', type: 'quantitative', title: 'km²', axis: { format: ',' } },
  },
  layer: [
    { mark: { type: 'bar', color: '#1f4e79' } },
    {
      mark: { type: 'text', align: 'left', dx: 4 },
      encoding: { text: { field: 'area_km2', type: 'quantitative', format: ',' } },
    },
  ],
}
vegaEmbed('#chart', spec, { actions: false, renderer: 'svg' })
