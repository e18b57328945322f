import { formatIsoDay, type Lang } from '../../data/vocabulary/index.ts'
import type { ChromeText } from '../shared/chrome-text.ts'
import { html, type Markup } from '../shared/markup.ts'

/**
 * What a published (frozen) chart says about itself, given by the route that freezes it: the frame
 * shows a "Cite this chart" disclosure and a hidden notice the enhancement script may reveal when
 * the status document says the dataset has a newer version. Dates are ISO days (`2026-12-02`).
 */
export interface PublishedChart {
  /** Absolute URL of the frozen chart page. */
  url: string
  /** Same-origin path of its citation as CSL-JSON. */
  citeUrl: string
  /** Same-origin path of its status document (not frozen): `{ newer, links: { latest } }`. */
  statusUrl: string
  /** Who publishes it (the service's name). */
  publisher: string
  /** The day it was frozen. */
  published: string
  /** The dataset version it draws. */
  dataVersion: string
  /** The day that version was published, when the record says. */
  dataDay?: string
}

/** Styles of the citation and the notice, added only to a published chart's page. */
export const PUBLISHED_CSS =
  '.fb-cite summary{cursor:pointer;width:max-content;max-width:100%}' +
  '.fb-cite p{margin:4px 0 0}' +
  '.fb-newer{margin:0 0 8px;padding:4px 8px;border-left:3px solid var(--ln);font-size:13px}'

/**
 * The notice "A newer version of this chart is available", hidden: only the enhancement script
 * reveals it (after reading the status document), so without JavaScript the page is as frozen.
 */
export function newerNotice(published: PublishedChart, t: ChromeText): Markup {
  return html`<p class="fb-newer" data-fb-status="${published.statusUrl}" hidden=""><a target="_blank" rel="noopener noreferrer">${t.newerVersion}</a></p>`
}

/**
 * "Cite this chart": a disclosure in the footer with the title, publisher, URL, data version and
 * its date, the publication day and a link to the CSL-JSON. `title` is the frame's title markup
 * (already marked with its language); `t` the frame's chrome words (the catalogue of `lang`, the
 * dataset's own on top).
 */
export function citation(published: PublishedChart, t: ChromeText, lang: Lang, title: Markup): Markup {
  const dataDay = published.dataDay ? formatIsoDay(published.dataDay, lang) : undefined
  return html`<details class="fb-cite"><summary>${t.citeThisChart}</summary><p>${title}. ${sentence(published.publisher)} ${sentence(t.publishedOn(formatIsoDay(published.published, lang)))} <a href="${published.url}">${published.url}</a>. ${sentence(t.dataVersion(published.dataVersion, dataDay))} <a href="${published.citeUrl}" type="application/vnd.citationstyles.csl+json">${t.citationFile}</a></p></details>`
}

/** A part of the citation ended with one full stop: a Russian date already ends with one ("г."). */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`)
