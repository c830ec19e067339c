'use client';

import { EmailField, TextField } from '@/components/ui/field';
import { AuthForm } from '../../_components/auth-form';
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
  return (
    <AuthForm action={signInAction} hidden={{ locale, next }} submit={labels.submit} submitting={labels.submitting}>
      {({ values, errors }) => (
        <>
          <EmailField name="email" autoComplete="username" required label={labels.email} defaultValue={values.email ?? ''} error={errors.email} />
          <TextField name="password" type="password" autoComplete="current-password" required label={labels.password} error={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
