import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { db } from '@/db';
import { findToken } from '@/db/queries/tokens';
import { hasAnyAdmin } from '@/db/queries/users';
import { localeFrom } from '@/i18n/params';
import { PASSWORD_MIN_LENGTH } from '@/lib/password';
import { SetupForm } from './_components/setup-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/setup'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return { title: t('setupTitle'), robots: { index: false } };
}

/** First-admin setup: gone (404) once an admin exists; refuses anyone without the token. */
export default async function SetupPage({ params, searchParams }: PageProps<'/[locale]/setup'>) {
  const locale = await localeFrom(params);
  if (await hasAnyAdmin()) notFound();
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Auth' });
  const valid = typeof token === 'string' && (await findToken(db, 'setup', token));
  return (
    <>
      <h1 className="mb-2 text-2xl">{t('setupTitle')}</h1>
      {!valid ? (
        <Alert tone="error">{t('setupInvalid')}</Alert>
      ) : (
        <>
          <p className="mb-6 text-muted">{t('setupIntro')}</p>
          <SetupForm
            locale={locale}
            token={token}
            labels={{
              name: t('name'),
              email: t('email'),
              password: t('password'),
              passwordHint: t('passwordHint', { min: PASSWORD_MIN_LENGTH }),
              passwordConfirm: t('passwordConfirm'),
              submit: t('setupSubmit'),
              submitting: t('submitting'),
            }}
          />
        </>
      )}
    </>
  );
}
