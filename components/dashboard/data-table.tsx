import type { ReactNode } from 'react';

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
 * A dashboard table: scrolls sideways on a narrow screen, named for screen readers by its
 * caption, one header cell per column (`columns`); the rows are the caller's. `stacked`: in a
 * box narrower than 48rem (a phone) each row is shown as a block of lines instead, for rows whose
 * controls must stay in sight (rows `stackedRowClass`, cells `stackedCell` with a `stackedLabel`).
 */
export function DataTable({ caption, columns, children, stacked = false }: { caption: string; columns: ReactNode[]; children: ReactNode; stacked?: boolean }) {
  return (
    <div className={`relative overflow-x-auto rounded-lg border border-line bg-white ${stacked ? '@container' : ''}`}>
      {/* Roles written out: a table laid out as blocks (stacked) would lose them in some browsers. */}
      <table role="table" className={`w-full text-sm ${stacked ? '@max-3xl:block' : ''}`}>
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className={`border-b border-line bg-surface ${stacked ? '@max-3xl:hidden' : ''}`}>
          <tr role="row">
            {columns.map((column, i) => (
              <th key={i} role="columnheader" scope="col" className="px-3 py-2 text-start font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className={stacked ? '@max-3xl:block' : undefined}>{children}</tbody>
      </table>
    </div>
  );
}
