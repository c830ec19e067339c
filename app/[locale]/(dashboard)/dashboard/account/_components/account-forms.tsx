'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { NewPasswordFields } from '@/components/ui/new-password-fields';
import type { ActionState } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The person's own name, as colleagues see it. */
export function OwnNameForm({ action, locale, name }: { action: Action; locale: string; name: string }) {
  const t = useTranslations('AccountForm');
  const { formAction, error, values, fieldError, guard } = useActionAnswer(action, { name });
  return (
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} refusal={error} className="space-y-4">
      <TextField name="name" label={t('name')} hint={t('nameHint')} autoComplete="name" required defaultValue={values.name ?? ''} error={fieldError('name')} />
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('saveName')}
      </SubmitButton>
    </ActionFormFrame>
  );
}

/**
 * The person's own password: the current one, then the new one twice. Passwords are never sent
 * back (lib/actions.ts): after a refusal the fields are empty again, the reason at its field.
 */
export function OwnPasswordForm({ action, locale, email, passwordHint }: { action: Action; locale: string; email: string; passwordHint: string }) {
  const t = useTranslations('AccountForm');
  const { formAction, error, fieldError, guard } = useActionAnswer(action);
  return (
    <ActionFormFrame guard={guard} formAction={formAction} locale={locale} refusal={error} className="space-y-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField name="currentPassword" type="password" autoComplete="current-password" required label={t('currentPassword')} error={fieldError('currentPassword')} />
      <NewPasswordFields
        labels={{ password: t('newPassword'), passwordHint, passwordConfirm: t('newPasswordConfirm') }}
        errors={error?.fieldErrors ?? {}}
      />
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('savePassword')}
      </SubmitButton>
    </ActionFormFrame>
  );
}
