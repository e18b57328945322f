/**
 * A date kept at the precision its source gives, parsed from an EDTF string (ISO 8601-2):
 * `1988` (a year), `1992-05` (a month), `1992-05-08` (a day), `2016-04-05T12:00+04:00` (a minute,
 * with its offset), or an interval of two of those (`1988/1992`, `2016-04-02/2016-04-05`).
 */
export interface PartialDate {
  /** The EDTF text exactly as in the CSV; the canonical form for JSON and CSV. */
  value: string
  /** Precision of the endpoints. An interval has the precision of its finer endpoint. */
  precision: 'year' | 'month' | 'day' | 'minute'
  /** True for an interval (`1988/1992`), false for a single point in time. */
  isRange: boolean
  /** First instant covered, as an ISO UTC timestamp (`1988-01-01T00:00:00.000Z`). */
  start: string
  /** Last instant covered, exclusive, as an ISO UTC timestamp (`1993-01-01T00:00:00.000Z`). */
  end: string
  /**
   * The UTC offset the source stated, in minutes (`240` for UTC+4), for `minute` precision only.
   * `start` is already converted to UTC.
   */
  offsetMinutes?: number
}
