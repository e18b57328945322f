import type { Dataset, View } from '../../data/types.ts'
import { OptionError } from '../../data/vocabulary/index.ts'
import { defineWidget, renderWidget } from '../widget-definition.ts'
import { timelineData, timelineIds } from './adapter.ts'
import { timelineCard } from './card.ts'
import { timelineHeight } from './height.ts'
import { withinRange } from './model.ts'
import { normalizeTimelineOptions, TIMELINE_PARAMS, type TimelineOptions } from './options.ts'
import { timelinePage, timelineScene, timelineSvg } from './render.ts'
import type { TimelineEvent } from './types.ts'

export type { TimelineOptions } from './options.ts'
export { timelinePage, timelineScene, timelineSvg } from './render.ts'
// What other code may use of the timeline: its data and option types and its two outputs.
export type { TimelineData, TimelineEvent } from './types.ts'

/** The timeline, as the embed route serves it (`/embed/:dataset/timeline`). */
export const timeline = defineWidget<TimelineOptions>({
  name: 'timeline',
  params: TIMELINE_PARAMS,
  // The running total is drawn by its own layout (layout-steps.ts), the events by flags.
  warmUp: ['view=cumulative'],
  options(params, dataset, view) {
    const options = normalizeTimelineOptions(params, {
      languages: dataset.languages,
      ids: timelineIds(dataset, view),
      ...(view.cumulative === false ? { cumulative: false } : {}),
    })
    if (options.from || options.to) {
      // A range that leaves nothing to draw is the reader's mistake, not an empty chart.
      const shown = withinRange(timelineData(dataset, view, options.lang), options.from, options.to)
      if (shown.items.length === 0) {
        const option = options.from ? 'from' : 'to'
        throw new OptionError(option, `invalid ${option}: no entry of this timeline falls between from and to`)
      }
    }
    return options
  },
  render(dataset, view, options, context) {
    // Without context events the chart draws only the view's resource: cite only its sources.
    const drawn = options.events === 'none' ? [view.resource] : undefined
    // The range and `events` decide which rows are shown; the frame's sources and notes follow them.
    const rows = shownRows(dataset, view, options)
    const cited = [...new Set(rows.flatMap((e) => (e.source ? [e.source] : [])))]
    const shown = rows.map((e) => e.id)
    const variant = options.view === 'cumulative' ? { variant: 'cumulative' as const } : {}
    return renderWidget(
      { dataset, view, options, context, ...variant, ...(drawn ? { drawn } : {}), cited, shown },
      (input) => {
        // One scene per render: the page, the SVG and the heights share its model, words and drawings.
        const scene = timelineScene(timelineData(dataset, view, options.lang), input)
        return {
          page: () => timelinePage(scene),
          svg: () => timelineSvg(scene),
          card: () => timelineCard(scene),
          heightAt: timelineHeight(scene),
        }
      },
    )
  },
})

/** The rows the chart shows: those between `from` and `to`, without the context events when `events=none`. */
function shownRows(dataset: Dataset, view: View, options: TimelineOptions): readonly TimelineEvent[] {
  const shown = withinRange(timelineData(dataset, view, options.lang), options.from, options.to)
  return options.events === 'none' ? shown.items : [...shown.items, ...shown.context]
}
