'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';
import { setupAction } from '../actions';

export function SetupForm({
  locale,
  token,
  labels,
}: {
  locale: string;
  token: string;
  labels: { name: string; email: string; password: string; passwordHint: string; passwordConfirm: string; submit: string; submitting: string };
}) {
  const [state, action] = useActionState<ActionState, FormData>(setupAction, idleState);
  const errors = state.status === 'error' ? state : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {errors?.formError && <Alert tone="error">{errors.formError}</Alert>}
      <TextField name="name" autoComplete="name" required label={labels.name} defaultValue={errors?.values?.name ?? ''} error={errors?.fieldErrors?.name} />
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
        autoComplete="new-password"
        required
        label={labels.password}
        hint={labels.passwordHint}
        error={errors?.fieldErrors?.password}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        label={labels.passwordConfirm}
        error={errors?.fieldErrors?.passwordConfirm}
      />
      <SubmitButton pendingLabel={labels.submitting} className="w-full">
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
