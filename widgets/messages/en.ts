import { plural } from '../../data/vocabulary/index.ts'
import { join, sentence } from './helpers.ts'
import type { Catalogue } from './types.ts'

/** The catalogue of English. */

export const en: Catalogue = {
  chrome: {
    colon: ':',
    source: 'Source',
    sources: 'Sources',
    getTheData: 'Get the data',
    asOf: (d) => `Figures as published ${d}`,
    total: 'Total',
    partOf: (c) => `part of ${c}`,
    countedOnce: (a, b) => `The total counts ${a} once, as part of ${b}.`,
    name: 'Name',
    value: 'Value',
    date: 'Date',
    withUnit: (h, u) => `${h} (${u})`,
    shareOfTotal: (p) => `${p} of the total`,
    list: join('and'),
    barChartOf: (n) => `Bar chart of ${n} ${plural('en', n, { one: 'value', other: 'values' })}.`,
    largest: 'Largest',
    smallest: 'Smallest',
    allEqual: (v) => `All are equal: ${v}.`,
    newTab: 'opens in a new tab',
    citeThisChart: 'Cite this chart',
    publishedOn: (d) => `Published ${d}`,
    dataVersion: (v, d) => (d ? `Data version ${v} of ${d}` : `Data version ${v}`),
    citationFile: 'Citation as CSL-JSON',
    newerVersion: 'A newer version of this chart is available',
  },
  timeline: {
    exactDay: 'exact date',
    rangeOnly: 'dated only as a range',
    monthOnly: 'dated only to a month',
    yearOnly: 'dated only to a year',
    context: 'other events',
    notShown: (y) => `${y} not shown`,
    summary: (n, a, b) =>
      sentence(`Timeline of ${n} dated ${plural('en', n, { one: 'entry', other: 'entries' })}, from ${a} to ${b}`),
    andThen: 'then',
    runningTotal: (t, w) => sentence(`Running total: ${t} by ${w}`),
    contextCount: (n) => `Also shown: ${n} other ${plural('en', n, { one: 'event', other: 'events' })}.`,
    skipped: (y) => sentence(`The axis leaves out ${y}`),
    totalAfter: (t) => `running total ${t}`,
    total: 'Running total',
    chronology: 'Chronology',
    countedBy: (label, range, end) =>
      `The source dates ${label} only as ${range}: the line counts all of its area by ${end.text}, so the total within ${range} is uncertain.`,
  },
  error: {
    heading: 'The chart could not be shown',
    badRequest: 'The link to this chart has an error. The site that published it can correct it.',
    notFound: 'There is no chart at this address.',
    later: 'Please try again in a few minutes.',
    details: 'Details for developers',
    parameter: 'Parameter',
    allowed: 'Allowed values',
  },
  api: {
    dateStart: (c) => `First day covered by ${c} (UTC; a timestamp for times of day).`,
    dateEnd: (c) => `Last day covered by ${c}, inclusive (UTC; a timestamp for times of day).`,
    datePrecision: (c) => `Precision of ${c}: year, month, day or minute.`,
    dateLabel: (c, lang) => `${c} written out for readers${lang ? ` in ${lang}` : ''}.`,
  },
}
