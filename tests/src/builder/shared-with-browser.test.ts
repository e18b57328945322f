import { describe, expect, it } from 'vitest'
import {
  type CodeTemplates,
  canonicalParams,
  type FieldRule,
  fillCodes,
  pickHeight,
} from '../../../src/builder/shared-with-browser.ts'

describe('canonicalParams', () => {
  // A gauge's fields as the builder hands them to its script (derived in fields.test.ts).
  const fields: FieldRule[] = [
    { name: 'needle', kind: 'choice', choices: ['thin', 'bold'], default: 'bold' },
    { name: 'marks', kind: 'list', choices: ['low', 'mid', 'high'], default: '' },
    { name: 'caption', kind: 'text', choices: [], default: '' },
    { name: 'since', kind: 'text', choices: [], default: '' },
    { name: 'size', kind: 'text', choices: [], default: '' },
  ]

  it('leaves defaults and blanks out, collapses text and orders a list as the form does', () => {
    expect(
      canonicalParams(fields, { needle: 'bold', marks: 'high, low,high', caption: '  Two \n words ', since: '' }),
    ).toEqual({
      marks: 'low,high',
      caption: 'Two words',
    })
  })
})

describe('fillCodes', () => {
  const templates: CodeTemplates = {
    codes: {
      html: '<iframe src="https://x.org/w?m=1" title="TITLE" height="999"></iframe>',
      fixed: '<iframe src="https://x.org/w?m=1" height="998"></iframe>',
      url: 'https://x.org/w?m=1',
      oembed: `https://x.org/oembed?${new URLSearchParams({ url: 'https://x.org/w?m=1' })}`,
    },
    html: ['html'],
    query: { raw: '?m=1', encoded: new URLSearchParams([['', '?m=1']]).toString().slice(1) },
    title: 'TITLE',
    height: { phone: '999', column: '998' },
  }

  it('writes sorted, form-encoded options, escaped in HTML and encoded once more inside a URL', () => {
    const filled = fillCodes(templates, { b: 'x y', a: '1&2' }, 'A "b" & <c>', { phone: 480, column: 320 })
    expect(filled.html).toBe(
      '<iframe src="https://x.org/w?a=1%262&amp;b=x+y" title="A &quot;b&quot; &amp; &lt;c&gt;" height="480"></iframe>',
    )
    expect(filled.fixed).toBe('<iframe src="https://x.org/w?a=1%262&b=x+y" height="320"></iframe>')
    expect(filled.url).toBe('https://x.org/w?a=1%262&b=x+y')
    expect(filled.oembed).toBe(`https://x.org/oembed?${new URLSearchParams({ url: 'https://x.org/w?a=1%262&b=x+y' })}`)
  })

  it('drops the query when there are no options, and never rewrites a marker inside a value', () => {
    expect(fillCodes(templates, {}, 'T', { phone: 1, column: 1 }).url).toBe('https://x.org/w')
    expect(fillCodes(templates, { a: '?m=1' }, 'TITLE ?m=1 999 998', { phone: 2, column: 3 }).html).toBe(
      '<iframe src="https://x.org/w?a=%3Fm%3D1" title="TITLE ?m=1 999 998" height="2"></iframe>',
    )
  })
})

describe('pickHeight', () => {
  const table = {
    fields: ['lang', 'header'],
    defaults: ['en', 'show'],
    heights: { '["en","show"]': { phone: 667, column: 432 }, '["ru","none"]': { phone: 620, column: 400 } },
    fallback: { phone: 700, column: 450 },
  }

  it('reads the height of the combination, a left-out choice at its default, else the fallback', () => {
    expect(pickHeight(table, {})).toEqual({ phone: 667, column: 432 })
    expect(pickHeight(table, { lang: 'ru', header: 'none', theme: 'dark' })).toEqual({ phone: 620, column: 400 })
    expect(pickHeight(table, { lang: 'az' })).toEqual({ phone: 700, column: 450 })
  })
})
