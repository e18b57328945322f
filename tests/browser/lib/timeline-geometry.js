// In-page measuring code for the timeline's horizontal drawings, evaluated as an expression by
// timeline-geometry.ts (plain JS, like probe.js: the project's TypeScript has no DOM lib). Reads
// the drawing CSS shows: its leader lines (`.ld`) as screen segments, its texts as screen boxes,
// and each entry's label as the union of its texts, in document (date) order.
;(() => {
  const svg = [...document.querySelectorAll('svg[class^="tl-"]')].find((s) => getComputedStyle(s).display !== 'none')
  if (!svg) return null
  const rect = (el) => {
    const r = el.getBoundingClientRect()
    return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom }
  }
  const screen = (el, x, y) => {
    const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM())
    return { x: p.x, y: p.y }
  }
  // A line is one segment; a path is sampled as a polyline.
  const leaders = [...svg.querySelectorAll('.ld')].map((el) => {
    if (el instanceof SVGLineElement)
      return [
        screen(el, el.x1.baseVal.value, el.y1.baseVal.value),
        screen(el, el.x2.baseVal.value, el.y2.baseVal.value),
      ]
    const length = el.getTotalLength()
    return Array.from({ length: 9 }, (_, k) => {
      const p = el.getPointAtLength((length * k) / 8)
      return screen(el, p.x, p.y)
    })
  })
  const texts = [...svg.querySelectorAll('text')].map((el) => ({ text: el.textContent, ...rect(el) }))
  const labels = [...svg.querySelectorAll('.ev')].map((g) => {
    const boxes = [...g.querySelectorAll('text')].map(rect)
    return {
      name: g.querySelector('title').textContent,
      kind: g.classList.contains('it') ? 'item' : 'context',
      x0: Math.min(...boxes.map((b) => b.x0)),
      x1: Math.max(...boxes.map((b) => b.x1)),
      y0: Math.min(...boxes.map((b) => b.y0)),
      y1: Math.max(...boxes.map((b) => b.y1)),
    }
  })
  const ranges = [...svg.querySelectorAll('.sp')].map((el) => ({
    name: el.closest('.ev').querySelector('title').textContent,
    width: el.getBoundingClientRect().width,
  }))
  const box = svg.getBoundingClientRect()
  return { drawing: svg.getAttribute('class'), width: box.width, height: box.height, leaders, texts, labels, ranges }
})()
