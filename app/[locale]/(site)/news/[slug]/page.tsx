import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedArticle, type PublishedArticle } from '@/db/queries/public-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { AvailabilityNotice } from '@/components/site/availability-notice';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { ContactCard } from '@/components/site/contact-card';
import { RichText } from '@/components/site/rich-text';
import { ShareLinks } from '@/components/site/share-links';
import { SiteShell } from '@/components/site/site-shell';
import { permanentRedirect } from '@/i18n/navigation';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { directionOf } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import { toPlainText } from '@/lib/rich-text/plain-text';
import { alternatesFor } from '@/lib/seo';
import { currentYear, siteUrl } from '@/lib/site';

export const generateStaticParams = () => [{ slug: BUILD_PLACEHOLDER }];

type Props = PageProps<'/[locale]/news/[slug]'>;

async function load(props: Props) {
  const locale = await localeFrom(props.params);
  const { slug } = await props.params;
  const lookup = await getPublishedArticle(locale, decodeURIComponent(slug));
  return { locale, slug: decodeURIComponent(slug), lookup };
}

function articleHrefs(article: PublishedArticle): Partial<Record<Locale, string>> {
  return Object.fromEntries(article.alternates.map((a) => [a.locale, `/${a.locale}/news/${a.slug}`]));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, lookup } = await load(props);
  if (lookup.kind === 'elsewhere') {
    const t = await getTranslations({ locale, namespace: 'Availability' });
    return { title: t('articleTitle'), robots: { index: false } };
  }
  if (lookup.kind !== 'found') return {};
  const { article } = lookup;
  return {
    title: article.title,
    description: article.lede,
    alternates: alternatesFor(locale, articleHrefs(article)),
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.lede,
      locale,
      publishedTime: article.firstPublishedAt,
      modifiedTime: article.updatedAt,
      url: `/${locale}/news/${article.slug}`,
    },
  };
}

export default async function ArticlePage(props: Props) {
  const { locale, slug, lookup } = await load(props);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') return permanentRedirect({ href: `/news/${lookup.slug}`, locale });

  const [nav, year, t, names] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);

  if (lookup.kind === 'elsewhere') {
    const a = await getTranslations({ locale, namespace: 'Availability' });
    const switcher = Object.fromEntries(
      LOCALES.map((l) => {
        const alt = lookup.alternates.find((x) => x.locale === l);
        return [l, `/${l}/news/${alt?.slug ?? slug}`];
      }),
    ) as Record<Locale, string>;
    return (
      <SiteShell locale={locale} nav={nav} year={year} alternates={switcher}>
        <AvailabilityNotice
          title={a('articleTitle')}
          body={a('body')}
          links={lookup.alternates.map((alt) => ({
            locale: alt.locale,
            href: `/news/${alt.slug}`,
            label: a('read', { language: names(alt.locale) }),
            title: alt.title,
          }))}
        />
      </SiteShell>
    );
  }

  const { article } = lookup;
  const [types, bc] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  const newsTitle = (await getTranslations({ locale, namespace: 'News' }))('title');
  const date = formatDate(locale, article.publishedAt);
  const others = article.alternates.filter((a) => a.locale !== locale);
  const switcher = Object.fromEntries(
    LOCALES.map((l) => [l, `/${l}/news/${article.alternates.find((a) => a.locale === l)?.slug ?? article.slug}`]),
  ) as Record<Locale, string>;
  const url = `${siteUrl()}/${locale}/news/${article.slug}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lede,
    inLanguage: locale,
    datePublished: article.firstPublishedAt,
    dateModified: article.updatedAt,
    dateline: article.dateline || undefined,
    mainEntityOfPage: url,
    url,
    publisher: { '@type': 'Organization', name: (await getTranslations({ locale, namespace: 'Site' }))('orgName') },
    ...(others.length > 0
      ? { workTranslation: others.map((o) => ({ '@type': 'NewsArticle', inLanguage: o.locale, url: `${siteUrl()}/${o.locale}/news/${o.slug}` })) }
      : {}),
  };

  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={switcher}>
      <script
        type="application/ld+json"
        // JSON.stringify output with "<" escaped cannot close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <Breadcrumb label={bc('label')} items={[{ title: bc('home'), href: '/' }, { title: newsTitle, href: '/news' }, { title: article.title }]} />
      <article className="mx-auto max-w-3xl">
        <header className="mb-8">
          <p className="mb-3 text-sm font-bold tracking-wide text-brand-800 uppercase">
            {types(article.type)}
          </p>
          <h1 className="mb-4 text-3xl sm:text-4xl">{article.title}</h1>
          <p className="text-muted">
            {article.dateline && (
              <>
                <span className="font-semibold text-ink uppercase">{article.dateline}</span>
                <span aria-hidden="true"> — </span>
              </>
            )}
            <time dateTime={article.publishedAt}>{date}</time>
          </p>
          {/* A lede that is the body's opening sentence is not printed twice. */}
          {article.lede && !toPlainText(article.body).startsWith(article.lede) && (
            <p className="mt-5 text-xl leading-relaxed text-ink">{article.lede}</p>
          )}
        </header>

        {article.isSample && (
          <p className="mb-6 rounded-md border border-accent-700 bg-accent-100 px-4 py-3 text-ink">{t('sampleNote')}</p>
        )}

        <RichText doc={article.body} />

        {article.contact && (
          <div className="mt-10">
            <ContactCard office={article.contact} locale={locale} heading={t('contactHeading')} />
          </div>
        )}

        {(article.topics.length > 0 || article.countries.length > 0) && (
          <dl className="mt-8 grid gap-3 text-sm sm:grid-cols-2">
            {article.topics.length > 0 && (
              <div>
                <dt className="font-semibold">{t('topics')}</dt>
                <dd className="text-muted">{article.topics.join(' · ')}</dd>
              </div>
            )}
            {article.countries.length > 0 && (
              <div>
                <dt className="font-semibold">{t('countries')}</dt>
                <dd className="text-muted">{article.countries.join(' · ')}</dd>
              </div>
            )}
          </dl>
        )}

        {others.length > 0 && (
          <section aria-labelledby="also" className="mt-8 border-t border-line pt-6">
            <h2 id="also" className="mb-2 text-lg">
              {t('alsoAvailable')}
            </h2>
            <ul className="flex flex-wrap gap-3">
              {others.map((o) => (
                <li key={o.locale}>
                  <a
                    href={`/${o.locale}/news/${o.slug}`}
                    hrefLang={o.locale}
                    className="inline-block rounded-md border border-line px-4 py-2 hover:border-brand-800 hover:bg-brand-50"
                  >
                    <span className="block text-xs text-muted">{names(o.locale)}</span>
                    <span lang={o.locale} dir={directionOf(o.locale)} className="font-semibold">
                      {o.title}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        <ShareLinks locale={locale} title={article.title} url={url} />
      </article>
    </SiteShell>
  );
}
