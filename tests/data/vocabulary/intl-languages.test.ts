import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../data/vocabulary/index.ts'
import { intlActual } from '../../lib/intl-check.ts'
import { INTL_EXPECTED } from '../../lib/intl-expected.ts'

// The same expectations as tests/worker/intl-languages.test.ts, in Node's full ICU: they were
// derived here, so a change of Node's ICU (or of our house rules) shows up in both places.
describe('every supported language formats in Node as the expectations say', () => {
  for (const lang of LANGS)
    it(lang, () => {
      expect(intlActual(lang, INTL_EXPECTED[lang].words)).toEqual(INTL_EXPECTED[lang])
    })
})
