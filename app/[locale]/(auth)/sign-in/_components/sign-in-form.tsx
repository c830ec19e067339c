'use client';

import type { ReactNode } from 'react';
import { EmailField, TextField } from '@/components/ui/field';
import { AuthForm } from '../../_components/auth-form';
import { signInAction } from '../actions';

export function SignInForm({
  locale,
  next,
  labels,
  notice,
}: {
  locale: string;
  next: string;
  /** Why the person is here, until they send the form (AuthForm `notice`). */
  notice?: ReactNode;
  labels: { email: string; password: string; submit: string; submitting: string };
}) {
  return (
    <AuthForm action={signInAction} hidden={{ locale, next }} submit={labels.submit} submitting={labels.submitting} notice={notice}>
      {({ values, errors }) => (
        <>
          <EmailField name="email" autoComplete="username" required label={labels.email} defaultValue={values.email ?? ''} error={errors.email} />
          <TextField name="password" type="password" autoComplete="current-password" required label={labels.password} error={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
