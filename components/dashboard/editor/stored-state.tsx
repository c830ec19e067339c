'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * The text as stored, once a save (or a step) was refused for a version or a state someone else
 * saved since the page was read: the editors (releases, organization pages) answer it with the
 * refusal, computed by the same function as the page computes it as it opens, and show it —
 * in the header and the panels the page draws around the form, and in what the form does — in
 * place of what the page read, while the form keeps the person's text.
 *
 * `storedStateScope` makes the context the page's parts beside the form read it from: held for
 * one opening of the editor (the scope is keyed as the editor is), the page drawn anew after a
 * save starts from what it reads.
 */
export function storedStateScope<S>() {
  const Stored = createContext<{ current: S | null; show: (state: S) => void }>({ current: null, show: () => {} });
  function Scope({ children }: { children: ReactNode }) {
    const [current, show] = useState<S | null>(null);
    return <Stored value={{ current, show }}>{children}</Stored>;
  }
  return {
    Scope,
    /** For the editor: shows the state a refused save met. */
    useShow: (): ((state: S) => void) => useContext(Stored).show,
    /** The state a refused save met, if any (else what the page read is shown). */
    useCurrent: (): S | null => useContext(Stored).current,
  };
}

/**
 * The state the form acts on: `fromPage`, the page's, until it is set (a refused save answered
 * the state stored since); the page drawn again with another one (an action expired it) starts
 * it anew. Compared by value: the page's is a fresh object at each drawing.
 */
export function usePageState<S>(fromPage: S): [S, (state: S) => void] {
  const [state, setState] = useState(fromPage);
  const drawn = JSON.stringify(fromPage);
  const [seen, setSeen] = useState(drawn);
  if (drawn !== seen) {
    setSeen(drawn);
    setState(fromPage);
  }
  return [state, setState];
}

/** Calls `follow` once for each new refusal answer (`answered`, by identity), as the form renders it. */
export function useOnAnswer<A>(answered: A | undefined | null, follow: (answer: A) => void): void {
  const [seen, setSeen] = useState<A | undefined | null>(undefined);
  if (answered && answered !== seen) {
    setSeen(answered);
    follow(answered);
  }
}
