'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { nextShownChange, untilShownChange, type DisplayStatus } from '@/lib/articles/workflow';

const ShownAt = createContext<Date | null>(null);

/** A state a page shows, from the publish time the page (or a refused save's answer) gave for it. */
export interface ShownState {
  status: DisplayStatus;
  /** ISO 8601, UTC. */
  publishAt: string | null;
}

/**
 * The clock of an editor left open: a scheduled translation comes out at its time, and the page
 * then shows what it would show read anew (published). One timer for all the states shown (the
 * language edited and the others in the tabs, `states`), set for the first to come out, then for
 * the next: no asking the server. Nothing stored changes then, so nothing else moves: the stamp
 * a save sends is the same.
 */
export function ShownAtClock({ states, children }: { states: readonly ShownState[]; children: ReactNode }) {
  const [now, setNow] = useState<Date | null>(null);
  const next = nextShownChange(states, now)?.getTime() ?? null;
  useEffect(() => {
    if (next === null) return;
    // Set again when it fires short of the time (a wait longer than a timer takes, a clock moved).
    const timer = setTimeout(() => setNow(new Date()), untilShownChange('scheduled', new Date(next), new Date()) ?? 0);
    return () => clearTimeout(timer);
  }, [next, now]);
  return <ShownAt value={now}>{children}</ShownAt>;
}

/** The time the editor shows its states at (headerAt, workflowAt, the tabs): null, the page's, until a schedule shown has come out. */
export function useShownAt(): Date | null {
  return useContext(ShownAt);
}
