import { describe, expect, it } from 'vitest'
import { esc, flat, html, Markup, raw, svg } from '../../../widgets/shared/markup.ts'

/** What Hono JSX writes for `value` as an attribute and as text, inside an SVG as the charts do. */
const jsx = (value: string) =>
  String(
    // biome-ignore lint/a11y/noSvgWithoutTitle: a fragment compared byte for byte, not a page
    <svg>
      <text class={value}>{value}</text>
    </svg>,
  )
const template = (value: string) => svg`<svg><text class="${value}">${value}</text></svg>`.text

describe('svg`…` and html`…`', () => {
  it('escape every interpolated string exactly as JSX does, in text and in attributes', () => {
    for (const value of [
      `&<>"'`,
      `Tom & Jerry's <b>"quoted"</b> > 3`,
      '&amp; stays escaped once more',
      `'"'"`,
      '<<>>&&',
    ])
      expect(template(value)).toBe(jsx(value))
    expect(html`<p>${'<script>alert(1)</script>'}</p>`.text).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  })

  it('leave every other character as it is: letters of every script, no-break spaces, dashes, signs', () => {
    for (const value of [
      'Nagorno-Karabakh',
      'Нагорный Карабах',
      'Ağdam, Şuşa, Cəbrayıl',
      '4\u00a0400\u00a0км²',
      '1988–1992 · 30.0%',
      '',
      ' ',
      '=`/\\{}$',
    ])
      expect(template(value)).toBe(jsx(value))
  })

  it('write numbers as a template literal does, including negative and fractional ones', () => {
    expect(svg`<rect x="${12.5}" y="${-3}" width="${0}" height="${1e21}"/>`.text).toBe(
      '<rect x="12.5" y="-3" width="0" height="1e+21"/>',
    )
  })

  it('insert markup from another template as it is, without escaping it a second time', () => {
    const label = svg`<tspan>${'A & B'}</tspan>`
    expect(svg`<text>${label}</text>`.text).toBe('<text><tspan>A &amp; B</tspan></text>')
  })

  it('join arrays, nested ones too, escaping the strings in them', () => {
    const items = ['a<b', 'c&d']
    expect(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`.text).toBe(
      '<ul><li>a&lt;b</li><li>c&amp;d</li></ul>',
    )
    expect(html`${[['x', 1], raw('<br>'), ['<']]}`.text).toBe('x1<br>&lt;')
  })

  it('write nothing for null, undefined and false, so an absent attribute is left out', () => {
    const titled = (title: string | undefined) => html`<p${title && html` title="${title}"`}${null}${false}>x</p>`.text
    expect(titled(undefined)).toBe('<p>x</p>')
    expect(titled('')).toBe('<p>x</p>')
    expect(titled('t')).toBe('<p title="t">x</p>')
  })

  it('are one function: svg is html, named for what it writes', () => {
    expect(svg).toBe(html)
  })
})

describe('raw', () => {
  it('is the only way to insert trusted text unescaped', () => {
    expect(html`<style>${raw('a>b{color:red}')}</style>`.text).toBe('<style>a>b{color:red}</style>')
    expect(html`<style>${'a>b{color:red}'}</style>`.text).toBe('<style>a&gt;b{color:red}</style>')
  })

  it('gives markup back as it is, never escaping it', () => {
    const mark = html`<b>${'&'}</b>`
    expect(raw(mark)).toBe(mark)
  })

  it('makes a Markup, which prints as its text', () => {
    expect(raw('<g/>')).toBeInstanceOf(Markup)
    expect(`${raw('<g/>')}`).toBe('<g/>')
  })
})

describe('esc', () => {
  it('escapes & < > " and \' and nothing else, every occurrence', () => {
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
    expect(esc('a&b&c<d<e')).toBe('a&amp;b&amp;c&lt;d&lt;e')
    expect(esc('Şuşa 4\u00a0400')).toBe('Şuşa 4\u00a0400')
  })
})

describe('flat', () => {
  it('returns the text of markup or a string unchanged', () => {
    expect(flat(html`<p>${'x'}</p>`)).toBe('<p>x</p>')
    expect(flat('<p>y</p>')).toBe('<p>y</p>')
  })
})
