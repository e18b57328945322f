import { describe, expect, it } from 'vitest'
import { DEFAULT_FRAME_ANCESTORS, frameAncestorsOf, policyHeaders } from '../../../src/lib/headers.ts'

describe('frame-ancestors from FRAME_ANCESTORS', () => {
  it('uses the configured list, or the default when it is empty', () => {
    expect(frameAncestorsOf('https://news.example https://*.paper.example')).toBe(
      'https://news.example https://*.paper.example',
    )
    expect(frameAncestorsOf('  ')).toBe(DEFAULT_FRAME_ANCESTORS)
    expect(policyHeaders('widget', 'https://news.example')['Content-Security-Policy']).toContain(
      'frame-ancestors https://news.example',
    )
  })

  it('fails closed on a value that could end the directive or add another', () => {
    for (const bad of ["https: ; script-src 'unsafe-inline'", 'https:, *', 'https:\nX-Evil: 1', 'https:\rX-Evil: 1'])
      expect(frameAncestorsOf(bad), bad).toBe("'none'")
  })
})
