import { Suspense, type ReactNode } from 'react';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { CurrentPageLink } from '@/components/dashboard/current-page-link';
import { DashboardNav, type DashboardNavItem } from '@/components/dashboard/dashboard-nav';
import { DashboardLanguageMenu } from '@/components/dashboard/dashboard-language-menu';
import { EscapeClosesDisclosures } from '@/components/dashboard/escape-closes-disclosures';
import { ForgetLocalCopiesOnSubmit } from '@/components/dashboard/editor/forget-local-copies';
import { PageAnnouncer } from '@/components/dashboard/page-announcer';
import { SubmitButton } from '@/components/ui/button';
import { localeFrom } from '@/i18n/params';
import { directionOf } from '@/i18n/routing';
import { DASHBOARD_SECTIONS, type DashboardSectionKey } from '@/lib/dashboard-sections';
import { getCurrentUser } from '@/lib/dal';
import { notoSansArabic } from '@/lib/fonts';
import { formatNumber, intlLocale } from '@/lib/format';
import { LOCALES } from '@/lib/locales';
import { can } from '@/lib/permissions';
import { signOutAction } from '../../(auth)/sign-out/actions';
import { pickMessages } from './client-messages';
import { waitingWords } from './waiting';

/** Who is signed in decides everything here: rendered per request, allowed to block. */
export const instant = false;

export async function generateMetadata({ params }: LayoutProps<'/[locale]/dashboard'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: { default: t('title'), template: `%s — ${t('title')}` }, robots: { index: false } };
}

/**
 * The editorial dashboard's frame: rendered per request (it depends on who is signed in).
 * Each page checks its own permission again: a layout is not a security boundary.
 */
export default function DashboardLayout({ children, params }: LayoutProps<'/[locale]/dashboard'>) {
  return (
    <Suspense fallback={<div className="min-h-screen bg-surface" aria-busy="true" />}>
      <DashboardFrame params={params}>{children}</DashboardFrame>
    </Suspense>
  );
}

async function DashboardFrame({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(params);
  // Signed out: no frame, only the page, which sends to sign-in with its own address (every
  // dashboard page requires its user with it), so signing in comes back to the page asked for
  // — a review link received by e-mail — not to the dashboard's home.
  const user = await getCurrentUser();
  if (!user) return children;
  const [t, roles, names, messages, waiting] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getMessages({ locale }),
    waitingWords(user, locale),
  ]);
  // What waits for the person by the Articles link, as WordPress's "Pending" count: its sum seen,
  // its sentences heard ("… et 2 traductions vous ont été renvoyées").
  const said = [waiting.review, waiting.returned].filter((s): s is string => !!s);
  const counts: Partial<Record<DashboardSectionKey, DashboardNavItem['count']>> = {
    ...(waiting.total > 0 && { articles: { n: formatNumber(locale, waiting.total), label: new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(said) } }),
  };
  const sections = DASHBOARD_SECTIONS.filter((s) => can(user.role, s.permission)).map((s) => ({
    href: `/${locale}${s.path}`,
    label: t(`nav.${s.key}`),
    count: counts[s.key],
  }));
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages)}>
      {/* The Arabic font's scope (app/globals.css): translations into Arabic are typed here on
          pages in every language; it is fetched only when Arabic text shows. */}
      <div className={`min-h-screen bg-surface ${notoSansArabic.variable} arabic-font-scope`} dir={directionOf(locale)}>
        <a href="#main" className="absolute start-2 -top-24 z-50 rounded bg-white px-4 py-2 font-semibold whitespace-nowrap text-brand-800 shadow-lg focus:top-2">
          {t('skipToContent')}
        </a>
        <header className="border-b border-line bg-brand-950 text-white">
          <div className="flex items-start justify-between gap-3 px-4 py-2 md:flex-wrap md:items-center">
            <a href={`/${locale}/dashboard`} className="inline-block shrink-0 py-1 font-bold whitespace-nowrap text-white md:shrink md:py-0 md:whitespace-normal">
              {t('title')}
            </a>
            {/* On a phone, who is signed in (name and role) opens the rest (languages, the site,
                signing out): a disclosure, no script (Escape closes it once scripts run). From 768 px its
                summary is hidden and its content shown whether open or not (globals.css, .dashboard-account). */}
            <details className="dashboard-account group/account min-w-0" data-escape-closes>
              <summary className="flex min-h-8 cursor-pointer list-none items-center justify-end gap-1.5 text-end text-sm [&::-webkit-details-marker]:hidden">
                {/* The name and role only: the sentence "signed in as" is the wide bar's. */}
                <span>
                  {user.name} <span className="rounded bg-white/15 px-1.5 py-0.5 whitespace-nowrap">{roles(user.role)}</span>
                  <span className="sr-only"> — {t('accountMenu')}</span>
                </span>
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 group-open/account:rotate-180">
                  <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </summary>
              <div className="flex flex-col items-end gap-2 pt-2 pb-1 text-sm md:flex-row md:flex-wrap md:items-center md:gap-4 md:p-0">
                <DashboardLanguageMenu
                  label={t('interfaceLanguage')}
                  current={locale}
                  options={LOCALES.map((l) => ({ locale: l, name: names(l) }))}
                />
                <span className="hidden md:inline">
                  {t('signedInAs', { name: user.name })} <span className="rounded bg-white/15 px-1.5 py-0.5">{roles(user.role)}</span>
                </span>
                <CurrentPageLink href={`/${locale}/dashboard/account`} className="inline-block py-0.5 text-white underline underline-offset-4 aria-[current=page]:font-semibold">
                  {t('account')}
                </CurrentPageLink>
                <a href={`/${locale}`} className="inline-block py-0.5 text-white underline underline-offset-4">
                  {t('viewSite')}
                </a>
                {/* data-leaves-page: with unsaved text on the page, signing out asks first (use-leave-guard.tsx). */}
                <form action={signOutAction} data-leaves-page="">
                  <input type="hidden" name="locale" value={locale} />
                  <ForgetLocalCopiesOnSubmit />
                  <SubmitButton variant="ghost" pendingLabel={t('signingOut')} className="min-h-8 bg-white/10 px-3 py-1 text-white hover:bg-white/20">
                    {t('signOut')}
                  </SubmitButton>
                </form>
              </div>
            </details>
          </div>
        </header>
        <div className="flex flex-col md:flex-row">
          {/* On a phone the sections are one row that scrolls sideways, under the header. */}
          <aside className="border-b border-line bg-white px-1.5 md:min-h-[calc(100vh-3rem)] md:w-max md:min-w-56 md:shrink-0 md:border-e md:border-b-0 md:p-3">
            <DashboardNav label={t('navLabel')} items={sections} />
          </aside>
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 outline-none md:p-6">
            {children}
          </main>
        </div>
        <PageAnnouncer />
        <EscapeClosesDisclosures />
      </div>
    </NextIntlClientProvider>
  );
}
