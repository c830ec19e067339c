'use client';

import { useActionState, type ReactNode } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormProblem } from '@/components/ui/form-problem';
import { idleState, type ActionState } from '@/lib/action-state';

export interface AuthFormAnswer {
  /** What was sent, to show again (never a password: lib/actions.ts leaves secrets out). */
  values: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * The frame of the sign-in, first-admin and set-password forms: their action, hidden fields,
 * the form's message (focused after a refusal), the fields (given what the last answer said) and one wide submit button.
 * `notice`: what the page has to say before anything is sent (why the person is here); the
 * first answer takes its place, so the same sentence is never shown twice.
 */
export function AuthForm({
  action,
  hidden,
  submit,
  submitting,
  notice,
  children,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  notice?: ReactNode;
  hidden: Record<string, string>;
  submit: string;
  submitting: string;
  children: (answer: AuthFormAnswer) => ReactNode;
}) {
  const [state, dispatch] = useActionState<ActionState, FormData>(action, idleState);
  const failed = state.status === 'error' ? state : undefined;
  return (
    <form action={dispatch} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'idle' && notice}
      <FormProblem refusal={failed} />
      {children({ values: failed?.values ?? {}, errors: failed?.fieldErrors ?? {} })}
      <SubmitButton pendingLabel={submitting} className="w-full">
        {submit}
      </SubmitButton>
    </form>
  );
}
