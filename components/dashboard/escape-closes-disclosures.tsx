'use client';

import { useEffect } from 'react';

/**
 * Escape closes the open disclosure the focus is in (a `<details data-escape-closes>`, such as
 * the account menu on a phone) and puts the focus back on its summary, as a menu would: a
 * keyboard user need not Tab back through it to close it. A disclosure whose summary is not
 * drawn (the account menu from 768 px, always shown) is left alone, and so is an Escape a
 * control inside already used (a list box closing).
 */
export function EscapeClosesDisclosures() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const open = document.activeElement?.closest<HTMLDetailsElement>('details[open][data-escape-closes]');
      const summary = open?.querySelector(':scope > summary');
      if (!open || !(summary instanceof HTMLElement) || summary.getClientRects().length === 0) return;
      open.open = false;
      summary.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
