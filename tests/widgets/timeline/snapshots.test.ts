import { describe, it } from 'vitest'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { balticStates } from '../../fixtures/baltic-states/index.ts'
import { nordicSuffrage } from '../../fixtures/nordic-suffrage/index.ts'
import { expectSnapshot } from '../shared/snapshot.ts'
import { load, occupation, renderTimeline } from './render.ts'

const dir = import.meta.dirname
const LANGS: Lang[] = ['en', 'az', 'ru']

describe('timeline snapshots', async () => {
  const dataset = await occupation()
  for (const view of ['events', 'cumulative'])
    for (const lang of LANGS)
      for (const theme of ['light', 'dark'])
        it(`renders the ${view} view in ${lang}, ${theme}, as committed (image and page)`, () => {
          const rendered = renderTimeline(dataset, { lang, theme, view })
          expectSnapshot(dir, `timeline-${view}-${lang}-${theme}.svg`, rendered.svg())
          expectSnapshot(dir, `timeline-${view}-${lang}-${theme}.html`, rendered.page())
        })
})

describe('timeline snapshots of other datasets, rendered without code changes', async () => {
  const baltic = await load(balticStates)
  const nordic = await load(nordicSuffrage)

  it('renders a dataset of exact days, all on one day, as committed', () => {
    const rendered = renderTimeline(baltic)
    expectSnapshot(dir, 'baltic-states-events-en-auto.svg', rendered.svg())
    expectSnapshot(dir, 'baltic-states-events-en-auto.html', rendered.page())
  })

  it('renders a dataset of years only, with a range among its events, as committed', () => {
    for (const view of ['events', 'cumulative']) {
      const rendered = renderTimeline(nordic, { lang: 'ru', view })
      expectSnapshot(dir, `nordic-suffrage-${view}-ru-auto.svg`, rendered.svg())
      expectSnapshot(dir, `nordic-suffrage-${view}-ru-auto.html`, rendered.page())
    }
  })
})
