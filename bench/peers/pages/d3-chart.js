// The same 9-bar chart as factbox's, drawn in the browser with d3 from the CSV.
d3.csv('territories.csv', d3.autoType).then((rows) => {
  const data = rows.slice().sort((a, b) => d3.descending(a.area_km2, b.area_km2))
  const container = document.getElementById('chart')
  const width = container.clientWidth
  const margin = { top: 4, right: 70, bottom: 24, left: 130 }
  const barHeight = 28
  const height = margin.top + margin.bottom + barHeight * data.length
  const x = d3
    .scaleLinear()
    .domain([0, d3.max(data, (d) => d.area_km2)])
    .nice()
    .range([margin.left, width - margin.right])
  const y = d3
    .scaleBand()
    .domain(data.map((d) => d.name_en))
    .range([margin.top, height - margin.bottom])
    .padding(0.2)
  const format = d3.format(',')
  const svg = d3
    .create('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', [0, 0, width, height])
    .attr('role', 'img')
    .attr('aria-label', 'Area of each occupied territory, in square kilometres')
    .style('font', '13px system-ui, sans-serif')
  svg
    .append('g')
    .attr('fill', '#1f4e79')
    .selectAll('rect')
    .data(data)
    .join('rect')
    .attr('x', x(0))
    .attr('y', (d) => y(d.name_en))
    .attr('width', (d) => x(d.area_km2) - x(0))
    .attr('height', y.bandwidth())
  svg
    .append('g')
    .attr('fill', '#1a1a1a')
    .selectAll('text')
    .data(data)
    .join('text')
    .attr('x', (d) => x(d.area_km2) + 4)
    .attr('y', (d) => y(d.name_en) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((d) => format(d.area_km2))
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).tickSizeOuter(0))
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(width / 80)
        .tickFormat(format),
    )
  container.append(svg.node())
})
