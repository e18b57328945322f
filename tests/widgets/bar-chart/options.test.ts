import { describe, expect, it } from 'vitest'
import { OptionError } from '../../../data/vocabulary/index.ts'
import { normalizeBarOptions, SORTS } from '../../../widgets/bar-chart/options.ts'

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
  it('sorts by value, largest first, by default, over the common defaults', () => {
    expect(normalizeBarOptions({}, context)).toEqual({
      lang: 'en',
      theme: 'auto',
      highlight: [],
      header: 'show',
      context: 'show',
      sort: '-value',
    })
  })

  it('accepts each sort with either direction', () => {
    for (const sort of ['value', '-value', 'label', '-label', 'date', '-date'] as const)
      expect(normalizeBarOptions({ sort }, context).sort).toBe(sort)
  })

  it('reads the first dataset’s sort names as aliases of the generic ones', () => {
    const read = (sort: string) => normalizeBarOptions({ sort }, context).sort
    expect(['-area', 'area', 'name', '-name'].map(read)).toEqual(['-value', 'value', 'label', '-label'])
    // Only own keys are aliases: a name of Object.prototype is an unknown sort, not a crash.
    expect(optionError(() => read('constructor')).allowed).toEqual(SORTS)
  })

  it('rejects an unknown sort, listing the allowed ones', () => {
    const error = optionError(() => normalizeBarOptions({ sort: 'size' }, context))
    expect(error.option).toBe('sort')
    expect(error.allowed).toEqual(['-value', 'value', 'label', '-label', 'date', '-date'])
    expect(error.message).toBe('invalid sort: expected one of -value, value, label, -label, date, -date')
  })

  it('does not offer a date sort when the view has no date column', () => {
    const error = optionError(() => normalizeBarOptions({ sort: 'date' }, { ...context, hasDate: false }))
    expect(error.allowed).toEqual(['-value', 'value', 'label', '-label'])
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
