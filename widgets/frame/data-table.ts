import { esc } from '../shared/markup.ts'

/** One column of a {@link dataTable}. */
export interface TableColumn {
  label: string
  /** Right-aligned, for numbers. @default false */
  numeric?: boolean
}

/** Props of {@link dataTable}. */
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
 * table will not shrink to 1 px and would widen the page. Markup as a string: its rows and cells
 * repeat per datum (see widgets/shared/markup.ts).
 */
export function dataTable({ caption, columns, rows, foot }: DataTableProps): string {
  const row = (cells: readonly string[]) => {
    let out = '<tr>'
    cells.forEach((cell, i) => {
      if (i === 0) out += `<th scope="row">${esc(cell)}</th>`
      else out += `${columns[i]?.numeric ? '<td class="n">' : '<td>'}${esc(cell)}</td>`
    })
    return `${out}</tr>`
  }
  let out = `<div class="fb-sr"><table><caption>${esc(caption)}</caption><thead><tr>`
  for (const c of columns) out += `<th scope="col">${esc(c.label)}</th>`
  out += '</tr></thead><tbody>'
  for (const r of rows) out += row(r)
  out += '</tbody>'
  if (foot?.length) {
    out += '<tfoot>'
    for (const r of foot) out += row(r)
    out += '</tfoot>'
  }
  return `${out}</table></div>`
}
