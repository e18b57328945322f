import { describe, expect, it } from 'vitest'
import { PALETTES } from '../../../widgets/frame/theme.ts'
import { renderBar } from '../bar-chart/load-dataset.ts'
import { paintedElements } from '../shared/svg-paint.ts'
import { occupation, renderTimeline } from '../timeline/render.ts'

const DARK = new Set(Object.values(PALETTES.dark))
const LIGHT = new Set(Object.values(PALETTES.light))
/** Paints that are no colour of a palette: nothing, or a pattern (whose own rects are checked). */
const paintless = (paint: string | undefined) => paint === undefined || paint === 'none' || paint.startsWith('url(')

/** The standalone SVG as a reader in dark mode sees it: `theme=dark`, or `theme=auto` under `prefers-color-scheme: dark`. */
const DARK_READERS = [
  { theme: 'dark', dark: false },
  { theme: 'auto', dark: true },
] as const

describe('the standalone SVG in dark mode', async () => {
  const timelineData = await occupation()
  const images = {
    'timeline (events)': (theme: string) => renderTimeline(timelineData, { theme }).svg(),
    'timeline (running total)': (theme: string) => renderTimeline(timelineData, { theme, view: 'cumulative' }).svg(),
    bar: (theme: string) => renderBar(timelineData, { theme }).svg(),
  }

  for (const { theme, dark } of DARK_READERS) {
    it(`paints every legend swatch of the timeline in dark-theme colours (theme=${theme})`, () => {
      for (const view of ['events', 'cumulative']) {
        const swatches = paintedElements(renderTimeline(timelineData, { theme, view }).svg(), { dark }).filter(
          (e) => e.ancestors.includes('key') && (e.tag === 'circle' || e.tag === 'path'),
        )
        expect(swatches.length).toBeGreaterThanOrEqual(3)
        for (const s of swatches) {
          if (!paintless(s.fill)) expect(DARK, `${view} swatch ${s.classes} fill`).toContain(s.fill)
          if (!paintless(s.stroke)) expect(DARK, `${view} swatch ${s.classes} stroke`).toContain(s.stroke)
        }
        // The exact-date dot and the hatch are the marks' colour, the ring a hollow mark on the page.
        const dot = swatches.find((s) => s.classes.includes('dot'))
        if (dot) expect(dot.fill).toBe(PALETTES.dark.mark)
        const hatch = swatches.find((s) => s.classes.includes('kh'))
        expect(hatch?.stroke).toBe(PALETTES.dark.mark)
        const ring = swatches.find((s) => s.classes.includes('ring'))
        if (ring) expect([ring.fill, ring.stroke]).toEqual([PALETTES.dark.bg, PALETTES.dark.fg])
        const glyph = swatches.find((s) => s.classes.includes('brk'))
        if (glyph) expect(glyph.stroke).toBe(PALETTES.dark.fg)
      }
    })

    for (const [name, image] of Object.entries(images))
      it(`paints nothing of the ${name} in a light-theme colour (theme=${theme})`, () => {
        const painted = paintedElements(image(theme), { dark })
        const light = painted.flatMap((e) =>
          [e.fill, e.stroke]
            .filter((paint) => !paintless(paint) && LIGHT.has(paint!) && !DARK.has(paint!))
            .map((paint) => `<${e.tag} class="${e.classes.join(' ')}"> ${paint}`),
        )
        expect(light).toEqual([])
      })
  }
})
