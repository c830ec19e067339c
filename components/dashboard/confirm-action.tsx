'use client';

import { useActionState, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton, buttonClass } from '@/components/ui/button';
import { idleState, type ActionState } from '@/lib/action-state';
import { useHydrated } from '@/components/ui/use-hydrated';

export interface ConfirmActionLabels {
  /** The button that starts it ("Archive"). */
  trigger: string;
  /** Shown once the trigger is pressed; omit to act at once (harmless actions). Markup may mark a name's language. */
  question?: ReactNode;
  confirm?: string;
  cancel?: string;
  pending: string;
}

/**
 * Where the focus goes when an inline question opens and closes (WCAG 2.4.3): into the question
 * when `open` names one — its first field, else its safe answer (`data-question-safe`: cancel,
 * so a second Enter never confirms a destructive step unread; WAI-ARIA's advice for such
 * questions), else its confirm button — and back to that question's trigger when it closes, so a
 * keyboard user is never dropped on the page's body. Each question sits in an element
 * `data-question="<key>"` (`root` itself or one under it), its trigger marked
 * `data-question-trigger`.
 */
export function useQuestionFocus(open: string | null, root: RefObject<HTMLElement | null>) {
  const last = useRef<string | null>(null);
  useEffect(() => {
    // The root may be the question itself (ConfirmAction's form) or hold several (WorkflowSteps).
    const scope = (key: string) => {
      const selector = `[data-question="${key}"]`;
      return root.current?.matches(selector) ? root.current : root.current?.querySelector<HTMLElement>(selector);
    };
    if (open) {
      const question = scope(open);
      const first = (selector: string) => question?.querySelector<HTMLElement>(selector);
      (first('input:not([type="hidden"]), textarea') ?? first('[data-question-safe]') ?? first('button[type="submit"]'))?.focus();
    }
    else if (last.current) scope(last.current)?.querySelector<HTMLElement>('[data-question-trigger]')?.focus();
    last.current = open;
  }, [open, root]);
}

/**
 * Escape in an open inline question cancels it, as in a dialog; the focus then goes back to its
 * trigger (useQuestionFocus). For the element holding the question's controls.
 */
export function escapeCancels(cancel: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    cancel();
  };
}

/**
 * One action button with its hidden fields. A destructive action asks first, inline (the
 * question and a confirm button replace the trigger and take the focus; Escape or its cancel
 * button puts the trigger back), and any refusal from the server is shown right there.
 */
export function ConfirmAction<T = unknown>({
  action,
  locale,
  fields,
  labels,
  variant = 'secondary',
  children,
  renderDone,
}: {
  action: (state: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  locale: string;
  fields: Record<string, string>;
  labels: ConfirmActionLabels;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Extra inputs shown with the question (e.g. a confirmation checkbox). */
  children?: ReactNode;
  /** From a client parent: what replaces the button once the action succeeded (e.g. a link to pass on). */
  renderDone?: (state: Extract<ActionState<T>, { status: 'ok' }>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, idleState as ActionState<T>);
  const [asking, setAsking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const questionId = useId();
  useQuestionFocus(asking ? 'confirm' : null, formRef);
  const hydrated = useHydrated();

  if (state.status === 'ok' && renderDone) return <>{renderDone(state)}</>;
  return (
    <form ref={formRef} action={formAction} data-question="confirm" className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.status === 'error' && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {state.status === 'ok' && state.message && (
        <Alert tone="success" announce="page">
          {state.message}
        </Alert>
      )}
      {labels.question && !asking ? (
        // Disabled until hydrated: pressed before, it would do nothing, with nothing to say so
        // (as SubmitButton's needsScript, components/ui/button.tsx).
        <button
          type="button"
          data-question-trigger
          disabled={!hydrated}
          className={buttonClass(variant === 'danger' ? 'secondary' : variant)}
          onClick={() => setAsking(true)}
        >
          {labels.trigger}
        </button>
      ) : labels.question ? (
        <div role="group" aria-labelledby={questionId} onKeyDown={escapeCancels(() => setAsking(false))} className="space-y-2 rounded-md border border-line bg-surface p-3">
          <p id={questionId} className="font-semibold">
            {labels.question}
          </p>
          {children}
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant={variant} pendingLabel={labels.pending}>
              {labels.confirm ?? labels.trigger}
            </SubmitButton>
            <button type="button" data-question-safe className={buttonClass('ghost')} onClick={() => setAsking(false)}>
              {labels.cancel}
            </button>
          </div>
        </div>
      ) : (
        <SubmitButton variant={variant} pendingLabel={labels.pending}>
          {labels.trigger}
        </SubmitButton>
      )}
    </form>
  );
}
