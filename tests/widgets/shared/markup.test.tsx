import { describe, expect, it } from 'vitest'
import { esc, raw } from '../../../widgets/shared/markup.ts'

/** What Hono JSX writes for `value` as an attribute and as text, inside an SVG as the charts do. */
const jsx = (value: string) => String(<svg><text class={value}>{value}</text></svg>)
const strings = (value: string) => `<svg><text class="${esc(value)}">${esc(value)}</text></svg>`

describe('esc', () => {
  it('escapes & < > " and \' exactly as JSX does, in text and in attributes', () => {
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
    for (const value of [`&<>"'`, `Tom & Jerry's <b>"quoted"</b> > 3`, '&amp; stays escaped once more', `'"'"`, '<<>>&&'])
      expect(strings(value)).toBe(jsx(value))
  })

  it('leaves every other character as it is: letters of every script, no-break spaces, dashes, signs', () => {
    for (const value of ['Nagorno-Karabakh', 'Нагорный Карабах', 'Ağdam, Şuşa, Cəbrayıl', '4\u00a0400\u00a0км²', '1988–1992 · 30.0%', '', ' ', '=`/\\{}$'])
      expect([esc(value), strings(value)]).toEqual([value, jsx(value)])
  })

  it('escapes every occurrence, not only the first', () => {
    expect(esc('a&b&c<d<e')).toBe('a&amp;b&amp;c&lt;d&lt;e')
  })
})

describe('raw', () => {
  it('puts chart markup into JSX as it is, without escaping it a second time', () => {
    const mark = raw(`<rect class="${esc('a"b')}"></rect>`)
    expect(String(<svg>{mark}</svg>)).toBe('<svg><rect class="a&quot;b"></rect></svg>')
  })
})
