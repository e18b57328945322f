import { frameText } from '../frame/frame-text.ts'
import { defineWidget } from '../widget-definition.ts'
import { timelineHeight } from './height.ts'
import { normalizeTimelineOptions, TIMELINE_PARAMS, type TimelineOptions } from './options.ts'
import { timelineData, timelineIds } from './timeline-data.ts'
import { timelinePage, timelineSvg } from './timeline.tsx'

export type { TimelineEvent, TimelineData } from './types.ts'
export type { TimelineOptions } from './options.ts'
export { timelinePage, timelineSvg } from './timeline.tsx'

/** The timeline, as the embed route serves it (`/embed/:dataset/timeline`). */
export const timeline = defineWidget<TimelineOptions>({
  name: 'timeline',
  params: TIMELINE_PARAMS,
  options(params, dataset, view) {
    return normalizeTimelineOptions(params, { languages: dataset.languages, ids: timelineIds(dataset, view) })
  },
  render(dataset, view, options, context) {
    const data = timelineData(dataset, view, options.lang)
    const input = {
      options,
      frame: frameText(dataset, view, options, context.dataUrl, options.events === 'none' ? [view.resource] : undefined),
      ...(context.scriptUrl ? { scriptUrl: context.scriptUrl } : {}),
      ...(context.head ? { head: context.head } : {}),
    }
    return {
      title: input.frame.title.text,
      page: () => timelinePage(data, input),
      svg: () => timelineSvg(data, input),
      heightAt: timelineHeight(data, input),
    }
  },
})
