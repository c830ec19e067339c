import type { ReactNode } from 'react';

/** Row borders of a DataTable body. */
export const rowClass = 'border-b border-line align-top last:border-0';

/**
 * A dashboard table: scrolls sideways on a narrow screen, named for screen readers by its
 * caption, one header cell per column (`columns`); the rows are the caller's.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-3 py-2 text-start font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
