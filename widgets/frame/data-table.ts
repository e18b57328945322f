import { html, type Markup } from '../shared/markup.ts'

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
  /** `rtl` for a right-to-left language: the table says so, and each number is isolated (`<bdi>`) so it keeps its own direction. @default 'ltr' */
  dir?: 'ltr' | 'rtl'
}

/**
 * The chart's data as a real table for screen readers, visually hidden by the frame's CSS, which
 * keeps it in the accessibility tree, unlike `display: none`. The wrapper carries the hiding: a
 * table will not shrink to 1 px and would widen the page.
 * @example dataTable({ caption: 'Area', columns: [{ label: 'Name' }, { label: 'km²', numeric: true }], rows: [['Lachin', '1,835']] })
 */
export function dataTable({ caption, columns, rows, foot, dir = 'ltr' }: DataTableProps): Markup {
  const rtl = dir === 'rtl'
  const row = (cells: readonly string[]) =>
    html`<tr>${cells.map((cell, i) =>
      i === 0
        ? html`<th scope="row">${cell}</th>`
        : columns[i]?.numeric
          ? html`<td class="n">${rtl ? html`<bdi>${cell}</bdi>` : cell}</td>`
          : html`<td>${cell}</td>`,
    )}</tr>`
  const head = columns.map((c) => html`<th scope="col">${c.label}</th>`)
  const tfoot = foot?.length ? html`<tfoot>${foot.map(row)}</tfoot>` : null
  return html`<div class="fb-sr"><table${rtl ? html` dir="rtl"` : null}><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.map(row)}</tbody>${tfoot}</table></div>`
}
