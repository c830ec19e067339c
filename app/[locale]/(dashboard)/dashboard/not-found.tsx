import { locale as rootLocale } from 'next/root-params';
import { getTranslations } from 'next-intl/server';
import { DocumentTitle } from '@/components/dashboard/document-title';
import { isAppLocale } from '@/i18n/routing';
import { DEFAULT_LOCALE } from '@/lib/locales';

/**
 * A dashboard address that leads nowhere (a deleted release, a mistyped id, a language the site
 * does not have): said inside the dashboard's frame, with the way back to its work, rather than
 * the public site's 404. No data read: Next puts this boundary in every dashboard page.
 */
export default async function DashboardNotFound() {
  const requested = await rootLocale();
  const locale = isAppLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return (
    <section className="max-w-xl">
      <DocumentTitle title={`${t('notFoundTitle')} — ${t('title')}`} />
      <h1 className="mb-3 text-2xl">{t('notFoundTitle')}</h1>
      <p className="mb-5">{t('notFoundBody')}</p>
      <a href={`/${locale}/dashboard`} className="font-semibold text-brand-800 underline underline-offset-4">
        {t('notFoundBack')}
      </a>
    </section>
  );
}
