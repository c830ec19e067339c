import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listFilteredArticles, movedTopicSlug, newsFilterPath, type FilteredNews, type NewsFilter } from '@/db/queries/public-news';
import { permanentRedirect } from '@/i18n/redirect';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { LOCALES, type Locale } from '@/lib/locales';
import { listPageHref, listPageVersions, parseFilter } from '@/lib/news-filter';
import { alternatesFor, feedLinks, openGraphFor } from '@/lib/seo';
import { NewsList } from './news-list';

/**
 * The six filtered list routes (topic, country, year; first page and /page/N) are this one
 * module with a different reading of their `[value]` (a topic slug in the reader's locale, a
 * lower-case ISO country code, a year). Each filter is a path, so each filtered page is cached
 * like the plain list; nothing reads the query string.
 */
type Params = Promise<{ locale: string; value: string; page?: string }>;

/** Only the build placeholder is prerendered: the build never reads the database (i18n/params.ts). */
export const filteredStaticParams = () => [{ value: BUILD_PLACEHOLDER }];
export const filteredPageStaticParams = () => [{ value: BUILD_PLACEHOLDER, page: '2' }];

async function read(kind: NewsFilter['kind'], params: Params) {
  const locale = await localeFrom(params);
  const { value, page: rawPage } = await params;
  const filter = value === BUILD_PLACEHOLDER ? null : parseFilter(kind, value);
  if (!filter) notFound();
  if (rawPage !== undefined && !/^[1-9]\d{0,4}$/.test(rawPage)) notFound();
  return { locale, filter, page: rawPage === undefined ? 1 : Number(rawPage) };
}

/**
 * The languages whose version of a filtered list hreflang names: the same list (a locale where
 * the topic has no name has none) with releases in it. One with none says "no news" and is not
 * indexed (robots below), so naming it would point search engines at a page they may not keep;
 * an empty list names no other version either, as those would not name it back.
 */
async function listedVersions(locale: Locale, filter: NewsFilter, list: FilteredNews): Promise<Partial<Record<Locale, string>>> {
  if (list.total === 0) return { [locale]: list.paths[locale] };
  const filterIn = (l: Locale): NewsFilter => (filter.kind === 'topic' ? { kind: 'topic', slug: list.paths[l].slice('/news/topic/'.length) } : filter);
  const versions = await Promise.all(
    LOCALES.filter((l) => list.paths[l] !== '/news').map(async (l) => {
      const listed = l === locale || ((await listFilteredArticles(l, filterIn(l), 1))?.total ?? 0) > 0;
      return listed ? ([[l, list.paths[l]]] as const) : [];
    }),
  );
  return Object.fromEntries(versions.flat());
}

export function filteredMetadata(kind: NewsFilter['kind']) {
  return async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const { locale, filter, page } = await read(kind, params);
    const list = await listFilteredArticles(locale, filter, 1);
    if (!list) return {};
    const t = await getTranslations({ locale, namespace: 'NewsFilters' });
    const hrefs = listPageVersions(locale, page, page === 1 ? await listedVersions(locale, filter, list) : { [locale]: list.paths[locale] });
    const title = page === 1 ? t('pageTitle', { label: list.label }) : t('pageTitleN', { label: list.label, page: String(page) });
    // Its own summary, not the site's (which a list without one would inherit from the layout).
    const heading = t(`${filter.kind}Heading`, { name: list.label });
    const description = t('description', { heading });
    // A topic's or a country's list names its own feeds first, then the locale's.
    const types = await feedLinks(locale, filter.kind === 'year' ? undefined : { filter, heading });
    return {
      title,
      description,
      alternates: { ...alternatesFor(locale, hrefs), types },
      openGraph: await openGraphFor(locale, hrefs, { title, description }),
      // Any year or country code makes a valid address: one with no release says "no news"
      // and must not be indexed as a page of its own.
      ...(list.total === 0 ? { robots: { index: false, follow: true } } : {}),
    };
  };
}

export function filteredPage(kind: NewsFilter['kind']) {
  return async function FilteredNewsPage({ params }: { params: Params }) {
    const { locale, filter, page } = await read(kind, params);
    const { value, page: rawPage } = await params;
    // /…/page/1 is the first page's own address, and a code or slug typed in capitals is the
    // lower-case one's: one address per list, as for /news.
    const path = newsFilterPath(filter);
    if (rawPage === '1' || path !== `/news/${kind}/${value}`) return permanentRedirect({ href: listPageHref(path, page), locale });
    // A topic's former address leads to its list now, same page (db/queries/topics.ts).
    if (filter.kind === 'topic' && !(await listFilteredArticles(locale, filter, page))) {
      const moved = await movedTopicSlug(locale, filter.slug);
      if (moved) return permanentRedirect({ href: listPageHref(newsFilterPath({ kind: 'topic', slug: moved }), page), locale });
    }
    return <NewsList locale={locale} page={page} filter={filter} />;
  };
}
