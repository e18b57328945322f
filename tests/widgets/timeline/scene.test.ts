import { describe, expect, it } from 'vitest'
import { frameText } from '../../../widgets/frame/words.ts'
import { timelineData } from '../../../widgets/timeline/adapter.ts'
import { timelineHeight } from '../../../widgets/timeline/height.ts'
import { normalizeTimelineOptions } from '../../../widgets/timeline/options.ts'
import { timelinePage, timelineScene, timelineSvg } from '../../../widgets/timeline/render.ts'
import { occupation } from './render.ts'

describe('timelineScene', async () => {
  const dataset = await occupation()
  const view = dataset.views.timeline!
  const scene = () => {
    const options = normalizeTimelineOptions({ view: 'cumulative' }, { languages: dataset.languages, ids: [] })
    return timelineScene(timelineData(dataset, view, options.lang), {
      options,
      frame: frameText(dataset, view, options, 'https://factbox.example/x.csv'),
    })
  }

  it('works out the model, the words and each drawing once, for the page, the image and the heights', () => {
    const s = scene()
    const first = {
      model: s.model,
      description: s.description,
      key: s.key,
      narrow: s.narrow,
      wide: s.wide,
      wider: s.wider,
    }
    timelinePage(s)
    timelineSvg(s)
    timelineHeight(s)(320)
    for (const [part, value] of Object.entries(first)) expect(s[part as keyof typeof first], part).toBe(value)
  })

  it('gives the same outputs whichever is asked for first', () => {
    const a = scene()
    const b = scene()
    const heights = [280, 560, 900, 1200].map(timelineHeight(a))
    expect(timelinePage(a)).toBe(timelinePage(b))
    expect([280, 560, 900, 1200].map(timelineHeight(b))).toEqual(heights)
    expect(timelineSvg(b)).toBe(timelineSvg(a))
  })
})
