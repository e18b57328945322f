import type { PartialDate } from '../../data/vocabulary/index.ts'

/** One bar: what the route's adapter reads from a dataset row (see `adapter.ts`). */
export interface BarDatum {
  /** Stable id (the row's `id`), used by `highlight`. */
  id: string
  /** The name, in the page's language. */
  label: string
  /** A finite number; a negative one draws left of a zero line (rows without a number are skipped by the adapter). */
  value: number
  /** A date for the readout, the table and `sort=date`, at its source's precision. */
  date?: PartialDate
  /**
   * Id of the row whose area contains this one (Shusha lies within Nagorno-Karabakh): the chart
   * nests it under that row and counts it once, as part of it, in the total and the shares.
   */
  within?: string
}
