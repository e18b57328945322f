import type { PartialDate } from './partial-date.ts'

/**
 * Parses the subset of EDTF (ISO 8601-2) that newsroom data uses, keeping the source's precision:
 * `1988`, `1992-05`, `1992-05-08`, `2016-04-05T12:00+04:00` and intervals `a/b` of those.
 * Returns a message instead of throwing so the schema can name the file, line and field.
 */
export function parseEdtf(text: string): PartialDate | string {
  const parts = text.split('/')
  if (parts.length > 2) return `"${text}" has more than one "/"`
  const points = parts.map(parsePoint)
  for (const point of points) if (typeof point === 'string') return point
  const [first, last] = points as Point[]
  if (!last) return { value: text, ...first!, isRange: false }
  if (last.start < first!.start) return `"${text}" ends before it starts`
  const precision = PRECISIONS[Math.max(PRECISIONS.indexOf(first!.precision), PRECISIONS.indexOf(last.precision))]!
  return {
    value: text,
    precision,
    isRange: true,
    start: first!.start,
    end: last.end,
    ...(first!.offsetMinutes === undefined ? {} : { offsetMinutes: first!.offsetMinutes }),
  }
}

const PRECISIONS = ['year', 'month', 'day', 'minute'] as const

type Point = Omit<PartialDate, 'value' | 'isRange'>

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2}))?)?)?$/

function parsePoint(text: string): Point | string {
  const m = POINT.exec(text)
  if (!m) return `"${text}" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm)`
  const [, y, mo, d, h, mi, zone] = m
  const year = Number(y)
  const month = mo === undefined ? 1 : Number(mo)
  const day = d === undefined ? 1 : Number(d)
  const hour = h === undefined ? 0 : Number(h)
  const minute = mi === undefined ? 0 : Number(mi)
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute))
  const valid =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    hour < 24 &&
    minute < 60
  if (!valid) return `"${text}" is not a calendar date`
  if (h !== undefined) {
    const offsetMinutes = zone === 'Z' ? 0 : offsetOf(zone!)
    if (Math.abs(offsetMinutes) > 14 * 60) return `"${text}" has an offset beyond ±14:00`
    const start = new Date(utc.getTime() - offsetMinutes * 60_000)
    return {
      precision: 'minute',
      start: start.toISOString(),
      end: new Date(start.getTime() + 60_000).toISOString(),
      offsetMinutes,
    }
  }
  const precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year'
  const end =
    precision === 'day'
      ? Date.UTC(year, month - 1, day + 1)
      : precision === 'month'
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1)
  return { precision, start: utc.toISOString(), end: new Date(end).toISOString() }
}

function offsetOf(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1
  const [hh, mm] = zone.slice(1).split(':').map(Number)
  return sign * (hh! * 60 + mm!)
}
