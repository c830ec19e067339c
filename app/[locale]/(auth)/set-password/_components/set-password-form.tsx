'use client';

import { AuthForm } from '../../_components/auth-form';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
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
  return (
    <AuthForm action={setPasswordAction} hidden={{ locale, token }} submit={labels.submit} submitting={labels.submitting}>
      {({ errors }) => (
        <>
          {/* Lets password managers file the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <NewPasswordFields labels={labels} errors={errors} />
        </>
      )}
    </AuthForm>
  );
}
