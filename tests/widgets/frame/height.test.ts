/**
 * `heightAt`: the page height embed codes start with. The browser test (tests/browser/height.test.ts)
 * compares it with Chromium; these pin the predictions, so that a change of the frame, the CSS or
 * a layout shows up here as a changed number to re-check in the browser.
 */
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../data/types.ts'
import { bar } from '../../../widgets/bar-chart/index.ts'
import { FRAME_SPACE, FRAME_TYPE } from '../../../widgets/frame/css.ts'
import { flowHeight, linesHeight } from '../../../widgets/frame/height.ts'
import type { CommonOptions, RenderedWidget, WidgetDefinition } from '../../../widgets/registry.ts'
import { timeline } from '../../../widgets/timeline/index.ts'
import { balticStates } from '../../fixtures/baltic-states/index.ts'
import { load, occupation } from '../timeline/render.ts'

const WIDTHS = [280, 320, 360, 480, 600, 720, 1000, 1200]
const PAGE = 2 * FRAME_SPACE.page

function render<O extends CommonOptions>(
  widget: WidgetDefinition<O>,
  dataset: Dataset,
  params: Record<string, string> = {},
): RenderedWidget {
  const view = dataset.views[widget.name]!
  return widget.render(dataset, view, widget.options(params, dataset, view), {
    dataUrl: `https://factbox.example/${view.resource}.csv`,
  })
}

const heights = (rendered: RenderedWidget) => WIDTHS.map((w) => rendered.heightAt!(w))

/** The width from which a container query of the page's CSS applies (the frame's width). */
function containerQueryWidths(page: string): number[] {
  return [...page.matchAll(/@container fb \(min-width:(\d+)px\)/g)].map((m) => Number(m[1]))
}

describe('flowHeight', () => {
  it('adds the page padding around the blocks', () => {
    expect(flowHeight([{ height: 100 }])).toBe(100 + PAGE)
  })

  it('collapses adjacent margins into the larger one, as CSS does between siblings', () => {
    expect(
      flowHeight([
        { height: 10, marginBottom: 12 },
        { height: 20, marginTop: 4 },
      ]),
    ).toBe(10 + 12 + 20 + PAGE)
  })

  it('collapses margins through an empty block, and keeps the first and last margins inside the padding', () => {
    const blocks = [
      { height: 0, marginTop: 4 },
      { height: 20 },
      { height: 0, marginTop: 12, marginBottom: 3 },
      { height: 10, marginTop: 4 },
    ]
    expect(flowHeight(blocks)).toBe(4 + 20 + 12 + 10 + PAGE)
  })

  it('does not collapse through an empty block that establishes a formatting context (an empty flex key)', () => {
    const blocks = [{ height: 20, marginBottom: 12 }, { height: 0, marginBottom: 8, context: true }, { height: 30 }]
    expect(flowHeight(blocks)).toBe(20 + 12 + 8 + 30 + PAGE)
  })
})

