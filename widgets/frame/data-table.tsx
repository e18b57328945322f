import type { Child } from 'hono/jsx'

/** One column of a {@link DataTable}. */
export interface TableColumn {
  label: string
  /** Right-aligned, for numbers. @default false */
  numeric?: boolean
}

/** Props of {@link DataTable}. */
export interface DataTableProps {
  caption: string
  columns: readonly TableColumn[]
  /** Cells as display text; the first cell of each row is its header (`<th scope="row">`). */
  rows: readonly (readonly string[])[]
  /** Extra rows in `<tfoot>` (a total). */
  foot?: readonly (readonly string[])[]
}

/**
 * The chart's data as a real table for screen readers, visually hidden by the frame's CSS, which
 * keeps it in the accessibility tree, unlike `display: none`. The wrapper carries the hiding: a
 * table will not shrink to 1 px and would widen the page.
 */
export function DataTable({ caption, columns, rows, foot }: DataTableProps): Child {
  const row = (cells: readonly string[]) => (
    <tr>
      {cells.map((cell, i) =>
        i === 0 ? <th scope="row">{cell}</th> : <td class={columns[i]?.numeric ? 'n' : undefined}>{cell}</td>,
      )}
    </tr>
  )
  return (
    <div class="fb-sr">
      <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col">{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
      {foot?.length ? <tfoot>{foot.map(row)}</tfoot> : null}
      </table>
    </div>
  )
}
