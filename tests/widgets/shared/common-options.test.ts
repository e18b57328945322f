import { describe, expect, it } from 'vitest'
import { OptionError } from '../../../data/vocabulary/index.ts'
import { normalizeCommonOptions } from '../../../widgets/shared/common-options.ts'

const context = { languages: ['en', 'az', 'ru'] as const, ids: ['shusha', 'lachin', 'kalbajar'] }

function optionError(run: () => unknown): OptionError {
  try {
    run()
  } catch (error) {
    if (error instanceof OptionError) return error
    throw error
  }
  throw new Error('no OptionError thrown')
}

describe('normalizeCommonOptions', () => {
  it('fills every default', () => {
    expect(normalizeCommonOptions({}, context)).toEqual({
      lang: 'en',
      theme: 'auto',
      highlight: [],
      header: 'show',
      context: 'show',
    })
  })

  it('accepts every valid value', () => {
    const options = normalizeCommonOptions(
      {
        lang: 'ru',
        theme: 'dark',
        highlight: 'lachin,shusha',
        title: 'T',
        subtitle: 'S',
        header: 'none',
        context: 'none',
      },
      context,
    )
    expect(options).toEqual({
      lang: 'ru',
      theme: 'dark',
      highlight: ['lachin', 'shusha'],
      title: 'T',
      subtitle: 'S',
      header: 'none',
      context: 'none',
    })
  })

  it('rejects an unknown context value, listing the allowed ones', () => {
    expect(() => normalizeCommonOptions({ context: 'hide' }, context)).toThrow(
      expect.objectContaining({
        option: 'context',
        allowed: ['show', 'none'],
        message: 'invalid context: expected one of show, none',
      }),
    )
  })

  it('does not mutate the parameters it is given', () => {
    const params = Object.freeze({ lang: 'az', highlight: ' shusha , shusha,' })
    expect(normalizeCommonOptions(params, context).highlight).toEqual(['shusha'])
    expect(params).toEqual({ lang: 'az', highlight: ' shusha , shusha,' })
  })

  it('rejects a language the dataset is not published in, listing the ones it is', () => {
    const error = optionError(() => normalizeCommonOptions({ lang: 'ru' }, { languages: ['en'], ids: [] }))
    expect(error.option).toBe('lang')
    expect(error.allowed).toEqual(['en'])
  })

  it('rejects an unknown theme, listing the themes', () => {
    const error = optionError(() => normalizeCommonOptions({ theme: 'sepia' }, context))
    expect(error.option).toBe('theme')
    expect(error.allowed).toEqual(['auto', 'light', 'dark'])
  })

  it('rejects a highlight naming an unknown id, listing the ids without echoing the input', () => {
    const error = optionError(() => normalizeCommonOptions({ highlight: 'shusha,<script>' }, context))
    expect(error.option).toBe('highlight')
    expect(error.allowed).toEqual(context.ids)
    expect(error.message).not.toContain('<script>')
  })

  it('cannot be fooled into matching prototype properties as ids', () => {
    expect(optionError(() => normalizeCommonOptions({ highlight: 'constructor' }, context)).option).toBe('highlight')
  })

  it('treats a blank title as not given and collapses white space', () => {
    expect(normalizeCommonOptions({ title: '   ' }, context).title).toBeUndefined()
    expect(normalizeCommonOptions({ title: ' A   long\ttitle ' }, context).title).toBe('A long title')
  })

  it('keeps markup in a title as plain text (escaping is the renderer’s job)', () => {
    expect(normalizeCommonOptions({ title: '<b>x</b>' }, context).title).toBe('<b>x</b>')
  })

  it('rejects a title or subtitle over the length limit', () => {
    expect(optionError(() => normalizeCommonOptions({ title: 'x'.repeat(121) }, context)).option).toBe('title')
    expect(normalizeCommonOptions({ title: 'я'.repeat(120) }, context).title).toHaveLength(120)
    expect(optionError(() => normalizeCommonOptions({ subtitle: 'x'.repeat(241) }, context)).option).toBe('subtitle')
  })

  it('rejects an unknown header value', () => {
    expect(optionError(() => normalizeCommonOptions({ header: 'hide' }, context)).allowed).toEqual(['show', 'none'])
  })

  it('reads an image width as a whole number of px within 280..2000, and leaves it out when not given', () => {
    expect(normalizeCommonOptions({ width: '320' }, context).width).toBe(320)
    expect(normalizeCommonOptions({ width: '280' }, context).width).toBe(280)
    expect(normalizeCommonOptions({ width: '2000' }, context).width).toBe(2000)
    expect('width' in normalizeCommonOptions({}, context)).toBe(false)
    expect('width' in normalizeCommonOptions({ width: '' }, context)).toBe(false)
  })

  it('rejects a width outside the range or not written plainly, naming the parameter and the range', () => {
    for (const width of ['279', '2001', '0', '-320', '320.5', '3.2e2', '0320', ' 320', '+320', 'wide', '99999999']) {
      const error = optionError(() => normalizeCommonOptions({ width }, context))
      expect(error.option, width).toBe('width')
      expect(error.message, width).toBe('invalid width: expected a whole number of pixels from 280 to 2000')
    }
  })
})
