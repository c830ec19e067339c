import type { ReactNode } from 'react';

const tones = {
  neutral: 'border-line bg-surface text-ink',
  success: 'border-green-700 bg-green-50 text-green-900',
  warning: 'border-accent-700 bg-accent-100 text-ink',
  danger: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-brand-700 bg-brand-50 text-brand-950',
} as const;

export type ChipTone = keyof typeof tones;

/** A status in words (the colour only repeats what the word says), e.g. "Archived". */
export function Chip({ tone = 'neutral', children }: { tone?: ChipTone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}>{children}</span>
  );
}
