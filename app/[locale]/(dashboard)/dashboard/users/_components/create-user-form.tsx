'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';
import type { SetPasswordLink } from '../actions';
import { SetPasswordLinkBox } from './set-password-link';

const ROLES = ['writer', 'editor', 'admin'] as const;
const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

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
  const [state, formAction] = useActionState(action, idleState as ActionState<SetPasswordLink>);
  if (state.status === 'ok' && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <SetPasswordLinkBox link={state.data} locale={locale} />
        <p>
          <Link href={`/${locale}/dashboard/users`} className="underline underline-offset-4">
            {t('backToUsers')}
          </Link>
        </p>
      </div>
    );
  }
  const error = state.status === 'error' ? state : undefined;
  const values = error?.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      {error?.formError && <Alert tone="error">{error.formError}</Alert>}
      <TextField name="name" label={t('name')} autoComplete="off" required defaultValue={values.name ?? ''} error={error?.fieldErrors?.name} />
      <TextField name="email" type="email" dir="ltr" label={t('email')} autoComplete="off" required defaultValue={values.email ?? ''} error={error?.fieldErrors?.email} />
      <SelectField name="role" label={t('role')} hint={t('roleHint')} defaultValue={values.role ?? 'writer'} error={error?.fieldErrors?.role}>
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
        error={error?.fieldErrors?.preferredLocale}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languages(l)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t('creating')}>{t('create')}</SubmitButton>
    </form>
  );
}
