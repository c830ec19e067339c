import { locale as rootLocale } from 'next/root-params';
import { getTranslations } from 'next-intl/server';
import { isAppLocale } from '@/i18n/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';

/**
 * Localized 404. Deliberately light and free of data reads: Next renders this boundary into
 * every page of the locale (for client-side notFound()), so a full header and footer here cost
 * every page's render time and bytes. It offers the ways on instead: home, news, offices and
 * the same page's home in the other languages.
 */
export default async function NotFound() {
  const requested = await rootLocale();
  const locale = isAppLocale(requested) ? requested : DEFAULT_LOCALE;
  const [t, site, header, names, metadata] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Header' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  return (
    <>
      {/* Named like every page ("… — OIM"), and its skip link first, like every page's header. */}
      <title>{metadata('titleTemplate', { title: t('title') })}</title>
      <a href="#main" className="skip-link">
        {header('skipToContent')}
      </a>
      <header className="bg-brand-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href={`/${locale}`} className="font-semibold text-white">
            {site('orgName')}
          </a>
          <nav aria-label={header('languages')}>
            <ul className="flex flex-wrap gap-x-3 text-sm">
              {LOCALES.filter((l) => l !== locale).map((l) => (
                <li key={l}>
                  <a href={`/${l}`} hrefLang={l} lang={l} className="text-white underline underline-offset-4">
                    {names(l)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
        <p className="mb-2 text-6xl font-extrabold text-brand-800" aria-hidden="true">
          404
        </p>
        <h1 className="mb-4 text-3xl">{t('title')}</h1>
        <p className="mb-8 text-lg text-muted">{t('body')}</p>
        <p className="flex flex-wrap justify-center gap-4">
          <a href={`/${locale}`} className="rounded-md border border-transparent bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900">
            {t('home')}
          </a>
          <a href={`/${locale}/news`} className="rounded-md border border-brand-800 px-5 py-3 font-semibold hover:bg-brand-50">
            {t('news')}
          </a>
          <a href={`/${locale}/offices`} className="rounded-md border border-brand-800 px-5 py-3 font-semibold hover:bg-brand-50">
            {header('offices')}
          </a>
        </p>
      </main>
    </>
  );
}
