import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { DataPackageError, type PackageSource, validatePackage } from '../../data/schema.ts'
import { cityBudget } from '../fixtures/city-budget/index.ts'
import { FIXTURE_PACKAGES } from '../fixtures/index.ts'

/** The validator's message for `source` (it names the file, the line and the field), or `valid`. */
function verdict(source: PackageSource): string {
  try {
    validatePackage(source)
    return 'valid'
  } catch (error) {
    if (error instanceof DataPackageError) return error.message
    throw error
  }
}

/**
 * One test per package the Worker serves (data/bundled.ts) and per fixture, generated from the
 * registries: adding a dataset adds its test, and a broken one fails with the validator's message.
 */
describe('every package the Worker serves, and every fixture', () => {
  for (const source of bundledPackages)
    it(`bundled ${source.id} is a valid data package`, () => expect(verdict(source)).toBe('valid'))
  for (const source of FIXTURE_PACKAGES)
    it(`fixture ${source.id} is a valid data package`, () => expect(verdict(source)).toBe('valid'))

  it('fails a broken package with its file, line and field, as the test above would show it', () => {
    const csv = cityBudget.files['spending.csv']!.replace(
      'welfare,Social welfare,Социальная помощь,980000000',
      'welfare,Social welfare,Социальная помощь,980 million',
    )
    expect(verdict({ ...cityBudget, files: { 'spending.csv': csv } })).toBe(
      'spending.csv line 3, field "amount_eur": "980 million" is not an integer',
    )
  })
})
