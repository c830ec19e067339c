'use client';

import { useEffect } from 'react';

/**
 * While `dirty` (something typed is not saved yet), leaving the page — a reload, closing the
 * tab, another address typed — asks first: the browser's own question, in its own language.
 */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
