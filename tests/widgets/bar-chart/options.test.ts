import { describe, expect, it } from 'vitest'
import { OptionError } from '../../../data/vocabulary/index.ts'
import { normalizeBarOptions } from '../../../widgets/bar-chart/options.ts'

const context = { languages: ['en', 'az', 'ru'] as const, ids: ['shusha', 'lachin'], hasDate: true }

function optionError(run: () => unknown): OptionError {
  try {
    run()
  } catch (error) {
    if (error instanceof OptionError) return error
    throw error
  }
  throw new Error('no OptionError thrown')
}

describe('normalizeBarOptions', () => {
  it('sorts by area, largest first, by default, over the common defaults', () => {
    expect(normalizeBarOptions({}, context)).toEqual({
      lang: 'en',
      theme: 'auto',
      highlight: [],
      header: 'show',
      context: 'show',
      sort: '-area',
    })
  })

  it('accepts each sort with either direction', () => {
    for (const sort of ['area', '-area', 'name', '-name', 'date', '-date'] as const)
      expect(normalizeBarOptions({ sort }, context).sort).toBe(sort)
  })

  it('rejects an unknown sort, listing the allowed ones', () => {
    const error = optionError(() => normalizeBarOptions({ sort: 'size' }, context))
    expect(error.option).toBe('sort')
    expect(error.allowed).toEqual(['-area', 'area', 'name', '-name', 'date', '-date'])
  })

  it('does not offer a date sort when the view has no date column', () => {
    const error = optionError(() => normalizeBarOptions({ sort: 'date' }, { ...context, hasDate: false }))
    expect(error.allowed).toEqual(['-area', 'area', 'name', '-name'])
  })

  it('validates the common options through the shared layer', () => {
    expect(optionError(() => normalizeBarOptions({ lang: 'de' }, context)).option).toBe('lang')
    expect(optionError(() => normalizeBarOptions({ highlight: 'kalbajar' }, context)).option).toBe('highlight')
    expect(normalizeBarOptions({ highlight: 'lachin', theme: 'light' }, context)).toMatchObject({
      highlight: ['lachin'],
      theme: 'light',
    })
  })
})
