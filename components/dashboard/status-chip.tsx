import type { MatrixState } from '@/lib/articles/workflow';

/**
 * A workflow state as a chip: always a word (the label), with a shape and colour that only
 * repeat it. Server-safe; the label comes translated from the caller.
 */
/** `offline`: published, yet readers cannot reach it (an organization page under an unpublished one). */
type ChipState = MatrixState | 'outdated' | 'returned' | 'offline';

const styles: Record<ChipState, string> = {
  missing: 'border border-dashed border-line bg-white text-muted',
  draft: 'border border-slate-400 bg-slate-100 text-slate-800',
  in_review: 'border border-amber-600 bg-amber-50 text-amber-900',
  scheduled: 'border border-brand-700 bg-brand-50 text-brand-900',
  published: 'border border-green-700 bg-green-50 text-green-900',
  archived: 'border border-slate-600 bg-slate-200 text-slate-800',
  outdated: 'border border-orange-700 bg-orange-50 text-orange-900',
  returned: 'border border-red-700 bg-red-50 text-red-900',
  offline: 'border border-dashed border-orange-700 bg-orange-50 text-orange-900',
};

const marks: Record<ChipState, string> = {
  missing: '○',
  draft: '✎',
  in_review: '◔',
  scheduled: '◷',
  published: '●',
  archived: '▪',
  outdated: '⚠',
  returned: '↩',
  offline: '⊘',
};

export function StatusChip({ state, label, title }: { state: ChipState; label: string; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${styles[state]}`}>
      <span aria-hidden="true">{marks[state]}</span>
      {label}
    </span>
  );
}
