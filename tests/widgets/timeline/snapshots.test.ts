import { describe, it } from 'vitest'
import type { Lang } from '../../../data/types.ts'
import { expectSnapshot } from '../shared/snapshot.ts'
import { occupation, renderTimeline } from './render.ts'

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
