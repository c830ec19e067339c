import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listPublishedArticles } from '@/db/queries/public-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { ArticleCard } from '@/components/site/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { SiteShell, samePathEverywhere } from '@/components/site/site-shell';
import { formatDate, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { currentYear } from '@/lib/site';

export const newsPageHref = (page: number) => (page === 1 ? '/news' : `/news/page/${page}`);

/** The news list, newest first; shared by /news and /news/page/N. */
export async function NewsList({ locale, page }: { locale: Locale; page: number }) {
  const [nav, year, list, t, types, bc] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    listPublishedArticles(locale, page),
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  const sample = (await getTranslations({ locale, namespace: 'Article' }))('sample');
  if (page > list.pageCount) notFound();
  const num = (n: number) => formatNumber(locale, n);
  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={samePathEverywhere(newsPageHref(page))}>
      <Breadcrumb label={bc('label')} items={[{ title: bc('home'), href: '/' }, { title: t('title') }]} />
      <h1 className="mb-2 text-3xl sm:text-4xl">{t('title')}</h1>
      <p className="mb-8 text-lg text-muted">{t('description')}</p>
      {list.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="grid gap-4">
          {list.items.map((a) => (
            <li key={a.articleId}>
              <ArticleCard article={a} typeLabel={types(a.type)} date={formatDate(locale, a.publishedAt)} sampleLabel={sample} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={list.pageCount}
        hrefFor={newsPageHref}
        labels={{
          nav: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          pageOf: t('pageOf', { page: num(page), count: num(list.pageCount) }),
          goTo: (n) => t('goToPage', { page: num(n) }),
          number: num,
        }}
      />
    </SiteShell>
  );
}
