import { describe, expect, it } from 'vitest'
import type { Dataset, View } from '../../../data/types.ts'
import { deriveFields } from '../../../src/builder/fields.ts'
import { canonicalParams, fillCodes, pickHeight, type CodeTemplates } from '../../../src/builder/shared-with-browser.ts'
import { defineWidget } from '../../../widgets/registry.ts'
import { freeText, idList } from '../../../widgets/shared/common-options.ts'
import { keyword, OptionError } from '../../../widgets/shared/option-error.ts'

// A widget the builder has never heard of: its form must come from its validator alone.
const gauge = defineWidget({
  name: 'gauge',
  params: ['needle', 'marks', 'caption', 'since', 'size'],
  options(params) {
    if (params.since !== undefined && !/^\d{4}$/.test(params.since))
      throw new OptionError('since', 'invalid since: expected a year (YYYY)')
    return {
      needle: keyword('needle', params.needle, ['thin', 'bold'], 'bold'),
      marks: idList('marks', params.marks, ['low', 'mid', 'high']),
      caption: freeText('caption', params.caption, 40),
      since: params.since,
      size: params.size,
    }
  },
  render: () => ({ title: 'Gauge', page: () => '', svg: () => '' }),
})

const dataset = {} as Dataset
const view = {} as View

describe('deriveFields', () => {
  it('learns every field of a new widget from its validator', () => {
    expect(deriveFields(gauge, dataset, view)).toEqual([
      { name: 'needle', kind: 'choice', choices: ['thin', 'bold'], default: 'bold' },
      { name: 'marks', kind: 'list', choices: ['low', 'mid', 'high'], default: '' },
      { name: 'caption', kind: 'text', choices: [], default: '', maxLength: 40 },
      { name: 'since', kind: 'text', choices: [], default: '', format: 'Expected a year (YYYY)' },
      { name: 'size', kind: 'text', choices: [], default: '' },
    ])
  })

  it('lets an error that is not an OptionError through: it is a bug, not a probe answer', () => {
    const broken = defineWidget({
      ...gauge,
      options: () => {
        throw new TypeError('oops')
      },
    })
    expect(() => deriveFields(broken, dataset, view)).toThrow(TypeError)
  })
})

describe('canonicalParams', () => {
  const fields = deriveFields(gauge, dataset, view)

  it('leaves defaults and blanks out, collapses text and orders a list as the form does', () => {
    expect(canonicalParams(fields, { needle: 'bold', marks: 'high, low,high', caption: '  Two \n words ', since: '' })).toEqual({
      marks: 'low,high',
      caption: 'Two words',
    })
  })
})

describe('fillCodes', () => {
  const templates: CodeTemplates = {
    codes: {
      html: '<iframe src="https://x.org/w?m=1" title="TITLE" height="999"></iframe>',
      url: 'https://x.org/w?m=1',
      oembed: `https://x.org/oembed?${new URLSearchParams({ url: 'https://x.org/w?m=1' })}`,
    },
    html: ['html'],
    query: { raw: '?m=1', encoded: new URLSearchParams([['', '?m=1']]).toString().slice(1) },
    title: 'TITLE',
    height: '999',
  }

  it('writes sorted, form-encoded options, escaped in HTML and encoded once more inside a URL', () => {
    const filled = fillCodes(templates, { b: 'x y', a: '1&2' }, 'A "b" & <c>', 480)
    expect(filled.html).toBe('<iframe src="https://x.org/w?a=1%262&amp;b=x+y" title="A &quot;b&quot; &amp; &lt;c&gt;" height="480"></iframe>')
    expect(filled.url).toBe('https://x.org/w?a=1%262&b=x+y')
    expect(filled.oembed).toBe(`https://x.org/oembed?${new URLSearchParams({ url: 'https://x.org/w?a=1%262&b=x+y' })}`)
  })

  it('drops the query when there are no options, and never rewrites a marker inside a value', () => {
    expect(fillCodes(templates, {}, 'T', 1).url).toBe('https://x.org/w')
    expect(fillCodes(templates, { a: '?m=1' }, 'TITLE ?m=1 999', 2).html).toBe('<iframe src="https://x.org/w?a=%3Fm%3D1" title="TITLE ?m=1 999" height="2"></iframe>')
  })
})

describe('pickHeight', () => {
  const table = { fields: ['lang', 'header'], defaults: ['en', 'show'], heights: { '["en","show"]': 667, '["ru","none"]': 620 }, fallback: 700 }

  it('reads the height of the combination, a left-out choice at its default, else the fallback', () => {
    expect(pickHeight(table, {})).toBe(667)
    expect(pickHeight(table, { lang: 'ru', header: 'none', theme: 'dark' })).toBe(620)
    expect(pickHeight(table, { lang: 'az' })).toBe(700)
  })
})
