import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedArticle, type ArticleLookup, type PublishedArticle } from '@/db/queries/public-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { ArticleView } from '@/components/site/article-view';
import { AvailabilityNotice } from '@/components/site/availability-notice';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { SiteShell } from '@/components/site/site-shell';
import { permanentRedirect } from '@/i18n/redirect';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { LOCALES, type Locale } from '@/lib/locales';
import { decodeSegment } from '@/lib/params';
import { alternatesFor, jsonLdText, newsArticleJsonLd, openGraphFor } from '@/lib/seo';
import { currentYear, siteUrl } from '@/lib/site';

export const generateStaticParams = () => [{ slug: BUILD_PLACEHOLDER }];

type Props = PageProps<'/[locale]/news/[slug]'>;

async function load(props: Props) {
  const locale = await localeFrom(props.params);
  const { slug } = await props.params;
  const decoded = decodeSegment(slug);
  const lookup: ArticleLookup = decoded === null ? { kind: 'missing' } : await getPublishedArticle(locale, decoded);
  return { locale, slug: decoded ?? '', lookup };
}

function articleHrefs(article: PublishedArticle): Partial<Record<Locale, string>> {
  return Object.fromEntries(article.alternates.map((a) => [a.locale, `/${a.locale}/news/${a.slug}`]));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, lookup } = await load(props);
  if (lookup.kind === 'elsewhere' || lookup.kind === 'withdrawn') {
    const t = await getTranslations({ locale, namespace: 'Availability' });
    return { title: t(lookup.kind === 'withdrawn' ? 'articleWithdrawnTitle' : 'articleTitle'), robots: { index: false } };
  }
  if (lookup.kind !== 'found') return {};
  const { article } = lookup;
  const hrefs = articleHrefs(article);
  return {
    title: article.title,
    description: article.lede,
    alternates: alternatesFor(locale, hrefs),
    openGraph: await openGraphFor(locale, hrefs, {
      type: 'article',
      title: article.title,
      description: article.lede,
      publishedTime: article.firstPublishedAt,
      modifiedTime: article.modifiedAt,
      // The main image as uploaded (shared previews fetch it once; it is at most 2,400 px wide).
      ...(article.hero ? { images: [{ url: article.hero.src, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }] } : {}),
    }),
  };
}

export default async function ArticlePage(props: Props) {
  const { locale, slug, lookup } = await load(props);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') return permanentRedirect({ href: `/news/${lookup.slug}`, locale });

  const [nav, year, names] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);

  // Also for this language's own translation, withdrawn: nothing of it is shown, not its title.
  if (lookup.kind === 'elsewhere' || lookup.kind === 'withdrawn') {
    const [a, bc, news] = await Promise.all([
      getTranslations({ locale, namespace: 'Availability' }),
      getTranslations({ locale, namespace: 'Breadcrumb' }),
      getTranslations({ locale, namespace: 'News' }),
    ]);
    const title = a(lookup.kind === 'withdrawn' ? 'articleWithdrawnTitle' : 'articleTitle');
    const switcher = Object.fromEntries(
      LOCALES.map((l) => {
        const alt = lookup.alternates.find((x) => x.locale === l);
        return [l, `/${l}/news/${alt?.slug ?? slug}`];
      }),
    ) as Record<Locale, string>;
    return (
      <SiteShell locale={locale} nav={nav} year={year} alternates={switcher} current={`/news/${slug}`}>
        {/* The way back to the news list that the release's other versions have. */}
        <Breadcrumb label={bc('label')} items={[{ title: bc('home'), href: '/' }, { title: news('title'), href: '/news' }, { title }]} />
        <AvailabilityNotice
          title={title}
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
  const others = article.alternates.filter((a) => a.locale !== locale);
  const switcher = Object.fromEntries(
    LOCALES.map((l) => [l, `/${l}/news/${article.alternates.find((a) => a.locale === l)?.slug ?? article.slug}`]),
  ) as Record<Locale, string>;
  const url = `${siteUrl()}/${locale}/news/${article.slug}`;
  const jsonLd = newsArticleJsonLd({
    origin: siteUrl(),
    locale,
    path: `/${locale}/news/${article.slug}`,
    title: article.title,
    lede: article.lede,
    firstPublishedAt: article.firstPublishedAt,
    modifiedAt: article.modifiedAt,
    dateline: article.dateline,
    heroSrc: article.hero?.src,
    orgName: (await getTranslations({ locale, namespace: 'Site' }))('orgName'),
    translations: others.map((o) => ({ locale: o.locale, path: `/${o.locale}/news/${o.slug}` })),
  });

  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={switcher} current={`/news/${article.slug}`}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }}
      />
      <ArticleView locale={locale} article={article} url={url} />
    </SiteShell>
  );
}
