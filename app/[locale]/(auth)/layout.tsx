import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { DashboardLanguageMenu } from '@/components/dashboard/dashboard-language-menu';
import { localeFrom } from '@/i18n/params';
import { LOCALES } from '@/lib/locales';

/** Sign-in, sign-out and setup read the request (cookies, query): rendered per request. */
export const instant = false;

/**
 * The sign-in pages' frame: the way back to the public site and the same page in the other
 * languages (a person reads the form in their language before signing in), above the card.
 */
export default async function AuthLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeFrom(params);
  const [site, header, names] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Header' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  return (
    <div className="flex min-h-screen flex-col items-center bg-surface px-4 py-6 sm:justify-center sm:py-12">
      <header className="mb-4 flex w-full max-w-md flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
        <a href={`/${locale}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
          {site('orgName')}
        </a>
        <Suspense>
          <DashboardLanguageMenu tone="light" label={header('languages')} current={locale} options={LOCALES.map((l) => ({ locale: l, name: names(l) }))} />
        </Suspense>
      </header>
      <main className="w-full max-w-md rounded-xl border border-line bg-white p-8 shadow-sm">
        <Suspense>{children}</Suspense>
      </main>
    </div>
  );
}
