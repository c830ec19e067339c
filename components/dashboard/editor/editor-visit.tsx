'use client';

import { Fragment, useState, type ReactNode } from 'react';

/**
 * One visit of a screen that starts empty (a new release): a new visit (`visit`, a value drawn
 * for each one) starts it afresh, even where the router kept the previous one mounted; a page
 * drawn again to answer an action (`visit` null: lib/action-render.ts) keeps the one open, and
 * everything typed in it.
 */
export function EditorVisit({ visit, children }: { visit: string | null; children: ReactNode }) {
  const [kept, setKept] = useState(visit ?? '');
  if (visit !== null && visit !== kept) setKept(visit);
  return <Fragment key={visit ?? kept}>{children}</Fragment>;
}
