/**
 * The widgets' enhancement script, served as an external, content-hashed file (the widget CSP
 * allows scripts from 'self' only, never inline). The chart is complete without it; it only
 * improves keyboard and touch use of the focusable marks inside `svg[data-roving]`:
 * - one Tab stop per chart (roving tabindex) instead of one per mark; arrows, Home and End move
 *   between marks, Escape leaves; the focused mark shows its readout (CSS `:focus`);
 * - a tap focuses a mark (showing its readout) and a tap elsewhere clears it.
 * Plain ES2017, no globals, no network, no `eval`; it reads nothing from the URL or messages.
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
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
`
