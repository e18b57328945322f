import { describe, it } from 'vitest'
import { loadPackage } from '../../../data/schema.ts'
import type { Dataset } from '../../../data/types.ts'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { bar } from '../../../widgets/bar-chart/index.ts'
import type { RenderContext } from '../../../widgets/registry.ts'
import { balticStates } from '../../fixtures/baltic-states/index.ts'
import { expectSnapshot } from '../shared/snapshot.ts'
import { occupation } from './load-dataset.ts'

const context = (dataset: Dataset): RenderContext => ({
  dataUrl: `https://factbox.example/api/v1/datasets/${dataset.id}/${dataset.views.bar!.resource}.csv`,
  scriptUrl: '/embed/assets/enhance.0123456789.js',
})

function render(dataset: Dataset, params: Record<string, string>) {
  const view = dataset.views.bar!
  return bar.render(dataset, view, bar.options(params, dataset, view), context(dataset))
}

const dir = import.meta.dirname
const LANGS: Lang[] = ['en', 'az', 'ru']

describe('bar chart snapshots', async () => {
  const dataset = await occupation()
  for (const lang of LANGS)
    for (const theme of ['light', 'dark'])
      it(`renders the ${lang} ${theme} image and page as committed`, () => {
        const rendered = render(dataset, { lang, theme })
        expectSnapshot(dir, `bar-${lang}-${theme}.svg`, rendered.svg())
        expectSnapshot(dir, `bar-${lang}-${theme}.html`, rendered.page())
      })

  it('renders the automatic theme, with its own dark-mode styles, as committed', () => {
    const rendered = render(dataset, { lang: 'en' })
    expectSnapshot(dir, 'bar-en-auto.svg', rendered.svg())
    expectSnapshot(dir, 'bar-en-auto.html', rendered.page())
  })

  it('renders a highlight, sorted by date, without the title block, as committed', () => {
    const rendered = render(dataset, { lang: 'ru', highlight: 'shusha,lachin', sort: 'date', header: 'none' })
    expectSnapshot(dir, 'bar-ru-highlight-date-noheader.svg', rendered.svg())
    expectSnapshot(dir, 'bar-ru-highlight-date-noheader.html', rendered.page())
  })

  it('renders the second fixture dataset as committed', async () => {
    const rendered = render(await loadPackage(balticStates), {})
    expectSnapshot(dir, 'baltic-states-en-auto.svg', rendered.svg())
    expectSnapshot(dir, 'baltic-states-en-auto.html', rendered.page())
  })
})
