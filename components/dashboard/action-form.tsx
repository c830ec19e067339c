'use client';

import { useActionState, type ReactNode } from 'react';
import { FormProblem } from '@/components/ui/form-problem';
import { idleState, type ActionState } from '@/lib/action-state';

/**
 * A dashboard form's last answer as the form shows it: after a refusal the values sent (nothing
 * typed is lost) and each field's message; before, the record's own values.
 */
export function useActionAnswer<T = unknown>(action: (state: ActionState<T>, form: FormData) => Promise<ActionState<T>>, initial: Record<string, string> = {}) {
  const [state, formAction] = useActionState(action, idleState as ActionState<T>);
  const error = state.status === 'error' ? state : undefined;
  return {
    state,
    formAction,
    error,
    values: error?.values ?? initial,
    fieldError: (field: string) => error?.fieldErrors?.[field],
  };
}

/**
 * The frame of a form posting to a defineAction: the interface language and the record's
 * identity (id, version) as hidden inputs, the form's message above the fields, taking the
 * focus after each refusal.
 */
export function ActionFormFrame({
  formAction,
  locale,
  hidden = {},
  refusal,
  className,
  children,
}: {
  formAction: (form: FormData) => void;
  locale: string;
  /** Left out when empty (a new record has no id yet). */
  hidden?: Record<string, string | undefined>;
  /** The last answer when it was a refusal. */
  refusal?: { formError?: string };
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={formAction} noValidate className={className}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <FormProblem refusal={refusal} />
      {children}
    </form>
  );
}
