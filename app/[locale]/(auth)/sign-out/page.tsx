import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ForgetLocalCopiesOnSubmit } from '@/components/dashboard/editor/forget-local-copies';
import { SubmitButton } from '@/components/ui/button';
import { localeFrom } from '@/i18n/params';
import { getCurrentUser } from '@/lib/dal';
import { signOutAction } from './actions';
import { initialSound } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-out'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return { title: t('signOutTitle'), robots: { index: false } };
}

/** Signing out changes state, so it is a POST; this page only asks for it. */
export default async function SignOutPage({ params }: PageProps<'/[locale]/sign-out'>) {
  const locale = await localeFrom(params);
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Auth' });
  return (
    <>
      <h1 className="mb-2 text-2xl">{t('signOutTitle')}</h1>
      <p className="mb-6 text-muted">{t('signOutIntro', { name: user.name, sound: initialSound(user.name) })}</p>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <ForgetLocalCopiesOnSubmit />
        <SubmitButton pendingLabel={t('signingOut')} className="w-full">
          {t('signOut')}
        </SubmitButton>
      </form>
    </>
  );
}
