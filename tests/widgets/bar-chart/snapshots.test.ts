import { describe, it } from 'vitest'
import { loadPackage } from '../../../data/schema.ts'
import type { Dataset } from '../../../data/types.ts'
import type { Lang } from '../../../data/vocabulary/index.ts'
import { bar } from '../../../widgets/bar-chart/index.ts'
import type { RenderContext } from '../../../widgets/registry.ts'
import { balticStates } from '../../fixtures/baltic-states/index.ts'
import { cityBudget } from '../../fixtures/city-budget/index.ts'
import { cityReserves } from '../../fixtures/city-reserves/index.ts'
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

  // Invented figures: money from 0 to €1.45bn (compact labels and ticks, "<0.1%", marks under 1 px), and gains and losses.
  it('renders money of any size in English and Russian as committed', async () => {
    const dataset = await loadPackage(cityBudget)
    for (const lang of dataset.languages) {
      const rendered = render(dataset, { lang })
      expectSnapshot(dir, `city-budget-${lang}.svg`, rendered.svg())
      expectSnapshot(dir, `city-budget-${lang}.html`, rendered.page())
    }
    expectSnapshot(dir, 'city-budget-ru-320.svg', render(dataset, { lang: 'ru', width: '320' }).svg())
  })

  it('renders negative values on a diverging axis as committed', async () => {
    const dataset = await loadPackage(cityReserves)
    const rendered = render(dataset, {})
    expectSnapshot(dir, 'city-reserves-en.svg', rendered.svg())
    expectSnapshot(dir, 'city-reserves-en.html', rendered.page())
    expectSnapshot(dir, 'city-reserves-en-320.svg', render(dataset, { width: '320' }).svg())
    expectSnapshot(dir, 'city-reserves-card.svg', rendered.card!())
  })
})
