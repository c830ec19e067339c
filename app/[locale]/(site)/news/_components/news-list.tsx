import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listPublishedArticles } from '@/db/queries/public-articles';
import { listFilteredArticles, listNewsFilterOptions, newsFilterPath, type NewsFilter } from '@/db/queries/public-news';
import { getNavigation } from '@/db/queries/public-pages';
import { ArticleCard } from '@/components/site/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { NewsFilters } from '@/components/site/news-filters';
import { Pagination } from '@/components/site/pagination';
import { SiteShell } from '@/components/site/site-shell';
import { formatDate, formatNumber, formatYear } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { feedPaths, listAlternates, listPageHref, sameListEverywhere } from '@/lib/news-filter';
import { currentYear } from '@/lib/site';

/** The releases of a list page: every one, or those a filter selects (null when it names nothing). */
async function readList(locale: Locale, page: number, filter: NewsFilter | undefined) {
  if (!filter) return { label: null, paths: null, ...(await listPublishedArticles(locale, page)) };
  return listFilteredArticles(locale, filter, page);
}

/**
 * The news list, newest first, with the filter links beside it; shared by /news, /news/page/N
 * and the filtered lists (/news/topic/<slug>, /news/country/<code>, /news/year/<year>, each
 * with /page/N).
 */
export async function NewsList({ locale, page, filter }: { locale: Locale; page: number; filter?: NewsFilter }) {
  const [nav, year, list, options, t, f, types, bc] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    readList(locale, page, filter),
    listNewsFilterOptions(locale),
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'NewsFilters' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  if (!list || page > list.pageCount) notFound();
  const sample = (await getTranslations({ locale, namespace: 'Article' }))('sample');
  const num = (n: number) => formatNumber(locale, n);
  const base = filter ? newsFilterPath(filter) : '/news';
  const heading = !filter || !list.label ? t('title') : f(`${filter.kind}Heading`, { name: list.label });
  const alternates = listAlternates(locale, page, list.paths ?? sameListEverywhere(base));
  // A topic's or a country's list has feeds of its own (lib/feed-route.ts); a year's never changes.
  const feeds = filter && filter.kind !== 'year' ? feedPaths(locale, filter) : null;
  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={alternates} current={listPageHref(base, page)}>
      <Breadcrumb
        label={bc('label')}
        locale={locale}
        items={filter ? [{ title: bc('home'), href: '/' }, { title: t('title'), href: '/news' }, { title: heading }] : [{ title: bc('home'), href: '/' }, { title: t('title') }]}
      />
      <div className="grid gap-x-10 gap-y-8 lg:grid-cols-[minmax(0,1fr)_18rem] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-1 lg:row-start-1">
          <h1 className="mb-2 text-3xl sm:text-4xl">{heading}</h1>
          <p className="text-lg text-muted">{filter ? f('count', { count: list.total, n: num(list.total) }) : t('description')}</p>
          {feeds && (
            <p className="mt-2">
              {f(filter?.kind === 'topic' ? 'followTopic' : 'followCountry')} <a href={feeds.rss} className="text-link">{f('feedRss')}</a> · <a href={feeds.atom} className="text-link">{f('feedAtom')}</a>
            </p>
          )}
        </div>
        {/* Before the list in reading order (a phone shows it first); beside it on wide screens. */}
        <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <NewsFilters
            options={options}
            current={base}
            labels={{
              nav: f('nav'),
              all: f('all'),
              topics: f('topics'),
              countries: f('countries'),
              years: f('years'),
              year: (y) => formatYear(locale, y),
            }}
          />
        </div>
        <div className="lg:col-start-1 lg:row-start-2">
          {list.items.length === 0 ? (
            <p>{filter ? f('empty') : t('empty')}</p>
          ) : (
            <ul className="grid gap-4">
              {list.items.map((a) => (
                <li key={a.articleId}>
                  <ArticleCard article={a} locale={locale} typeLabel={types(a.type)} date={formatDate(locale, a.publishedAt)} sampleLabel={sample} headingLevel={2} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={page}
            pageCount={list.pageCount}
            hrefFor={(n) => listPageHref(base, n)}
            labels={{
              nav: t('pagination'),
              previous: t('previous'),
              next: t('next'),
              pageOf: t('pageOf', { page: num(page), count: num(list.pageCount) }),
              goTo: (n) => t('goToPage', { page: num(n) }),
              number: num,
            }}
          />
        </div>
      </div>
    </SiteShell>
  );
}
