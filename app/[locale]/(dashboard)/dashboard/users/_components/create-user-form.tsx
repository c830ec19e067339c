'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { EmailField, SelectField, TextField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action-state';
import type { SetPasswordLink } from '../actions';
import { SetPasswordLinkBox } from './set-password-link';
import { LOCALES } from '@/lib/locales';

const ROLES = ['writer', 'editor', 'admin'] as const;
/** A new account: no password yet, only a one-time link the admin passes on. */
export function CreateUserForm({
  action,
  locale,
  roleLabels,
}: {
  action: (state: ActionState<SetPasswordLink>, form: FormData) => Promise<ActionState<SetPasswordLink>>;
  locale: string;
  roleLabels: Record<(typeof ROLES)[number], string>;
}) {
  const t = useTranslations('UserLinks');
  const languages = useTranslations('Languages');
  const { state, formAction, error, values, fieldError, guard } = useActionAnswer(action);
  if (state.status === 'ok' && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" announce="page">
          {state.message}
        </Alert>
        <SetPasswordLinkBox link={state.data} locale={locale} />
        <p>
          <Link href={`/${locale}/dashboard/users`} className="underline underline-offset-4">
            {t('backToUsers')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} refusal={error} className="space-y-4">
      <TextField name="name" label={t('name')} autoComplete="off" required defaultValue={values.name ?? ''} error={fieldError('name')} />
      <EmailField name="email" label={t('email')} autoComplete="off" required defaultValue={values.email ?? ''} error={fieldError('email')} />
      <SelectField name="role" label={t('role')} hint={t('roleHint')} defaultValue={values.role ?? 'writer'} error={fieldError('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="preferredLocale"
        label={t('language')}
        hint={t('languageHint')}
        defaultValue={values.preferredLocale ?? locale}
        error={fieldError('preferredLocale')}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languages(l)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </ActionFormFrame>
  );
}
