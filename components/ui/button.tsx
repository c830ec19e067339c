'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonVariant } from './button-class';

export { buttonClass };

/** A submit button that says, in words, that the form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      {...rest}
      disabled={pending || rest.disabled}
      aria-disabled={pending || undefined}
      className={`${buttonClass(variant)} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
