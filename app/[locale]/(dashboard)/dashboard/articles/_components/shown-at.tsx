'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { displayStatusAt, untilShownChange, type DisplayStatus } from '@/lib/articles/workflow';

const ShownAt = createContext<Date | null>(null);

/**
 * The clock of an editor left open: a scheduled translation comes out at its time, and the page
 * then shows what it would show read anew (published). One timer, set from the publish time the
 * page (or a refused save's answer) gave for the state shown, `status` at `publishAt`: no asking
 * the server. Nothing stored changes then, so nothing else moves: the stamp a save sends is the same.
 */
export function ShownAtClock({ status, publishAt, children }: { status: DisplayStatus | null; publishAt: string | null; children: ReactNode }) {
  const [now, setNow] = useState<Date | null>(null);
  const shown = status && now ? displayStatusAt(status, publishAt, now) : status;
  useEffect(() => {
    const wait = shown ? untilShownChange(shown, publishAt, new Date()) : null;
    if (wait === null) return;
    // Set again when it fires short of the time (a wait longer than a timer takes, a clock moved).
    const timer = setTimeout(() => setNow(new Date()), wait);
    return () => clearTimeout(timer);
  }, [shown, publishAt, now]);
  return <ShownAt value={now}>{children}</ShownAt>;
}

/** The time the editor shows its state at (headerAt, workflowAt): null, the page's, until a schedule shown has come out. */
export function useShownAt(): Date | null {
  return useContext(ShownAt);
}
