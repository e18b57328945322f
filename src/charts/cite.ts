import type { ChartRecord } from './store.ts'

/** The media type of CSL-JSON (Citation Style Language). */
export const CSL_JSON = 'application/vnd.citationstyles.csl+json; charset=utf-8'

/** A CSL date: `{ "date-parts": [[2026, 12, 2]] }`, from an ISO time. */
const cslDate = (iso: string) => ({ 'date-parts': [iso.slice(0, 10).split('-').map(Number)] })

/**
 * The citation of a published chart as CSL-JSON (an array of one item, as reference managers
 * export it): a `graphic` issued the day it was published, with its URL and the data version it
 * draws. `accessed` is left out: it is the day a reader looked, which only the reader knows.
 */
export function chartCitation(record: ChartRecord, url: string, publisher: string, datasetTitle: string): string {
  const item = {
    id: `factbox-${record.id}`,
    type: 'graphic',
    title: record.title,
    publisher,
    URL: url,
    issued: cslDate(record.published),
    language: record.lang,
    version: record.version,
    medium: 'Chart',
    note: [
      `Data: ${datasetTitle}, version ${record.version}`,
      record.dataPublished ? ` of ${record.dataPublished.slice(0, 10)}` : '',
      '.',
    ].join(''),
  }
  return `${JSON.stringify([item], null, 2)}\n`
}
