/**
 * Button looks, usable from server components too (a link styled as a button): button.tsx is
 * a client module, whose exports a server component cannot call.
 */
const variants = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900 disabled:bg-brand-700/60',
  secondary: 'border border-brand-800 bg-white text-brand-800 hover:bg-brand-50',
  danger: 'bg-red-800 text-white hover:bg-red-900',
  ghost: 'text-brand-800 hover:bg-brand-50',
} as const;

export type ButtonVariant = keyof typeof variants;

export const buttonClass = (variant: ButtonVariant = 'primary') =>
  `inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-center font-semibold ${variants[variant]}`;
