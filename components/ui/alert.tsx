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
 * lets the focus find an action's confirmation (components/ui/focus.ts). `announce={false}` leaves
 * the role to a live region around it that was on the page before the message came (a region
 * added with its message already inside is not reliably announced). `announce="page"`: the
 * answer to something done in the dashboard, said by the page's own live region
 * (components/dashboard/page-announcer.tsx) as it appears, or as a save brings it back, even
 * where the focus stays on the button pressed.
 */
export function Alert({ tone, children, id, announce = true }: { tone: keyof typeof tones; children: ReactNode; id?: string; announce?: boolean | 'page' }) {
  const role = announce === true ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div
      id={id}
      data-tone={tone}
      role={role}
      data-announce={announce === 'page' ? '' : undefined}
      className={`rounded-md border-s-4 px-4 py-3 ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
