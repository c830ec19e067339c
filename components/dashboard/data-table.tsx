import { Children, type ReactNode } from 'react';

/** Row borders of a DataTable body. */
export const rowClass = 'border-b border-line align-top last:border-0';

/**
 * Row classes of a `stacked` DataTable: below 48rem of width the row is a block of two columns
 * (the first as wide as its widest cell) whose cells fill it in order (`stackedWide` for one on a
 * line of its own; an empty cell takes no place), each cell saying what it is by the
 * `stackedLabel` in it.
 */
export const stackedRowClass = `${rowClass} @max-3xl:grid @max-3xl:grid-cols-[auto_1fr] @max-3xl:items-center @max-3xl:gap-x-6 @max-3xl:gap-y-2 @max-3xl:p-3`;

/** A cell of a `stackedRowClass` row: padded in the table, a plain item of the block when stacked. */
export const stackedCell = 'min-w-0 px-3 py-2 @max-3xl:p-0 @max-3xl:empty:hidden';

/** A cell of a `stackedRowClass` row on a line of its own when stacked. */
export const stackedWide = '@max-3xl:col-span-2';

/** A cell's column name in a `stacked` DataTable, shown only when its rows are stacked (the table's header is hidden then). */
export const stackedLabel = 'font-semibold text-muted @3xl:hidden';

/**
 * Row classes of a `stacked="phone"` DataTable: on a screen narrower than 48rem (a phone, whatever
 * the table's box; wider screens keep the table as it is) the row is a block of lines, its first
 * cell (`phoneRowHeader`, the row's name) first, then one `PhoneField` a line, their labels lined up.
 */
export const phoneRowClass = `${rowClass} max-md:grid max-md:grid-cols-[auto_1fr] max-md:gap-x-4 max-md:gap-y-2 max-md:p-3`;

/** The first cell (the row's name) of a `phoneRowClass` row: a line of its own on a phone, its link a target of 24 px at least. */
export const phoneRowHeader = 'px-3 py-2 max-md:col-span-2 max-md:p-0 max-md:[&>a]:inline-block max-md:[&>a]:py-1';

/**
 * A cell of a `phoneRowClass` row: on a phone a line with the column's name (`label`) before the
 * value, or above it when `wide` (for what cannot wrap, chips); no line at all when there is no
 * value; a word too long for the line (an address) broken rather than pushing it sideways.
 * Elsewhere a plain cell.
 * The name is generated content (read aloud with the cell, as the hidden column header no longer
 * is), so the cell's text stays its value alone.
 */
export function PhoneField({ label, wide = false, className = '', children }: { label: string; wide?: boolean; className?: string; children: ReactNode }) {
  // Nothing to show: no child but null, false or an empty string.
  const empty = Children.toArray(children).every((child) => child === '');
  return (
    <td
      role="cell"
      data-label={label}
      className={`px-3 py-2 max-md:col-span-2 max-md:grid max-md:grid-cols-subgrid max-md:items-baseline max-md:gap-y-1 max-md:p-0 max-md:before:font-semibold max-md:before:text-muted max-md:before:content-[attr(data-label)] ${empty ? 'max-md:hidden' : ''} ${className}`}
    >
      <div className={`min-w-0 max-md:wrap-anywhere ${wide ? 'max-md:col-span-2' : ''}`}>{children}</div>
    </td>
  );
}

/**
 * A dashboard table: scrolls sideways on a narrow screen, named for screen readers by its
 * caption, one header cell per column (`columns`); the rows are the caller's. `stacked`: in a
 * box narrower than 48rem (a phone) each row is shown as a block of lines instead, for rows whose
 * controls must stay in sight (rows `stackedRowClass`, cells `stackedCell` with a `stackedLabel`).
 * `stacked="phone"`: the same on a screen narrower than 48rem, for rows of `phoneRowClass`.
 */
export function DataTable({ caption, columns, children, stacked = false }: { caption: string; columns: ReactNode[]; children: ReactNode; stacked?: boolean | 'phone' }) {
  const phone = stacked === 'phone';
  return (
    <div className={`relative overflow-x-auto rounded-lg border border-line bg-white ${stacked === true ? '@container' : ''}`}>
      {/* Roles written out: a table laid out as blocks (stacked) would lose them in some browsers. */}
      <table role="table" className={`w-full text-sm ${stacked === true ? '@max-3xl:block' : phone ? 'max-md:block' : ''}`}>
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className={`border-b border-line bg-surface ${stacked === true ? '@max-3xl:hidden' : phone ? 'max-md:hidden' : ''}`}>
          <tr role="row">
            {columns.map((column, i) => (
              <th key={i} role="columnheader" scope="col" className="px-3 py-2 text-start font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={stacked === true ? '@max-3xl:block' : phone ? 'max-md:block' : undefined}>
          {children}
        </tbody>
      </table>
    </div>
  );
}
