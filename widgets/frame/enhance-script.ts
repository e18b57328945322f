/**
 * The widgets' enhancement script, served as an external, content-hashed file (the widget CSP
 * allows scripts from 'self' only, never inline). The chart is complete without it; it only
 * improves keyboard and touch use of the focusable marks inside `svg[data-roving]`:
 * - one Tab stop per chart (roving tabindex) instead of one per mark; arrows, Home and End move
 *   between marks, Escape leaves; the focused mark shows its readout (CSS `:focus`);
 * - a tap focuses a mark (showing its readout) and a tap elsewhere clears it;
 * - it reports the page's height to the embedding page (factbox loader, AMP, pym.js, and WordPress
 *   when opened with its `#?secret=` fragment: WordPress frames unknown oEmbed providers with
 *   `sandbox="allow-scripts"`, so there same-host links go through its `link` message, which
 *   navigates the top page, since popups and downloads are blocked);
 * - on a published chart (an element with `data-fb-status`), it reads that same-origin status
 *   document and, when the dataset has a newer version, reveals the notice linking to it.
 * Plain ES2017, no globals, no `eval`; its only request is that status document (the widget CSP's
 * `connect-src 'self'`); it reads no messages, and from the URL only a pym.js `childId` and a
 * WordPress `secret`, each matching a strict pattern.
 */
export const ENHANCE_SCRIPT = `(function () {
  'use strict'
  var KEYS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }
  function marks(svg) { return Array.prototype.slice.call(svg.querySelectorAll('[tabindex]')) }
  function setup(svg) {
    var items = marks(svg)
    if (!items.length) return
    items.forEach(function (el, i) { el.setAttribute('tabindex', i === 0 ? '0' : '-1') })
    function move(to) {
      items.forEach(function (el) { el.setAttribute('tabindex', el === to ? '0' : '-1') })
      to.focus()
    }
    svg.addEventListener('keydown', function (event) {
      var i = items.indexOf(event.target)
      if (i < 0) return
      var next = null
      if (KEYS[event.key]) next = items[(i + KEYS[event.key] + items.length) % items.length]
      else if (event.key === 'Home') next = items[0]
      else if (event.key === 'End') next = items[items.length - 1]
      else if (event.key === 'Escape') { event.target.blur(); event.preventDefault(); return }
      if (!next) return
      event.preventDefault()
      move(next)
    })
    svg.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse') return
      var el = event.target.closest && event.target.closest('[tabindex]')
      if (el && items.indexOf(el) >= 0) move(el)
    })
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('svg[data-roving]'), setup)
    document.addEventListener('pointerdown', function (event) {
      var active = document.activeElement
      if (event.pointerType === 'mouse' || !active || !active.closest) return
      if (active.closest('svg[data-roving]') && !(event.target.closest && event.target.closest('svg[data-roving] [tabindex]')))
        active.blur()
    })
  }
  // Auto-height: report the page's height to the embedding page whenever it changes (debounced),
  // as factbox's loader, AMP's amp-iframe and pym.js parents expect it. A height is no secret,
  // so the target is '*'; the loader checks our origin and the sending window on its side.
  var lastHeight = -1
  var timer = 0
  var pym = /[?&]childId=([A-Za-z0-9_-]{1,64})(?:&|$)/.exec(location.search)
  // WordPress (wp-embed.js) checks the secret against its iframe's data-secret, alphanumeric only.
  var wp = /^#[?]secret=([A-Za-z0-9]{1,64})$/.exec(location.hash)
  function report() {
    timer = 0
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === lastHeight || window.parent === window) return
    lastHeight = height
    window.parent.postMessage({ type: 'factbox:height', height: height }, '*')
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*')
    if (pym) window.parent.postMessage('pymxPYMx' + pym[1] + 'xPYMxheightxPYMx' + height, '*')
    if (wp) window.parent.postMessage({ message: 'height', value: height, secret: wp[1] }, '*')
  }
  function schedule() {
    if (!timer) timer = setTimeout(report, 60)
  }
  // A published chart: reveal its notice when the (not frozen) status document says the data has a
  // newer version, linking only to a page of our own origin.
  function checkStatus() {
    var notice = document.querySelector('[data-fb-status]')
    if (!notice || !window.fetch) return
    fetch(notice.getAttribute('data-fb-status'), { credentials: 'omit' })
      .then(function (response) { return response.ok ? response.json() : null })
      .then(function (status) {
        var link = status && status.newer === true && status.links && status.links.latest
        if (typeof link !== 'string' || link.indexOf(location.origin + '/') !== 0) return
        notice.querySelector('a').setAttribute('href', link)
        notice.hidden = false
      })
      .catch(function () {})
  }
  if (window.ResizeObserver) new ResizeObserver(schedule).observe(document.documentElement)
  window.addEventListener('resize', schedule)
  window.addEventListener('load', schedule)
  // In WordPress's sandbox a new tab or a download is blocked: a link to our own host (the data, a
  // newer chart) asks WordPress to open it in the top page instead; other links stay as they are.
  if (wp)
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]')
      if (!link || link.host !== location.host || event.defaultPrevented) return
      event.preventDefault()
      window.parent.postMessage({ message: 'link', value: link.href, secret: wp[1] }, '*')
    })
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
  checkStatus()
  schedule()
})()
`
