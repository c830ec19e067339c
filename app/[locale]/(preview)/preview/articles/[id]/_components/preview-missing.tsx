import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { langAttributes } from '@/i18n/routing';
import { isolateIn } from '@/lib/bidi';
import type { Locale } from '@/lib/locales';
import { withQuery } from '@/lib/params';

/**
 * A preview of what is not there — a language the release lacks, a release deleted, an address
 * mangled — said in the interface language of the bar it came from, with the way back: the
 * release in the dashboard and its previews in the languages it has, else the list of releases.
 * Not the public "not found", which speaks of the site and leads to its home. (An answer 200:
 * with Cache Components the shell is sent before the session is read, see the page.)
 */
export async function PreviewMissing({ id, locale, uiLocale, locales, ui }: { id: string; locale: Locale; uiLocale: Locale; locales: Locale[]; ui: Locale | undefined }) {
  const [t, names] = await Promise.all([
    getTranslations({ locale: uiLocale, namespace: 'Preview' }),
    getTranslations({ locale: uiLocale, namespace: 'Languages' }),
  ]);
  return (
    <main id="main" {...langAttributes(uiLocale, locale)} className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-4 text-3xl">{t('missingTitle')}</h1>
      <p className="mb-6 text-lg">{locales.length > 0 ? t('missingLanguage', { language: isolateIn(names(locale), locale, uiLocale) }) : t('missingRelease')}</p>
      {locales.length > 0 && (
        <>
          <h2 className="mb-2 text-base font-semibold">{t('otherLanguages')}</h2>
          <ul className="mb-8 flex flex-wrap gap-x-4 gap-y-2">
            {locales.map((l) => (
              <li key={l}>
                <a href={withQuery(`/${l}/preview/articles/${id}`, ui ? { ui } : {})} hrefLang={l} {...langAttributes(l, uiLocale)} className="inline-block py-1 font-semibold text-brand-800 underline underline-offset-4">
                  {names(l)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <a
        href={locales.length > 0 ? `/${uiLocale}/dashboard/articles/${id}/${locales[0]}` : `/${uiLocale}/dashboard/articles`}
        className={buttonClass('primary')}
      >
        {locales.length > 0 ? t('openRelease') : t('backToArticles')}
      </a>
    </main>
  );
}
