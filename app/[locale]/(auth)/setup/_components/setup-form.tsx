'use client';

import { EmailField, TextField } from '@/components/ui/field';
import { AuthForm } from '../../_components/auth-form';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
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
  return (
    <AuthForm action={setupAction} hidden={{ locale, token }} submit={labels.submit} submitting={labels.submitting}>
      {({ values, errors }) => (
        <>
          <TextField name="name" autoComplete="name" required label={labels.name} defaultValue={values.name ?? ''} error={errors.name} />
          <EmailField name="email" autoComplete="username" required label={labels.email} defaultValue={values.email ?? ''} error={errors.email} />
          <NewPasswordFields labels={labels} errors={errors} />
        </>
      )}
    </AuthForm>
  );
}
