import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listLatestArticles } from '@/db/queries/public-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { ArticleCard } from '@/components/site/article-card';
import { SiteShell, samePathEverywhere } from '@/components/site/site-shell';
import { Link } from '@/i18n/link';
import { localeFrom } from '@/i18n/params';
import { formatDate, formatNumber, formatYear } from '@/lib/format';
import { PAGE_KEY } from '@/lib/page-keys';
import { alternatesFor, feedLinks, jsonLdText, openGraphFor, organizationJsonLd } from '@/lib/seo';
import { KEY_FIGURES, currentYear, siteUrl } from '@/lib/site';
import { typeset } from '@/lib/typography';
import { findByKey } from '@/lib/tree';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const everywhere = samePathEverywhere('/');
  return {
    title: { absolute: t('siteName') },
    openGraph: await openGraphFor(locale, everywhere, { title: t('siteName'), description: t('siteDescription') }),
    // Feed readers find the releases' feeds from the home page too, not only from the news list.
    alternates: { ...alternatesFor(locale, everywhere), types: await feedLinks(locale) },
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeFrom(params);
  const [nav, latest, year, t, types] = await Promise.all([
    getNavigation(locale),
    listLatestArticles(locale, 4),
    currentYear(),
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
  ]);
  const sample = (await getTranslations({ locale, namespace: 'Article' }))('sample');
  const site = await getTranslations({ locale, namespace: 'Site' });
  // Wherever editors placed it: moved under another page, its statement still opens the home page.
  const who = findByKey(nav, PAGE_KEY.whoWeAre);
  const figures = [
    { value: formatNumber(locale, KEY_FIGURES.memberStates), label: t('figureMemberStates') },
    { value: formatNumber(locale, KEY_FIGURES.countries), label: t('figureCountries') },
    { value: formatYear(locale, KEY_FIGURES.founded), label: t('figureSince') },
  ];

  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={samePathEverywhere('/')} current="/">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(organizationJsonLd(siteUrl(), locale, { name: site('orgName'), alternateName: site('orgShort') })) }}
      />
      <section aria-labelledby="who" className="rounded-xl bg-brand-50 px-6 py-10 sm:px-10">
        {/* The home page's heading is the organization itself; the statement under it says who it is. */}
        <p className="mb-2 font-semibold text-brand-800">{t('whoWeAre')}</p>
        <h1 id="who" className="mb-4 text-3xl sm:text-4xl">
          {site('orgName')}
        </h1>
        {who?.summary && <p className="max-w-[65ch] text-lg">{who.summary}</p>}
        {who && (
          <p className="mt-6">
            <Link
              href={`/${who.path.join('/')}`}
              className="inline-block rounded-md border border-transparent bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900"
            >
              {t('readMore')}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="sr-only">
          {t('figuresHeading')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {figures.map((f) => (
            <li key={f.label} className="rounded-lg border-s-4 border-accent-700 bg-accent-100 px-5 py-4">
              <span className="block text-4xl font-extrabold text-accent-700">{f.value}</span>
              <span className="text-ink">{f.label}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest" className="mt-12">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest" className="text-2xl">
            {t('latestNews')}
          </h2>
          <Link href="/news" className="font-semibold underline underline-offset-4">
            {t('allNews')}
          </Link>
        </div>
        {latest.length === 0 ? (
          <p className="text-muted">{t('noNews')}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {latest.map((a) => (
              <li key={a.articleId}>
                <ArticleCard article={a} locale={locale} typeLabel={types(a.type)} date={formatDate(locale, a.publishedAt)} sampleLabel={sample} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sections" className="mt-12">
        <h2 id="sections" className="mb-4 text-2xl">
          {t('sections')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {nav.map((node) => (
            <li key={node.pageId}>
              <Link
                href={`/${node.path.join('/')}`}
                className="group tile"
              >
                <span className="tile-title">{typeset(node.title, locale)}</span>
                {node.summary && <span className="block text-muted">{typeset(node.summary, locale)}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </SiteShell>
  );
}
