/**
 * The renderers' warm-up (src/embed/warm-up.ts): what it renders while an isolate starts, that a
 * dataset which does not validate never stops a Worker from starting, and that it shares code with
 * the requests that follow, never a result.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import type { PackageSource } from '../../data/schema.ts'
import { createApp } from '../../src/app.ts'
import { warmUpRenderers } from '../../src/embed/warm-up.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'

const occupation = bundledPackages[0]!
/** The bundled package with a descriptor whose name is not its id: validation refuses it. */
const broken: PackageSource = {
  ...occupation,
  id: 'broken-package',
  descriptor: { ...(occupation.descriptor as object), name: 'not-its-id' },
}

describe('warmUpRenderers', () => {
  it("renders every widget's default page and each arrangement a widget lists, for the bundled dataset", () => {
    expect(warmUpRenderers(bundledPackages)).toEqual(['bar?', 'timeline?', 'timeline?view=cumulative'])
  })

  it('skips an arrangement the dataset refuses (a timeline without a running total)', () => {
    // greves-exemple sets views.timeline.cumulative to false: view=cumulative is a 400 for it.
    expect(warmUpRenderers([grevesExemple])).toEqual(['bar?', 'timeline?'])
  })

  it('takes the first package that validates, and renders nothing when none does', () => {
    expect(warmUpRenderers([broken, grevesExemple])).toEqual(['bar?', 'timeline?'])
    expect(warmUpRenderers([broken])).toEqual([])
    expect(warmUpRenderers([])).toEqual([])
  })

  it('leaves nothing of its pages in the pages a request gets', async () => {
    const app = createApp(createCatalog(bundledPackages))
    warmUpRenderers(bundledPackages)
    for (const path of ['/embed/occupation-in-figures/timeline', '/embed/occupation-in-figures/bar']) {
      const res = await app.request(`https://factbox.example${path}`, {}, env)
      expect(res.status).toBe(200)
      const page = await res.text()
      // The warm-up's links point at warm-up.invalid and its dataset's version is "warm-up".
      // (Booleans, not the page: a failure should not print 40 KB.)
      expect(page.includes('warm-up')).toBe(false)
      expect(page.includes(`${env.PUBLIC_ORIGIN}/api/v1/datasets/occupation-in-figures/`)).toBe(true)
    }
  })
})
