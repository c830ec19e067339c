'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from './button-class';
import { useHydrated } from './use-hydrated';

export { buttonClass };

/**
 * A submit button that says, in words, that the form is being sent. `needsScript`: for forms
 * whose fields live in React state (the text editors): such a form cannot be sent before its
 * part of the page is hydrated, and a press in that moment was silently lost, so the button
 * stays disabled until then (a fraction of a second; the other forms also work without script).
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  needsScript = false,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: ButtonVariant; needsScript?: boolean }) {
  const { pending } = useFormStatus();
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      {...rest}
      disabled={pending || rest.disabled || (needsScript && !hydrated)}
      aria-disabled={pending || undefined}
      className={`${buttonClass(variant)} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
