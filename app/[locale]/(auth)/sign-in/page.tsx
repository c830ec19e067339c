import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ForgetLocalCopies } from '@/components/dashboard/editor/forget-local-copies';
import { Alert } from '@/components/ui/alert';
import { localeFrom } from '@/i18n/params';
import { inInterfaceLanguage, safeCallbackPath } from '@/lib/callback-path';
import { getCurrentUser, getRequester } from '@/lib/dal';
import { SignInForm } from './_components/sign-in-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return { title: t('signInTitle'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const locale = await localeFrom(params);
  const query = await searchParams;
  // In the language of this page: the person may have switched it from the address's.
  const next = inInterfaceLanguage(safeCallbackPath(query.next, `/${locale}/dashboard`), locale);
  if (await getCurrentUser()) redirect(next);
  const [t, { ended }] = await Promise.all([getTranslations({ locale, namespace: 'Auth' }), getRequester()]);
  // Sent here because the session this browser holds stopped counting: say why, rather than
  // leave the person to think they signed out or mistyped (lib/requester.ts sessionStanding).
  const why = ended?.reason === 'account_disabled' ? t('accountDisabled') : ended?.reason === 'session_revoked' ? t('sessionEnded') : null;
  return (
    <>
      <h1 className="mb-2 text-2xl">{t('signInTitle')}</h1>
      <p className="mb-6 text-muted">{t('signInIntro')}</p>
      {query.signedOut !== undefined && (
        <div className="mb-5">
          <Alert tone="success">{t('signedOut')}</Alert>
          <ForgetLocalCopies />
        </div>
      )}
      <SignInForm
        locale={locale}
        next={next}
        notice={why && <Alert tone="warning">{why}</Alert>}
        labels={{ email: t('email'), password: t('password'), submit: t('submit'), submitting: t('submitting') }}
      />
      {/* No e-mail is sent by the app: a new password comes through a one-time link an admin makes. */}
      <p className="mt-6 text-sm text-muted">{t('forgotPassword')}</p>
    </>
  );
}
