'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { DiffView } from '@/components/dashboard/diff-view';
import { escapeCancels } from '@/components/dashboard/confirm-action';
import { SubmitButton, buttonClass } from '@/components/ui/button';
import type { FieldDiff } from '@/lib/revisions/diff';

const keepClass = 'rounded-md border border-brand-800 bg-white px-3 py-2 text-sm font-semibold text-brand-800';
const otherClass = 'rounded-md border border-line bg-white px-3 py-2 text-sm';

/**
 * After a refused save: the difference between what is stored (theirs) and what the person
 * sent (theirs struck through, theirs underlined), and two ways on — keep my text and save over
 * the stored version, or load theirs into the form. `children` are the diffs (ConflictDiff), or
 * whatever shows the other version (the office form lists their values field by field).
 *
 * "Keep mine" either marks the next save as going over theirs (`onKeepMine`, the text editors),
 * or, without `onKeepMine`, is itself a submit button of the surrounding form that saves at once
 * (`keepPending` is its label while sending). "Load theirs" replaces what the person typed: with
 * `loadQuestion` it asks first, inline (Escape or cancel puts the button back).
 */
export function ConflictPanel({
  heading,
  stamp,
  hint,
  keepLabel,
  keepPending,
  loadLabel,
  loadQuestion,
  ready = false,
  readyLabel,
  onKeepMine,
  onLoadTheirs,
  children,
}: {
  heading?: string;
  /** Under the heading: when their version was saved. */
  stamp?: ReactNode;
  hint?: string;
  keepLabel: string;
  /** Label of the submitting "keep mine" button while the form is sent (when there is no `onKeepMine`). */
  keepPending?: string;
  /** The second way on, when it loads more (or other) than the text. */
  loadLabel?: string;
  loadQuestion?: { question: string; confirm: string; cancel: string };
  /** True once "keep mine" is chosen: the next save goes over the stored version. */
  ready?: boolean;
  readyLabel?: string;
  onKeepMine?: () => void;
  onLoadTheirs: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('Editor');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // The question takes the focus (its safe answer, as every inline question: confirm-action.tsx)
  // and gives it back to its trigger when cancelled.
  useEffect(() => {
    if (asking) question.current?.querySelector<HTMLElement>('[data-question-safe]')?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const load = loadLabel ?? t('conflictLoadTheirs');
  // Beside a submit button (the form's own look), the other buttons take the form's look too.
  const other = onKeepMine ? otherClass : buttonClass('secondary');
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-md border border-accent-700 bg-accent-100/40 p-4">
      <h2 id={id} className="text-lg">
        {heading ?? t('conflictDiffHeading')}
      </h2>
      {stamp && <p className="text-sm font-semibold">{stamp}</p>}
      <p className="text-sm">{hint ?? t('conflictDiffHint')}</p>
      {children}
      {asking && loadQuestion ? (
        <div ref={question} role="group" aria-labelledby={questionId} className="space-y-2" onKeyDown={escapeCancels(() => setAsking(false))}>
          <p id={questionId} className="text-sm font-semibold">
            {loadQuestion.question}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={onKeepMine ? 'rounded-md border border-red-700 bg-white px-3 py-2 text-sm font-semibold text-red-800' : buttonClass('danger')}
              onClick={() => {
                wasAsking.current = false;
                setAsking(false);
                onLoadTheirs();
              }}
            >
              {loadQuestion.confirm}
            </button>
            <button type="button" data-question-safe className={other} onClick={() => setAsking(false)}>
              {loadQuestion.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {onKeepMine ? (
            <button type="button" className={keepClass} onClick={onKeepMine} aria-pressed={ready}>
              {keepLabel}
            </button>
          ) : (
            <SubmitButton variant="primary" pendingLabel={keepPending ?? keepLabel}>
              {keepLabel}
            </SubmitButton>
          )}
          <button ref={trigger} type="button" className={other} onClick={() => (loadQuestion ? setAsking(true) : onLoadTheirs())}>
            {load}
          </button>
        </div>
      )}
      {ready && readyLabel && (
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
