import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { createApp } from '../../src/app.ts'
import { balticStates } from '../fixtures/baltic-states/index.ts'
import { nordicSuffrage } from '../fixtures/nordic-suffrage/index.ts'

const app = createApp(createCatalog([...bundledPackages, balticStates, nordicSuffrage]))
const get = (path: string) => app.request(`http://factbox.test/embed${path}`, {}, env)

describe('a timeline date range', () => {
  it('that leaves nothing to draw is a 400 naming the parameter, never a 500', async () => {
    const cases: [string, string][] = [
      ['/baltic-states/timeline?to=1993-07', 'to'],
      ['/baltic-states/timeline.svg?from=2010', 'from'],
      ['/occupation-in-figures/timeline?from=1995&to=2015', 'from'],
      ['/occupation-in-figures/timeline?view=cumulative&to=1987', 'to'],
    ]
    for (const [path, parameter] of cases) {
      const res = await get(path)
      expect(res.status, path).toBe(400)
      const text = await res.text()
      if (path.includes('.svg')) expect(JSON.parse(text).parameter, path).toBe(parameter)
      else expect(text, path).toContain(`<code>${parameter}</code>`)
    }
  })

  it('that keeps at least one entry renders, at every range of years the data spans', async () => {
    for (const dataset of ['occupation-in-figures', 'baltic-states', 'nordic-suffrage']) {
      for (let from = 1985; from <= 2017; from += 4) {
        for (const view of ['events', 'cumulative']) {
          const res = await get(`/${dataset}/timeline?view=${view}&from=${from}&to=${from + 3}`)
          expect([200, 400], `${dataset} ${view} ${from}`).toContain(res.status)
        }
      }
    }
  })
})
