'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';
import { signInAction } from '../actions';

export function SignInForm({
  locale,
  next,
  labels,
}: {
  locale: string;
  next: string;
  labels: { email: string; password: string; submit: string; submitting: string };
}) {
  const [state, action] = useActionState<ActionState, FormData>(signInAction, idleState);
  const errors = state.status === 'error' ? state : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {errors?.formError && <Alert tone="error">{errors.formError}</Alert>}
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        required
        label={labels.email}
        defaultValue={errors?.values?.email ?? ''}
        error={errors?.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={labels.password}
        error={errors?.fieldErrors?.password}
      />
      <SubmitButton pendingLabel={labels.submitting} className="w-full">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
