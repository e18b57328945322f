// In-page measuring code, injected by browser.ts with page.evaluate(source): that runs under a
// strict CSP and with JavaScript disabled, where page.addScriptTag would be blocked or inert.
// Plain JS because the project's TypeScript program has no DOM lib (it is typed for workerd);
// callers see typed results through browser.ts. No DOM callbacks (NodeFilter, observers): a page
// with JavaScript off does not call back into script.
;(() => {
  if (globalThis.__factboxProbe) return

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD', 'OPTION', 'TEXTAREA'])
  const round = (n) => Math.round(n * 100) / 100

  /** A short CSS-ish path for messages: `figure > svg > text:nth-of-type(3)`. */
  function describe(el) {
    const parts = []
    for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
      let part = e.localName
      if (e.id) {
        parts.unshift(`${part}#${e.id}`)
        break
      }
      const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : ''
      if (cls) part += `.${cls}`
      const parent = e.parentElement
      if (parent) {
        const same = Array.prototype.filter.call(parent.children, (c) => c.localName === e.localName)
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`
      }
      parts.unshift(part)
    }
    return parts.join(' > ')
  }

  /** Hidden from sight: not rendered, invisible, transparent, or the "visually hidden" pattern. */
  function hidden(el) {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') return true
      if (parseFloat(s.opacity) === 0) return true
      if (s.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(s.clip)) return true
      if (!(e instanceof SVGElement) && s.overflow !== 'visible') {
        const r = e.getBoundingClientRect()
        if (r.width <= 1 || r.height <= 1) return true
      }
      const tag = e.localName
      if (tag === 'defs' || tag === 'clipPath' || tag === 'mask' || tag === 'symbol' || tag === 'pattern') return true
    }
    return false
  }

  function inSvgText(el) {
    return el.closest?.('svg') && !el.closest('foreignObject')
  }

  function ownText(el) {
    let t = ''
    for (const n of el.childNodes) if (n.nodeType === 3) t += n.data
    return t.replace(/\s+/g, ' ').trim()
  }

  /** Axis-aligned client box of an SVG text element: its getBBox through the screen CTM. */
  function svgBox(el) {
    const b = el.getBBox()
    const m = el.getScreenCTM()
    if (!m) return el.getBoundingClientRect()
    const pts = [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.height],
      [b.x + b.width, b.y + b.height],
    ].map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f])
    const xs = pts.map((p) => p[0])
    const ys = pts.map((p) => p[1])
    const left = Math.min(...xs)
    const top = Math.min(...ys)
    return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top }
  }

  /** How much the screen CTM scales an SVG element's font size (geometric mean of the axes). */
  function svgScale(el) {
    const m = el.getScreenCTM()
    return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1
  }

  let nextId = 0
  const ids = new WeakMap()
  const idOf = (el) => {
    if (!ids.has(el)) ids.set(el, ++nextId)
    return ids.get(el)
  }

  /** Every rendered piece of text: one box per HTML line fragment, one per SVG text/tspan. */
  function textBoxes() {
    const out = []
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !n.data.trim() || SKIP.has(el.tagName) || inSvgText(el) || hidden(el)) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const fontPx = parseFloat(getComputedStyle(el).fontSize)
      for (const r of range.getClientRects()) {
        if (r.width < 0.5 || r.height < 0.5) continue
        out.push({
          kind: 'html',
          text: n.data.replace(/\s+/g, ' ').trim().slice(0, 80),
          element: describe(el),
          owner: idOf(el),
          ancestors: [],
          x: round(r.left),
          y: round(r.top),
          width: round(r.width),
          height: round(r.height),
          fontPx: round(fontPx),
        })
      }
    }
    for (const el of document.querySelectorAll('svg text, svg tspan, svg textPath')) {
      const text = ownText(el)
      if (!text || el.closest('foreignObject') || hidden(el)) continue
      const r = svgBox(el)
      if (r.width < 0.5 || r.height < 0.5) continue
      const ancestors = []
      for (let a = el.parentElement; a && a.localName !== 'svg'; a = a.parentElement)
        if (a.localName === 'text' || a.localName === 'tspan' || a.localName === 'textPath') ancestors.push(idOf(a))
      out.push({
        kind: 'svg',
        text: text.slice(0, 80),
        element: describe(el),
        owner: idOf(el),
        ancestors,
        x: round(r.left),
        y: round(r.top),
        width: round(r.width),
        height: round(r.height),
        fontPx: round(parseFloat(getComputedStyle(el).fontSize) * svgScale(el)),
      })
    }
    return out
  }

  /** The box an element is clipped to by its nearest clipping ancestor (overflow hidden/clip, or an inner <svg>). */
  function clipAncestor(el) {
    for (let a = el.parentElement; a && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a)
      const clips =
        s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflowY === 'hidden' || s.overflowY === 'clip'
      const svgViewport = a.localName === 'svg' && s.overflow !== 'visible'
      if (clips || svgViewport) return a
    }
    return null
  }

  /** Horizontal scroll, and elements or texts that stick out of the viewport or their clipping ancestor. */
  function overflow(tolerance) {
    const doc = document.documentElement
    const viewportWidth = doc.clientWidth
    const clipped = []
    const reported = new Set()
    const check = (el, r, text) => {
      if (r.width < 0.5 || r.height < 0.5) return
      for (let p = el.parentElement; p; p = p.parentElement) if (reported.has(p)) return
      if (r.left < -tolerance || r.left + r.width > viewportWidth + tolerance) {
        clipped.push({
          element: describe(el),
          text,
          by: 'viewport',
          box: box(r),
          clip: { x: 0, y: 0, width: viewportWidth, height: doc.clientHeight },
        })
        reported.add(el)
        return
      }
      const a = clipAncestor(el)
      if (!a) return
      const c = a.getBoundingClientRect()
      const out =
        r.left < c.left - tolerance ||
        r.top < c.top - tolerance ||
        r.left + r.width > c.right + tolerance ||
        r.top + r.height > c.bottom + tolerance
      if (out) {
        clipped.push({ element: describe(el), text, by: describe(a), box: box(r), clip: box(c) })
        reported.add(el)
      }
    }
    const box = (r) => ({ x: round(r.left), y: round(r.top), width: round(r.width), height: round(r.height) })
    for (const el of (document.body || doc).querySelectorAll('*')) {
      if (SKIP.has(el.tagName) || hidden(el)) continue
      if (el instanceof SVGElement && el.localName !== 'svg') {
        if (!(el instanceof SVGGraphicsElement) || el.closest('defs, clipPath, mask, symbol, marker, pattern')) continue
        if (el.localName === 'g' || el.localName === 'tspan') continue
        const isText = el.localName === 'text' || el.localName === 'textPath'
        check(el, isText ? svgBox(el) : el.getBoundingClientRect(), isText ? ownText(el) || el.textContent.trim() : '')
        continue
      }
      check(el, el.getBoundingClientRect(), '')
    }
    return {
      scrollWidth: doc.scrollWidth,
      viewportWidth,
      horizontalScroll: doc.scrollWidth > viewportWidth,
      clipped,
    }
  }

  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  /** Any CSS color (named, hex, rgb, oklch, color()) as [r, g, b, a] in 0-255 / 0-1. */
  function rgba(css) {
    if (!css || css === 'none' || css === 'transparent') return [0, 0, 0, 0]
    ctx.clearRect(0, 0, 1, 1)
    ctx.fillStyle = '#000'
    ctx.fillStyle = css
    ctx.fillRect(0, 0, 1, 1)
    const d = ctx.getImageData(0, 0, 1, 1).data
    return [d[0], d[1], d[2], d[3] / 255]
  }
  const over = (top, under) => {
    const a = top[3] + under[3] * (1 - top[3])
    if (a === 0) return [0, 0, 0, 0]
    return [0, 1, 2].map((i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a).concat(a)
  }
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  function opacityChain(el) {
    let o = 1
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity)
    return o
  }
  /** The colour painted under (x, y) below `self`: SVG shape fills and HTML backgrounds, composited on the canvas colour. */
  function backgroundAt(x, y, self) {
    const layers = []
    for (const e of document.elementsFromPoint(x, y)) {
      if (e === self || self.contains(e)) continue
      const s = getComputedStyle(e)
      let c
      if (e instanceof SVGElement && e.localName !== 'svg') {
        if (e.contains(self) || !(e instanceof SVGGeometryElement)) continue
        // Hit testing finds a shape under its fill or its stroke; take the paint actually there.
        const m = e.getScreenCTM()
        const p = m ? new DOMPoint(x, y).matrixTransform(m.inverse()) : null
        const inFill = p ? e.isPointInFill(p) : true
        const inStroke = p ? e.isPointInStroke(p) : false
        if (inStroke && s.stroke !== 'none') {
          c = rgba(s.stroke)
          c[3] *= parseFloat(s.strokeOpacity) * opacityChain(e)
        } else if (inFill) {
          c = rgba(s.fill)
          c[3] *= parseFloat(s.fillOpacity) * opacityChain(e)
        } else continue
      } else {
        c = rgba(s.backgroundColor)
        c[3] *= opacityChain(e)
      }
      if (c[3] > 0) layers.push(c)
      if (c[3] >= 1) break
    }
    const canvasColor = rgba(getComputedStyle(document.documentElement).backgroundColor)
    let under = canvasColor[3] > 0 ? over(canvasColor, [255, 255, 255, 1]) : [255, 255, 255, 1]
    for (let i = layers.length - 1; i >= 0; i--) under = over(layers[i], under)
    return under
  }
  /**
   * WCAG contrast of SVG text (axe-core skips it): the fill against what is painted under the text
   * at five points of its box; the worst point counts. Large text (>= 24px, or >= 18.66px bold)
   * needs 3:1, other text 4.5:1.
   */
  function svgContrast() {
    const out = []
    for (const el of document.querySelectorAll('svg text, svg tspan, svg textPath')) {
      const text = ownText(el)
      if (!text || hidden(el)) continue
      const s = getComputedStyle(el)
      const r = svgBox(el)
      if (r.width < 0.5 || r.height < 0.5) continue
      const fg0 = rgba(s.fill)
      fg0[3] *= parseFloat(s.fillOpacity) * opacityChain(el)
      const px = parseFloat(s.fontSize) * svgScale(el)
      const bold = parseInt(s.fontWeight, 10) >= 700
      const required = px >= 24 || (bold && px >= 18.66) ? 3 : 4.5
      let worst = Infinity
      let worstBg = null
      const points = [
        [0.5, 0.5],
        [0.2, 0.3],
        [0.8, 0.3],
        [0.2, 0.7],
        [0.8, 0.7],
      ]
      for (const [fx, fy] of points) {
        const x = r.left + r.width * fx
        const y = r.top + r.height * fy
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue
        const bg = backgroundAt(x, y, el)
        const fg = over(fg0, bg)
        const c = ratio(fg, bg)
        if (c < worst) {
          worst = c
          worstBg = bg
        }
      }
      if (worst === Infinity) continue
      if (worst < required)
        out.push({
          element: describe(el),
          text: text.slice(0, 80),
          ratio: round(worst),
          required,
          fontPx: round(px),
          foreground: s.fill,
          background: `rgb(${worstBg.slice(0, 3).map(Math.round).join(', ')})`,
        })
    }
    return out
  }

  globalThis.__factboxProbe = { textBoxes, overflow, svgContrast }
})()
