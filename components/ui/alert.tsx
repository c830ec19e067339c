import type { ReactNode } from 'react';

const tones = {
  error: 'border-red-700 bg-red-50 text-red-900',
  success: 'border-green-700 bg-green-50 text-green-900',
  info: 'border-brand-700 bg-brand-50 text-brand-950',
  warning: 'border-accent-700 bg-accent-100 text-ink',
} as const;

/**
 * A message box. Errors and confirmations use role="alert"/"status" so they are announced;
 * the tone is also said in words by the message itself, never by colour alone. `data-tone`
 * lets the focus find an action's confirmation (components/ui/focus.ts).
 */
export function Alert({ tone, children, id }: { tone: keyof typeof tones; children: ReactNode; id?: string }) {
  return (
    <div id={id} data-tone={tone} role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border-s-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
