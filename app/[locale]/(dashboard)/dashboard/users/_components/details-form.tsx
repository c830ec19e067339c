'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/ui/button';
import { EmailField, SelectField, TextField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action-state';
import { LOCALES } from '@/lib/locales';

/** An account's name, sign-in address and set-password language, as an admin corrects them. */
export function DetailsForm({
  action,
  locale,
  userId,
  current,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  userId: string;
  current: { name: string; email: string; preferredLocale: string };
}) {
  const t = useTranslations('UserLinks');
  const languages = useTranslations('Languages');
  const { formAction, error, values, fieldError, guard } = useActionAnswer(action, current);
  return (
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} hidden={{ id: userId }} refusal={error} className="space-y-4">
      <TextField name="name" label={t('name')} autoComplete="off" required defaultValue={values.name ?? ''} error={fieldError('name')} />
      <EmailField
        name="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="off"
        required
        defaultValue={values.email ?? ''}
        error={fieldError('email')}
      />
      <SelectField name="preferredLocale" label={t('language')} hint={t('languageHint')} defaultValue={values.preferredLocale ?? locale} error={fieldError('preferredLocale')}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languages(l)}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('saveDetails')}
      </SubmitButton>
    </ActionFormFrame>
  );
}
