import { html, raw } from 'hono/html'
import { SANDBOX } from '../embed/embed-code.ts'
import type { ChartRecord } from './store.ts'

/** The addresses of a published chart, absolute, from PUBLIC_ORIGIN. */
export function chartLinks(origin: string, id: string) {
  const base = `${origin}/c/${id}`
  return {
    page: base,
    svg: `${base}.svg`,
    png: `${base}.png`,
    card: `${base}/card.png`,
    cite: `${base}/cite.json`,
    status: `${base}/status.json`,
    data: `${base}/data.csv`,
  }
}

/** What an editor may copy for a published chart: every code points at bytes that never change. */
export interface ChartCodes {
  /** iframe alone: right without any script (the server's initial height; scrolls if it must). */
  iframe: string
  /** iframe + the loader script, which resizes it to its content. */
  responsive: string
  /** `<img>` of the SVG, for places that take no iframe. */
  svg: string
  /** `<img>` of the PNG (newsletters). */
  png: string
}

/** The embed codes of a published chart, from its record alone (a repeated publish renders nothing). */
export function chartCodes(
  origin: string,
  record: ChartRecord,
  loader: { url: string; integrity: string },
): ChartCodes {
  const links = chartLinks(origin, record.id)
  const iframe =
    html`<iframe src="${links.page}" title="${record.title}" width="100%" height="${record.height}" style="border:0;width:100%;height:${raw(String(record.height))}px" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="${SANDBOX}"></iframe>`.toString()
  return {
    iframe,
    responsive: `${iframe}\n${html`<script src="${loader.url}" integrity="${loader.integrity}" crossorigin="anonymous" async></script>`}`,
    svg: html`<img src="${links.svg}" alt="${record.title}" style="max-width:100%;height:auto">`.toString(),
    png: html`<img src="${links.png}" alt="${record.title}" style="max-width:100%;height:auto">`.toString(),
  }
}
