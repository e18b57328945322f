import { csvFormatRow } from 'd3'
import type { Table } from './table.ts'

/**
 * A leading `= + - @`, tab or carriage return makes spreadsheet software run a cell as a formula
 * (CSV injection); such text cells get a leading apostrophe, as OWASP recommends.
 */
const FORMULA = /^[=+\-@\t\r]/

/** RFC 4180 CSV: a header row, CRLF line ends, quotes only where needed, UTF-8 text. */
export function toCsv(table: Table): string {
  const names = table.columns.map((c) => c.name)
  const body = table.rows.map((row) =>
    names.map((name) => {
      const cell = row[name]
      if (cell === null || cell === undefined) return ''
      if (typeof cell === 'number') return String(cell)
      return FORMULA.test(cell) ? `'${cell}` : cell
    }),
  )
  return [names, ...body].map((row) => `${csvFormatRow(row)}\r\n`).join('')
}
