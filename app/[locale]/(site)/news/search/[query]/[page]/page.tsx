import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { searchArticles, type SearchHit } from '@/db/queries/public-news';
import { getNavigation } from '@/db/queries/public-pages';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Highlighted } from '@/components/site/highlighted';
import { Pagination } from '@/components/site/pagination';
import { SiteShell, samePathEverywhere } from '@/components/site/site-shell';
import { Link } from '@/i18n/link';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { formatDate, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { SEARCH_QUERY_MAX, queryFromSegment, searchHref } from '@/lib/search';
import { currentYear } from '@/lib/site';
import { typeset } from '@/lib/typography';

/**
 * Results of the news search. Readers ask for /{locale}/news/search?q=…&page=N; the proxy
 * rewrites that to this path (lib/search.ts), so each query's page is static output, cached
 * and tagged with the locale's list like the news list itself, and complete without JavaScript.
 */
export const generateStaticParams = () => [{ query: BUILD_PLACEHOLDER, page: '1' }];

type Props = PageProps<'/[locale]/news/search/[query]/[page]'>;

async function read(params: Props['params']) {
  const locale = await localeFrom(params);
  const { query: segment, page: rawPage } = await params;
  const query = queryFromSegment(segment);
  if (query === null || !/^[1-9]\d{0,3}$/.test(rawPage) || (query === '' && rawPage !== '1')) notFound();
  return { locale, query, page: Number(rawPage) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query, page } = await read(params);
  const t = await getTranslations({ locale, namespace: 'NewsSearch' });
  // Each page of results its own title, as the news list's ("Actualités — page 2").
  const title = !query ? t('title') : page === 1 ? t('resultsTitle', { query }) : t('resultsTitleN', { query, page: String(page) });
  // Result pages are for readers, not for search engines' indexes.
  return { title, robots: { index: false, follow: true } };
}

function Result({ hit, locale, typeLabel }: { hit: SearchHit; locale: Locale; typeLabel: string }) {
  return (
    <article className="rounded-lg border border-line bg-white p-5 shadow-sm">
      <p className="card-meta">
        <span className="card-type">{typeLabel}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={hit.publishedAt}>{formatDate(locale, hit.publishedAt)}</time>
        {hit.dateline && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{typeset(hit.dateline, locale)}</span>
          </>
        )}
      </p>
      <h2 className="mb-2 text-xl">
        <Link href={`/news/${hit.slug}`} className="text-ink hover:text-brand-800 hover:underline">
          <Highlighted text={hit.titleHighlight} locale={locale} />
        </Link>
      </h2>
      <p className="text-muted">
        <Highlighted text={hit.snippet} locale={locale} />
      </p>
    </article>
  );
}

export default async function SearchPage({ params }: Props) {
  const { locale, query, page } = await read(params);
  const [nav, year, t, news, types, bc] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale, namespace: 'NewsSearch' }),
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  const results = query ? await searchArticles(locale, query, page) : null;
  if (results && page > results.pageCount) notFound();
  const num = (n: number) => formatNumber(locale, n);
  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={samePathEverywhere(query ? searchHref(query) : '/news/search')} current="/news/search">
      <Breadcrumb label={bc('label')} items={[{ title: bc('home'), href: '/' }, { title: news('title'), href: '/news' }, { title: t('title') }]} />
      <h1 className="mb-6 text-3xl sm:text-4xl">{t('title')}</h1>
      <form action={`/${locale}/news/search`} method="get" className="mb-8 max-w-2xl">
        <label htmlFor="news-search-q" className="mb-1 block font-semibold">
          {t('queryLabel')}
        </label>
        <div className="flex">
          <input
            id="news-search-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby="news-search-hint"
            className="min-w-0 flex-1 rounded-s border border-muted bg-white px-3 py-2 text-ink"
          />
          <button type="submit" className="rounded-e border border-transparent bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t('submit')}
          </button>
        </div>
        <p id="news-search-hint" className="mt-2 text-sm text-muted">
          {t('hint')} {t('languageNote')}
        </p>
      </form>

      {!results ? (
        <p>{t('prompt')}</p>
      ) : (
        <>
          {/* The query is said back as typed: a long word without spaces wraps rather than widening the page. */}
          <p className="mb-4 text-lg [overflow-wrap:anywhere]" role="status">
            {/* Only words the language ignores, or signs: "no result" would blame the news. */}
            {results.searchable ? t('count', { count: results.total, n: num(results.total), query }) : t('nothingSearched', { query })}
          </p>
          {results.items.length === 0 ? (
            <p>
              {results.searchable ? t('noResults') : t('moreSpecific')}{' '}
              <Link href="/news" className="underline underline-offset-4">
                {t('browseAll')}
              </Link>
            </p>
          ) : (
            <ul className="grid gap-4">
              {results.items.map((hit) => (
                <li key={hit.articleId}>
                  <Result hit={hit} locale={locale} typeLabel={types(hit.type)} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={page}
            pageCount={results.pageCount}
            hrefFor={(n) => searchHref(query, n)}
            labels={{
              nav: news('pagination'),
              previous: news('previous'),
              next: news('next'),
              pageOf: news('pageOf', { page: num(page), count: num(results.pageCount) }),
              goTo: (n) => news('goToPage', { page: num(n) }),
              number: num,
            }}
          />
        </>
      )}
    </SiteShell>
  );
}
