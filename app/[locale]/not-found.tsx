import { locale as rootLocale } from 'next/root-params';
import { getTranslations } from 'next-intl/server';
import { getNavigation } from '@/db/queries/public-pages';
import { SiteShell, samePathEverywhere } from '@/components/site/site-shell';
import { Link } from '@/i18n/link';
import { isAppLocale } from '@/i18n/routing';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { currentYear } from '@/lib/site';

/** Localized 404, with the site's navigation so the reader can go on from here. */
export default async function NotFound() {
  const requested = await rootLocale();
  const locale = isAppLocale(requested) ? requested : DEFAULT_LOCALE;
  const [nav, year, t] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale, namespace: 'NotFound' }),
  ]);
  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={samePathEverywhere('/')}>
      <title>{t('title')}</title>
      <section className="mx-auto max-w-2xl py-16 text-center">
        <p className="mb-2 text-6xl font-extrabold text-brand-800" aria-hidden="true">
          404
        </p>
        <h1 className="mb-4 text-3xl">{t('title')}</h1>
        <p className="mb-8 text-lg text-muted">{t('body')}</p>
        <p className="flex flex-wrap justify-center gap-4">
          <Link href="/" className="rounded-md bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900">
            {t('home')}
          </Link>
          <Link href="/news" className="rounded-md border border-brand-800 px-5 py-3 font-semibold hover:bg-brand-50">
            {t('news')}
          </Link>
        </p>
      </section>
    </SiteShell>
  );
}
