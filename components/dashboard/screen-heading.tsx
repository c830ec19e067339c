import type { ReactNode } from 'react';

/** A dashboard screen's title, with its main actions (a "New …" link, an export) at the end of the line. */
export function ScreenHeading({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl">{title}</h1>
      {children}
    </div>
  );
}
