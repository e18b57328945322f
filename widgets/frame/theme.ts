/**
 * The colours of every widget in light and dark, as CSS custom properties. `theme=auto` switches
 * with `prefers-color-scheme` and no script; tests/widgets/frame/theme.test.ts checks WCAG AA
 * contrast of every text and mark colour against its background.
 */
export interface Palette {
  /** Page background. */
  bg: string
  /** Body text, labels, values. */
  fg: string
  /** Secondary text (subtitle, notes, source, axis), still AA (>= 4.5:1) on `bg`. */
  muted: string
  /** Gridlines: decoration, below 3:1 on purpose. */
  grid: string
  /** Baseline at zero. */
  axis: string
  /** Bars (>= 3:1 on `bg`, WCAG 1.4.11). */
  mark: string
  /**
   * Bars not highlighted when a highlight is set: clearly lighter (light) or darker (dark) than
   * `mark`, at least 1.8:1 from it. Decoration by intent, so under 3:1 on `bg`: their label and
   * value carry the figure as text at >= 4.5:1.
   */
  markMuted: string
  /** A bar under the pointer or focus: a deeper shade of `mark`, never the text colour. */
  markHover: string
  /** Focus ring. */
  focus: string
  /** Links. */
  link: string
}

/** The light and dark palettes; tests/widgets/frame/theme.test.ts checks their contrast. */
export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    bg: '#ffffff',
    fg: '#1d1f21',
    muted: '#585d63',
    grid: '#e4e6e8',
    axis: '#6f757b',
    mark: '#2a6496',
    markMuted: '#c3cbd2',
    markHover: '#1a4569',
    focus: '#b3261e',
    link: '#1f5a8c',
  },
  dark: {
    bg: '#16181b',
    fg: '#eceef0',
    muted: '#a9b0b7',
    grid: '#2f3338',
    axis: '#8a9198',
    mark: '#6cb0e6',
    markMuted: '#3d454d',
    markHover: '#3d8fd0',
    focus: '#ffb4a9',
    link: '#8cc4f0',
  },
}

const NAMES: Record<keyof Palette, string> = {
  bg: '--bg',
  fg: '--fg',
  muted: '--mu',
  grid: '--gr',
  axis: '--ax',
  mark: '--mk',
  markMuted: '--mm',
  markHover: '--mh',
  focus: '--fo',
  link: '--ln',
}

/** `var(--…)` for a palette colour, for use in widget CSS. */
export const color = (key: keyof Palette): string => `var(${NAMES[key]})`

const declarations = (p: Palette) =>
  (Object.keys(NAMES) as (keyof Palette)[]).map((k) => `${NAMES[k]}:${p[k]}`).join(';')

/**
 * The theme rules for a root element that carries `t-auto`, `t-light` or `t-dark` (the `<html>`
 * of a page, or the `<svg>` of a standalone image).
 */
export function themeCss(root: string): string {
  const light = declarations(PALETTES.light)
  const dark = declarations(PALETTES.dark)
  return (
    `${root}{${light};color-scheme:light}` +
    `${root}.t-dark{${dark};color-scheme:dark}` +
    `@media(prefers-color-scheme:dark){${root}.t-auto{${dark};color-scheme:dark}}`
  )
}

/** The light palette for every theme when printing: paper is white, and backgrounds are not printed. */
export function printThemeCss(root: string): string {
  return `@media print{${root},${root}.t-dark,${root}.t-auto{${declarations(PALETTES.light)};color-scheme:light}}`
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
