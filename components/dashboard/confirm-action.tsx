'use client';

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton, buttonClass } from '@/components/ui/button';
import { idleState, type ActionState } from '@/lib/action-state';

export interface ConfirmActionLabels {
  /** The button that starts it ("Archive"). */
  trigger: string;
  /** Shown once the trigger is pressed; omit to act at once (harmless actions). */
  question?: string;
  confirm?: string;
  cancel?: string;
  pending: string;
}

/**
 * One action button with its hidden fields. A destructive action asks first, inline (the
 * question and a confirm button replace the trigger and take the focus), and any refusal from
 * the server is shown right there.
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
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLElement>('input, button[type="submit"]')?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (state.status === 'ok' && renderDone) return <>{renderDone(state)}</>;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {state.status === 'error' && state.formError && <Alert tone="error">{state.formError}</Alert>}
      {state.status === 'ok' && state.message && <Alert tone="success">{state.message}</Alert>}
      {labels.question && !asking ? (
        <button ref={triggerRef} type="button" className={buttonClass(variant === 'danger' ? 'secondary' : variant)} onClick={() => setAsking(true)}>
          {labels.trigger}
        </button>
      ) : labels.question ? (
        <div ref={confirmRef} role="group" aria-label={labels.trigger} className="space-y-2 rounded-md border border-line bg-surface p-3">
          <p className="font-semibold">{labels.question}</p>
          {children}
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant={variant} pendingLabel={labels.pending}>
              {labels.confirm ?? labels.trigger}
            </SubmitButton>
            <button type="button" className={buttonClass('ghost')} onClick={() => setAsking(false)}>
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
