'use client';

import { useActionState, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { escapeCancels, useQuestionFocus } from '@/components/dashboard/confirm-action';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { idleState, type ActionState } from '@/lib/action-state';
import { RETURN_NOTE_MAX, type DisplayStatus } from '@/lib/articles/workflow';
import { deleteTranslationAction, transitionAction, type StepRefusalData } from '../actions';
import type { StepTransition } from './editor-workflow';

export type { StepTransition } from './editor-workflow';
type Step = StepTransition | 'delete';

export interface WorkflowStepsProps {
  uiLocale: string;
  translationId: string;
  version: number;
  /** The workflow state the page shows: a step from a state that has changed since is refused. */
  stamp: string;
  available: StepTransition[];
  /** Readers never saw this translation: it can be deleted (lib/articles/workflow.ts). */
  deletable: boolean;
  /** In review rather than a draft: the delete step says "translation", not "draft". */
  inReview: boolean;
  /**
   * As shown: an archived translation's "unpublish" takes nothing off the site, it reopens it as
   * a draft; a scheduled one's cancels its coming out, and archiving it keeps it from coming out.
   */
  shown: DisplayStatus | null;
}

const DESTRUCTIVE: Step[] = ['unpublish', 'archive', 'delete'];

/**
 * Workflow steps that do not change the text (return to draft, unpublish, archive, delete a
 * draft readers never saw), each its own small form; the destructive ones ask for
 * confirmation. Disabled while the article form has unsaved changes, so a step never discards
 * what was typed.
 */
export function WorkflowSteps({
  uiLocale,
  translationId,
  version,
  stamp,
  available,
  deletable,
  inReview,
  shown,
  dirty,
  onCurrent,
}: WorkflowStepsProps & {
  dirty: boolean;
  /**
   * A step (or the deletion) refused for a translation changed since answers it as now stored:
   * the editor follows that state, and shows the text a colleague saved meanwhile, if any.
   */
  onCurrent: (answer: Required<Pick<StepRefusalData, 'current'>> & StepRefusalData) => void;
}) {
  const w = useTranslations('Workflow');
  const words = (step: Step) => {
    if (step === 'delete' && inReview) return 'deleteInReview';
    if (step === 'unpublish' && shown === 'archived') return 'reopen';
    if (step === 'unpublish' && shown === 'scheduled') return 'unschedule';
    if (step === 'archive' && shown === 'scheduled') return 'archiveScheduled';
    return step;
  };
  // Reopening an archived translation removes nothing readers see: no question asked.
  const destructive = (step: Step) => DESTRUCTIVE.includes(step) && words(step) !== 'reopen';
  const [confirming, setConfirming] = useState<Step | null>(null);
  const hydrated = useHydrated();
  // The steps are now those of the state stored: the question asked for the old one is closed, to be chosen again.
  const answered =
    (action: typeof transitionAction) =>
    async (state: ActionState, data: FormData): Promise<ActionState> => {
      const answer = (await action(state, data)) as ActionState<StepRefusalData>;
      if (answer.status === 'error' && answer.data?.current) {
        setConfirming(null);
        onCurrent({ ...answer.data, current: answer.data.current });
      }
      return answer;
    };
  const [stepState, dispatchStep] = useActionState<ActionState, FormData>(answered(transitionAction), idleState);
  const [deleteState, dispatchDelete] = useActionState<ActionState, FormData>(answered(deleteTranslationAction), idleState);
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  useQuestionFocus(confirming, sectionRef);
  const steps: Step[] = deletable ? [...available, 'delete'] : available;
  const state = deleteState.status === 'error' ? deleteState : stepState;
  // No step left from the state a refusal answered (a writer's draft published meanwhile): the refusal is still said.
  if (steps.length === 0 && state.status !== 'error') return null;
  return (
    <section ref={sectionRef} aria-labelledby={headingId} className="space-y-3 rounded-md border border-line bg-white p-4">
      <h2 id={headingId} className="text-base">
        {w('otherSteps')}
      </h2>
      {state.status === 'error' && <Alert tone="error">{state.formError}</Alert>}
      {dirty && <p className="text-sm text-muted">{w('saveFirst')}</p>}
      <div className="flex flex-wrap gap-2">
        {steps.map((step) => (
          <form
            key={step}
            data-question={step}
            action={step === 'delete' ? dispatchDelete : dispatchStep}
            onKeyDown={confirming === step ? escapeCancels(() => setConfirming(null)) : undefined}
            className={step === 'return' ? 'w-full space-y-2' : 'flex flex-wrap items-center gap-2'}>
            <input type="hidden" name="locale" value={uiLocale} />
            <input type="hidden" name="translationId" value={translationId} />
            <input type="hidden" name="baseVersion" value={version} />
            <input type="hidden" name="baseState" value={stamp} />
            {step !== 'delete' && <input type="hidden" name="transition" value={step} />}
            {step === 'return' && (
              <TextAreaField
                name="note"
                label={w('returnNote')}
                hint={w('returnNoteHint')}
                rows={3}
                maxLength={RETURN_NOTE_MAX}
                defaultValue={state.status === 'error' ? String(state.values?.note ?? '') : ''}
                error={state.status === 'error' ? state.fieldErrors?.note : undefined}
              />
            )}
            {destructive(step) && confirming !== step ? (
              <button
                type="button"
                data-question-trigger
                // Not before hydration either: pressed then, it asked nothing and said nothing
                // (components/dashboard/confirm-action.tsx does the same).
                disabled={dirty || !hydrated}
                onClick={() => setConfirming(step)}
                className="min-h-10 rounded-md border border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-50"
              >
                {w(`step.${words(step)}`)}
              </button>
            ) : destructive(step) ? (
              <>
                <span className="text-sm font-semibold" role="status">
                  {w(`confirm.${words(step)}`)}
                </span>
                <SubmitButton needsScript variant="danger" disabled={dirty} pendingLabel={w('working')}>
                  {w(`confirmButton.${words(step) === 'unschedule' ? 'unschedule' : step}`)}
                </SubmitButton>
                <button type="button" data-question-safe onClick={() => setConfirming(null)} className="min-h-10 rounded-md px-3 text-brand-800">
                  {w('cancel')}
                </button>
              </>
            ) : (
              <SubmitButton needsScript variant="secondary" disabled={dirty} pendingLabel={w('working')}>
                {w(`step.${words(step)}`)}
              </SubmitButton>
            )}
          </form>
        ))}
      </div>
    </section>
  );
}
