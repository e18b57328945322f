/**
 * The shape of a message catalogue: every word the widgets write themselves (the frame's chrome,
 * the timeline's legend and summaries, the error page), one catalogue per language
 * (widgets/messages/<lang>.ts). Words about the data (titles, notes, sources, names) come from the
 * dataset, never from here.
 */

/**
 * The generic words of the chart frame and of the widgets' accessible text.
 */
export interface ChromeText {
  /** What follows a label before its text: ":" ("Source: …"), "\u00a0:" in French ("Source : …"). */
  colon: string
  source: string
  sources: string
  getTheData: string
  /** "Figures as published in April 2016", given `formatPublishedDate()` of the dataset's `asOf`. */
  asOf(published: string): string
  total: string
  /** In a readout: the row whose area contains this one ("part of Nagorno-Karabakh"). */
  partOf(container: string): string
  /** For screen readers: a row that lies within another is counted once, inside it. */
  countedOnce(part: string, container: string): string
  /** Column headers of the data table when the dataset gives no better word. */
  name: string
  value: string
  date: string
  /** A column header with its unit: "Area (km²)", "Площадь, км²". */
  withUnit(header: string, unit: string): string
  /**
   * "2.0% of the total", given the formatted percentage. az and ru say "of the total area", as
   * reviewed (translations-2026-12): every bundled bar chart measures areas.
   */
  shareOfTotal(percent: string): string
  /** Joins names: "A and B", "A, B and C". */
  list(items: readonly string[]): string
  /** "Bar chart of 9 values." */
  barChartOf(count: number): string
  largest: string
  smallest: string
  /** Said when every value is equal. */
  allEqual(value: string): string
  /** Opens in a new tab (appended to link text for screen readers). */
  newTab: string
  /** The summary of a published chart's citation disclosure. */
  citeThisChart: string
  /** "Published 2 December 2026", given `formatIsoDay()` of the day the chart was frozen. */
  publishedOn(day: string): string
  /** "Data version 3f9a0c1d2e4b of 28 November 2026"; without a day when the version has none. */
  dataVersion(version: string, day?: string): string
  /** The link to the citation as CSL-JSON. */
  citationFile: string
  /** The one-line notice on a published chart whose dataset has a newer version. */
  newerVersion: string
}

/**
 * Generic words of the timeline (legend, accessible summary).
 */
export interface TimelineText {
  /** Legend: a mark dated to a day (or a minute). */
  exactDay: string
  /** Legend: a hatched span, dated only to a range (of years, months or days). */
  rangeOnly: string
  /** Legend: a hatched span, dated only to a month ("May 2003"), not a range. */
  monthOnly: string
  /** Legend: a hatched span, dated only to a year ("2003"), not a range. */
  yearOnly: string
  /** Legend: the other (context) events. */
  context: string
  /** Legend: the years the axis break leaves out, given as `skippedYears()` writes them ("1995–2015 not shown"). */
  notShown(years: string): string
  /** "Timeline of 9 dated entries, from 1988–1992 to 29 October 1993." */
  summary(count: number, first: string, last: string): string
  /** "Nagorno-Karabakh (1988–1992, 4,400 km²), then …" is joined with this. */
  andThen: string
  /** "Running total: 14,682 km² by 29 October 1993." */
  runningTotal(total: string, when: string): string
  /** "Also shown: 8 other events." */
  contextCount(count: number): string
  /** "The axis leaves out 1995–2015." */
  skipped(years: string): string
  /** An entry's running total in the description: "running total 4,400 km²". */
  totalAfter(total: string): string
  /** Column header of the running total in the table. */
  total: string
  /** Caption of the chronological table. */
  chronology: string
  /**
   * The cumulative view's note on an item dated only to a range, which the line counts in full by
   * the range's last unit: "The source dates Nagorno-Karabakh only as 1988–1992: …".
   * `end` is that unit: its words, and its year when it is a year.
   */
  countedBy(label: string, range: string, end: { text: string; year?: number }): string
}

/** What the error page says to a reader, and the labels of the developer's disclosure. */
export interface ErrorText {
  heading: string
  /** A bad address (4xx but 404): the publisher can fix the embed code. */
  badRequest: string
  notFound: string
  /** Our side failed (5xx). */
  later: string
  details: string
  parameter: string
  allowed: string
}

/**
 * Descriptions of the columns the API derives from a date column (JSON `columns`, the served
 * datapackage.json). `column` is the date column's name; the precision values and `lang` are
 * codes a program reads, so they stay as written.
 */
export interface ApiText {
  /** `<column>_start`. */
  dateStart(column: string): string
  /** `<column>_end`. */
  dateEnd(column: string): string
  /** `<column>_precision`, whose values are year, month, day or minute. */
  datePrecision(column: string): string
  /** `<column>_label` (`lang` absent: the answer's language) or `<column>_label_<lang>`. */
  dateLabel(column: string, lang?: string): string
}

/** One language's words. */
export interface Catalogue {
  chrome: ChromeText
  timeline: TimelineText
  error: ErrorText
  api: ApiText
}
