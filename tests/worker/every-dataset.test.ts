/**
 * The generic suites over a registry with a second, third... dataset: every bundled package and
 * every fixture, in each of its own languages, through every route a publisher or a developer
 * uses. Nothing here names a dataset or a language, so adding a valid dataset to either registry
 * runs it through the same checks and breaks no other test.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { loadPackage } from '../../data/schema.ts'
import { createApp } from '../../src/app.ts'
import { WIDGET_NAMES } from '../../widgets/registry.ts'
import { FIXTURE_PACKAGES } from '../fixtures/index.ts'

const packages = [...bundledPackages, ...FIXTURE_PACKAGES]
const app = createApp(createCatalog(packages))
const get = (path: string) => app.request(`http://factbox.test${path}`, {}, env)
const datasets = await Promise.all(packages.map((p) => loadPackage(p)))

describe('a registry with more than one dataset', () => {
  it('lists every dataset in the API and in the builder', async () => {
    const listed = (await (await get('/api/v1/datasets')).json()) as { datasets: { id: string }[] }
    expect(listed.datasets.map((d) => d.id)).toEqual(packages.map((p) => p.id))
    const builder = await (await get('/')).text()
    for (const dataset of datasets)
      for (const widget of WIDGET_NAMES.filter((w) => Object.hasOwn(dataset.views, w)))
        expect(builder).toContain(`href="/?dataset=${dataset.id}&amp;widget=${widget}"`)
  })

  for (const dataset of datasets)
    it(`${dataset.id}: serves every view in each of its languages, page, image and data, with its rows`, async () => {
      for (const widget of WIDGET_NAMES.filter((w) => Object.hasOwn(dataset.views, w))) {
        const view = dataset.views[widget]!
        const resource = dataset.resources.find((r) => r.name === view.resource)!
        for (const lang of dataset.languages) {
          const where = `${dataset.id} ${widget} ${lang}`
          const page = await get(`/embed/${dataset.id}/${widget}?lang=${lang}`)
          expect(page.status, where).toBe(200)
          const html = await page.text()
          expect(html, where).toContain(`<html lang="${lang}"`)
          // Every row of the view's resource is named on the page (its label in this language, or its id).
          const label = view.columns.label
          for (const row of resource.rows) {
            const text = label ? (row[`${label}_${lang}`] ?? row[label]) : undefined
            if (typeof text === 'string')
              expect(html, where).toContain(text.replace(/&/g, '&amp;').replace(/'/g, '&#39;'))
          }
          const svg = await get(`/embed/${dataset.id}/${widget}.svg?lang=${lang}`)
          expect(svg.status, where).toBe(200)
          expect(await svg.text(), where).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
        }
        const csv = await get(`/api/v1/datasets/${dataset.id}/${view.resource}.csv`)
        expect(csv.status).toBe(200)
        expect((await csv.text()).trim().split('\n')).toHaveLength(resource.rows.length + 1)
        const oembed = await get(
          `/oembed?url=${encodeURIComponent(`${new URL(env.PUBLIC_ORIGIN).origin}/embed/${dataset.id}/${widget}`)}`,
        )
        expect(oembed.status, `${dataset.id} ${widget} oEmbed`).toBe(200)
      }
    })
})
