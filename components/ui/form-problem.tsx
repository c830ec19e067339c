'use client';

import { useRef } from 'react';
import { Alert } from './alert';
import { useProblemFocus } from './focus';
import { InvalidFieldLinks } from './invalid-fields';

/**
 * A form's message after a refusal, above its fields, and where the focus goes on each new
 * refusal (or, with no message, to the first invalid field): components/ui/focus.ts. Under the
 * message, a link to each field to correct.
 */
export function FormProblem({ refusal }: { refusal?: { formError?: string } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useProblemFocus(refusal, ref);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none empty:hidden">
      {refusal?.formError && (
        <Alert tone="error">
          <p>{refusal.formError}</p>
          <InvalidFieldLinks box={ref} />
        </Alert>
      )}
    </div>
  );
}
