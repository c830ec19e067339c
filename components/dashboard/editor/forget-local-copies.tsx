'use client';

import { useEffect, useRef } from 'react';
import { browserStorage, removeAllLocalCopies } from './local-copy';

/**
 * Placed in a sign-out form: as it is sent, every copy of unsaved text this browser keeps
 * (./local-copy.ts), whoever's, is removed — on a shared computer nothing typed stays behind.
 */
export function ForgetLocalCopiesOnSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const forget = () => removeAllLocalCopies(browserStorage());
    form.addEventListener('submit', forget);
    return () => form.removeEventListener('submit', forget);
  }, []);
  return <span ref={ref} hidden />;
}

/** On the page a sign-out ends on: the same, for a sign-out sent before the page's script ran. */
export function ForgetLocalCopies() {
  useEffect(() => removeAllLocalCopies(browserStorage()), []);
  return null;
}
