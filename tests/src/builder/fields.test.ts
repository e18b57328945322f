import { describe, expect, it } from 'vitest'
import type { Dataset, View } from '../../../data/types.ts'
import { keyword, OptionError } from '../../../data/vocabulary/index.ts'
import { deriveFields } from '../../../src/builder/fields.ts'
import { defineWidget } from '../../../widgets/registry.ts'
import { freeText, idList, normalizeCommonOptions } from '../../../widgets/shared/common-options.ts'

// A widget the builder has never heard of: its form must come from its validator alone.
const gauge = defineWidget({
  name: 'gauge',
  params: ['needle', 'marks', 'caption', 'since', 'size'],
  options(params) {
    if (params.since !== undefined && !/^\d{4}$/.test(params.since))
      throw new OptionError('since', 'invalid since: expected a year (YYYY)')
    return {
      ...normalizeCommonOptions(params, { languages: ['en'], ids: [] }),
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
