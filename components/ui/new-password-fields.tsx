'use client';

import { TextField } from '@/components/ui/field';

/** A new password typed twice (first admin, one-time link, own account): the browser may suggest a strong one. */
export function NewPasswordFields({
  labels,
  errors,
}: {
  labels: { password: string; passwordHint: string; passwordConfirm: string };
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextField name="password" type="password" autoComplete="new-password" required label={labels.password} hint={labels.passwordHint} error={errors.password} />
      <TextField name="passwordConfirm" type="password" autoComplete="new-password" required label={labels.passwordConfirm} error={errors.passwordConfirm} />
    </>
  );
}
