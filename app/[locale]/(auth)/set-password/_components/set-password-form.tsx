'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';
import { setPasswordAction } from '../actions';

export function SetPasswordForm({
  locale,
  token,
  email,
  labels,
}: {
  locale: string;
  token: string;
  email: string;
  labels: { password: string; passwordHint: string; passwordConfirm: string; submit: string; submitting: string };
}) {
  const [state, action] = useActionState<ActionState, FormData>(setPasswordAction, idleState);
  const errors = state.status === 'error' ? state : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {errors?.formError && <Alert tone="error">{errors.formError}</Alert>}
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
