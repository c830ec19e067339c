'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

const variants = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900 disabled:bg-brand-700/60',
  secondary: 'border border-brand-800 bg-white text-brand-800 hover:bg-brand-50',
  danger: 'bg-red-800 text-white hover:bg-red-900',
  ghost: 'text-brand-800 hover:bg-brand-50',
} as const;

export const buttonClass = (variant: keyof typeof variants = 'primary') =>
  `inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold ${variants[variant]}`;

/** A submit button that says, in words, that the form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string; variant?: keyof typeof variants }) {
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
