import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { db } from '@/db';
import { userForSetPasswordToken } from '@/db/queries/user-admin';
import { localeFrom } from '@/i18n/params';
import { shownEmail } from '@/lib/email';
import { PASSWORD_MIN_LENGTH } from '@/lib/password';
import { SetPasswordForm } from './_components/set-password-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/set-password'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'SetPassword' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** Where a one-time link leads: choose a password for the account it was issued for. */
export default async function SetPasswordPage({ params, searchParams }: PageProps<'/[locale]/set-password'>) {
  const locale = await localeFrom(params);
  const { token } = await searchParams;
  const [t, auth] = await Promise.all([getTranslations({ locale, namespace: 'SetPassword' }), getTranslations({ locale, namespace: 'Auth' })]);
  const found = typeof token === 'string' ? await userForSetPasswordToken(db, token) : null;
  return (
    <>
      <h1 className="mb-2 text-2xl">{t('title')}</h1>
      {!found || typeof token !== 'string' ? (
        <Alert tone="error">{t('invalidLink')}</Alert>
      ) : (
        <>
          <p className="mb-6 text-muted">{t('intro', { name: found.user.name, email: shownEmail(found.user.email) })}</p>
          <SetPasswordForm
            locale={locale}
            token={token}
            email={shownEmail(found.user.email)}
            labels={{
              password: t('password'),
              passwordHint: auth('passwordHint', { min: PASSWORD_MIN_LENGTH }),
              passwordConfirm: auth('passwordConfirm'),
              submit: t('submit'),
              submitting: t('submitting'),
            }}
          />
        </>
      )}
    </>
  );
}
