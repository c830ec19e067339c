'use client';

import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { DiffView } from '@/components/dashboard/diff-view';
import type { FieldDiff } from '@/lib/revisions/diff';

/**
 * After a refused save: the difference between what is stored (theirs) and what the person
 * sent (theirs struck through, theirs underlined), and two ways on — keep my text and save over
 * the stored version, or load theirs into the form. `children` are the diffs (ConflictDiff).
 */
export function ConflictPanel({
  keepLabel,
  loadLabel,
  ready,
  readyLabel,
  onKeepMine,
  onLoadTheirs,
  children,
}: {
  keepLabel: string;
  /** The second way on, when it loads more (or other) than the text. */
  loadLabel?: string;
  /** True once "keep mine" is chosen: the next save goes over the stored version. */
  ready: boolean;
  readyLabel: string;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('Editor');
  const id = useId();
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-md border border-accent-700 bg-accent-100/40 p-4">
      <h2 id={id} className="text-lg">
        {t('conflictDiffHeading')}
      </h2>
      <p className="text-sm">{t('conflictDiffHint')}</p>
      {children}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-brand-800 bg-white px-3 py-2 text-sm font-semibold text-brand-800"
          onClick={onKeepMine}
          aria-pressed={ready}
        >
          {keepLabel}
        </button>
        <button type="button" className="rounded-md border border-line bg-white px-3 py-2 text-sm" onClick={onLoadTheirs}>
          {loadLabel ?? t('conflictLoadTheirs')}
        </button>
      </div>
      {ready && (
        <p role="status" className="text-sm font-semibold">
          {readyLabel}
        </p>
      )}
    </section>
  );
}

/** One diff of a conflict, worded from the person's side ("in your version:", "in theirs:"). */
export function ConflictDiff({ diffs, fields, lang, dir }: { diffs: FieldDiff[]; fields: Record<string, string>; lang?: string; dir?: 'ltr' | 'rtl' }) {
  const t = useTranslations('Editor');
  return <DiffView diffs={diffs} lang={lang} dir={dir} labels={{ added: t('diffMine'), removed: t('diffTheirs'), unchanged: t('diffNone'), fields }} />;
}