describe('heightAt of the bundled dataset', async () => {
  const dataset = await occupation()

  it('pins the bar chart at 280-1200 px (checked against Chromium by the browser test)', () => {
    expect(heights(render(bar, dataset, { lang: 'en' }))).toEqual([933, 864, 847, 620, 587, 570, 535, 535])
    expect(heights(render(bar, dataset, { lang: 'ru', header: 'none' }))).toEqual([
      890, 856, 788, 564, 547, 514, 479, 479,
    ])
  })

  it('pins the timeline at 280-1200 px (checked against Chromium by the browser test)', () => {
    expect(heights(render(timeline, dataset, { lang: 'en' }))).toEqual([1612, 1544, 1489, 1404, 1039, 1004, 840, 678])
    expect(heights(render(timeline, dataset, { lang: 'az', view: 'cumulative' }))).toEqual([
      1932, 1828, 1726, 1605, 1171, 1119, 1016, 893,
    ])
    expect(heights(render(timeline, dataset, { lang: 'ru', events: 'none' }))).toEqual([
      1092, 1021, 951, 882, 718, 685, 615, 544,
    ])
    expect(heights(render(timeline, dataset, { lang: 'en', from: '1993', to: '1994' }))).toEqual([
      1085, 1035, 979, 929, 842, 825, 625, 562,
    ])
  })

  it('switches the bar chart to labels beside the bars exactly where the page’s container query does', () => {
    const rendered = render(bar, dataset, { lang: 'en' })
    const [beside] = containerQueryWidths(rendered.page())
    const at = beside! + PAGE
    // The stacked arrangement spends a label line per bar: well over 100 px more.
    expect(rendered.heightAt!(at - 1) - rendered.heightAt!(at)).toBeGreaterThan(100)
  })

  it('switches the timeline to the horizontal drawing exactly where the page’s container query does', () => {
    const rendered = render(timeline, dataset, { lang: 'en' })
    const [wide] = containerQueryWidths(rendered.page())
    const at = wide! + PAGE
    expect(rendered.heightAt!(at - 1) - rendered.heightAt!(at)).toBeGreaterThan(100)
  })

  it('switches the timeline to the desktop drawing exactly where the page’s container query does', () => {
    const rendered = render(timeline, dataset, { lang: 'en' })
    const [, wider] = containerQueryWidths(rendered.page())
    const at = wider! + PAGE
    // Laid out at 880 px, the labels wrap less and the flags need fewer rows.
    expect(rendered.heightAt!(at - 1) - rendered.heightAt!(at)).toBeGreaterThan(40)
  })

  it('switches the timeline to the widest drawing exactly where the page’s container query does', () => {
    const rendered = render(timeline, dataset, { lang: 'en' })
    const [, , widest] = containerQueryWidths(rendered.page())
    const at = widest! + PAGE
    // Laid out at 1080 px, the labels wrap at 270 px instead of 220: fewer rows again.
    expect(rendered.heightAt!(at - 1) - rendered.heightAt!(at)).toBeGreaterThan(40)
  })

  it('leaves out the title and subtitle with header=none, and nothing else', () => {
    const shown = render(bar, dataset, { lang: 'en' })
    const hidden = render(bar, dataset, { lang: 'en', header: 'none' })
    // At 1200 px both fit on one line: the title's line and margin, and the subtitle's line and
    // margin, which collapses with the chart's own 4 px.
    const header =
      linesHeight(1, FRAME_TYPE.title) +
      FRAME_SPACE.title +
      linesHeight(1, FRAME_TYPE.subtitle) +
      FRAME_SPACE.subtitle -
      4
    expect(shown.heightAt!(1200) - hidden.heightAt!(1200)).toBeCloseTo(header, 0)
  })

  it('adds a title line, and only that, for every extra line a longer title wraps onto', () => {
    const title = 'Occupied territories of Azerbaijan: the area of each district and of Nagorno-Karabakh'
    const plain = render(bar, dataset, { lang: 'en' })
    const long = render(bar, dataset, { lang: 'en', title })
    const line = linesHeight(1, FRAME_TYPE.title)
    expect(long.heightAt!(1200) - plain.heightAt!(1200)).toBeLessThanOrEqual(1)
    for (const width of [280, 320, 480]) {
      const extra = (long.heightAt!(width) - plain.heightAt!(width)) / line
      expect(Math.round(extra), `${width} px`).toBeGreaterThanOrEqual(1)
      // Whole lines, give or take the rounding up to a whole px.
      expect(Math.abs(extra - Math.round(extra)) * line, `${width} px`).toBeLessThanOrEqual(1)
    }
  })

  it('gives the same whole number for the same request, rendered twice', () => {
    const a = render(timeline, dataset, { lang: 'az' })
    const b = render(timeline, dataset, { lang: 'az' })
    expect(heights(a)).toEqual(heights(b))
    for (const h of heights(a)) expect(Number.isInteger(h)).toBe(true)
  })
})

describe('heightAt of another dataset, without code changes', async () => {
  const baltic = await load(balticStates)

  it('keeps the margin under an empty key (a cumulative view of exact days has none)', () => {
    const rendered = render(timeline, baltic, { view: 'cumulative' })
    expect(rendered.page()).toContain('<ul class="tl-key"></ul>')
    expect(heights(rendered)).toEqual([487, 487, 470, 450, 388, 371, 371, 371])
  })
})
