import { expect, it } from 'vitest'
import { computeRendererVersion, rendererModule } from '../../../scripts/renderer-version.ts'
import { RENDERER_VERSION } from '../../../src/embed/renderer-version.ts'

it('the committed renderer version is the hash of the widget code (else: npm run renderer-version)', () => {
  expect(RENDERER_VERSION).toBe(computeRendererVersion())
})

it('the renderer version is deterministic and short', () => {
  expect(computeRendererVersion()).toBe(computeRendererVersion())
  expect(rendererModule('0123456789ab')).toContain("export const RENDERER_VERSION = '0123456789ab'")
})
