import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { formatYear } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';

export async function SiteFooter({ locale, year }: { locale: Locale; year: number }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const languages = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <footer className="mt-16 bg-brand-950 text-white print:mt-8 print:bg-transparent print:text-ink">
      {/* On paper only the legal lines: the links lead nowhere there. */}
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4 print:hidden">
        <section>
          <h2 className="footer-heading">{t('aboutHeading')}</h2>
          <p className="text-sm text-white/85">{t('about')}</p>
        </section>
        <section>
          <h2 className="footer-heading">{t('contactHeading')}</h2>
          <Link href="/offices" className="footer-link text-sm">
            {t('offices')}
          </Link>
        </section>
        <section>
          <h2 className="footer-heading">{t('feedsHeading')}</h2>
          <ul className="space-y-1 text-sm">
            <li>
              <a href={`/${locale}/feed.xml`} className="footer-link">
                {t('rss')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/atom.xml`} className="footer-link">
                {t('atom')}
              </a>
            </li>
          </ul>
        </section>
        <section>
          <h2 className="footer-heading">{t('languagesHeading')}</h2>
          <ul className="space-y-1 text-sm">
            {/* An explicit choice, remembered as the header's (components/site/language-switcher.tsx). */}
            {LOCALES.map((l) => (
              <li key={l}>
                <a
                  href={`/${l}`}
                  hrefLang={l}
                  lang={l}
                  data-locale-choice={l}
                  aria-current={l === locale ? 'true' : undefined}
                  className={l === locale ? 'footer-link font-bold' : 'footer-link'}
                >
                  {languages(l)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="border-t border-white/15">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-4 text-xs text-white/80 print:text-ink">
          <p>{t('legal', { year: formatYear(locale, year) })}</p>
          <p>{t('sample')}</p>
        </div>
      </div>
    </footer>
  );
}
