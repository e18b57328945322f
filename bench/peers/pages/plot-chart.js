// The same 9-bar chart with Observable Plot, from the CSV.
d3.csv('territories.csv', d3.autoType).then((data) => {
  const container = document.getElementById('chart')
  const format = d3.format(',')
  const chart = Plot.plot({
    width: container.clientWidth,
    marginLeft: 130,
    marginRight: 70,
    x: { label: 'km²', grid: true, tickFormat: format },
    y: { label: null },
    marks: [
      Plot.barX(data, { x: 'area_km2', y: 'name_en', fill: '#1f4e79', sort: { y: '-x' } }),
      Plot.text(data, { x: 'area_km2', y: 'name_en', text: (d) => format(d.area_km2), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  })
  container.append(chart)
})
