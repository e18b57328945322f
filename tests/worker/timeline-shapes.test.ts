/**
 * A dataset whose values make no running total (tests/fixtures/greves-exemple: strikers of
 * separate strikes) switches the cumulative view off in its descriptor: `view=cumulative` is
 * then a 400 naming `view` and the one value left, on every route, never a 500.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { grevesExemple } from '../fixtures/greves-exemple/index.ts'

const app = createApp(createCatalog([...bundledPackages, grevesExemple]))
const get = (path: string) => app.request(`http://factbox.test${path}`, {}, env)

describe('a timeline without a running total (views.timeline.cumulative: false)', () => {
  it('answers view=cumulative with a 400 naming view and the allowed values', async () => {
    const page = await get('/embed/greves-exemple/timeline?view=cumulative')
    expect(page.status).toBe(400)
    const html = await page.text()
    expect(html).toContain('<code>view</code>')
    expect(html).toContain('expected one of events')
    const image = await get('/embed/greves-exemple/timeline.svg?view=cumulative')
    expect(image.status).toBe(400)
    expect(await image.json()).toMatchObject({ parameter: 'view', allowed: ['events'] })
  })

  it('still draws the events view, and the bundled timeline keeps its running total', async () => {
    expect((await get('/embed/greves-exemple/timeline?view=events&lang=en')).status).toBe(200)
    expect((await get('/embed/occupation-in-figures/timeline?view=cumulative')).status).toBe(200)
  })

  it('leaves the drawing choice out of the builder', async () => {
    const greves = await (await get('/?dataset=greves-exemple&widget=timeline')).text()
    const bundled = await (await get('/?dataset=occupation-in-figures&widget=timeline')).text()
    expect(bundled).toContain('name="view"')
    expect(greves).not.toContain('name="view"')
    expect(greves).toContain('name="events"')
  })
})
