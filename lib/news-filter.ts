import { LOCALES, type Locale } from '@/lib/locales';
import { decodeSegment } from '@/lib/params';
import { SLUG_MAX_LENGTH } from '@/lib/slug';

/** What a news list is narrowed to: one topic, one country or one year (docs/caching.md). */
export type NewsFilter = { kind: 'topic'; slug: string } | { kind: 'country'; code: string } | { kind: 'year'; year: number };

/** The list's path without locale: /news/topic/<slug>, /news/country/<code>, /news/year/<year>. */
export const newsFilterPath = (filter: NewsFilter): string =>
  filter.kind === 'topic' ? `/news/topic/${filter.slug}` : filter.kind === 'country' ? `/news/country/${filter.code.toLowerCase()}` : `/news/year/${filter.year}`;

/**
 * The filter a list's `[value]` segment names. Topic slugs and country codes are lower case in
 * addresses; one typed in another case ("UY") names the same filter, and the page (or feed)
 * redirects to its address. A topic slug is at most SLUG_MAX_LENGTH characters, as every slug
 * (lib/slug.ts).
 */
export function parseFilter<K extends NewsFilter['kind']>(kind: K, value: string): Extract<NewsFilter, { kind: K }> | null;
export function parseFilter(kind: NewsFilter['kind'], value: string): NewsFilter | null {
  const raw = decodeSegment(value);
  if (raw === null) return null;
  if (kind === 'topic') return raw.length <= SLUG_MAX_LENGTH && /^[\w-]+$/.test(raw) ? { kind, slug: raw.toLowerCase() } : null;
  if (kind === 'country') return /^[a-z]{2}$/i.test(raw) ? { kind, code: raw.toUpperCase() } : null;
  return /^(19|2\d)\d{2}$/.test(raw) ? { kind, year: Number(raw) } : null;
}

/** A list that has feeds of its own: one topic's or one country's releases (a year's list never changes). */
export type FeedFilter = Extract<NewsFilter, { kind: 'topic' | 'country' }>;

/** Where a list's feeds are, without the site's origin: `/L/feed.xml`, `/L/news/topic/<slug>/atom.xml`… */
export function feedPaths(locale: Locale, filter?: FeedFilter): { rss: string; atom: string } {
  const base = filter ? `/${locale}${newsFilterPath(filter)}` : `/${locale}`;
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml` };
}

/** Page `page` of a list whose first page is at `base` ("/news", "/news/topic/x"). */
export const listPageHref = (base: string, page: number) => (page === 1 ? base : `${base}/page/${page}`);

/** A list that has the same first page in every language ("/news"), for listAlternates. */
export const sameListEverywhere = (base: string) => Object.fromEntries(LOCALES.map((l) => [l, base])) as Record<Locale, string>;

/**
 * Where page `page` of a list is in each language of `firstPages` (the list's first page there,
 * without the language prefix): in `locale`, that page; in another, the list's first page. Its
 * releases are other ones there, and fewer of them may leave no page `page` at all, so the
 * language links and hreflang of /fr/news/page/2 lead to /en/news, never to a 404.
 */
export function listAlternates<T extends Partial<Record<Locale, string>>>(locale: Locale, page: number, firstPages: T): T {
  return Object.fromEntries(
    Object.entries(firstPages).map(([l, path]) => [l, `/${l}${l === locale ? listPageHref(path!, page) : path}`]),
  ) as T;
}

/**
 * The versions page `page` of a list names as its own in other languages (hreflang,
 * og:locale:alternate): the first page is the same list everywhere; a later one is not page
 * `page` anywhere else (other releases, perhaps no such page), and the other languages' first
 * pages would not name it back, so it names none. Its language links still lead to the first
 * pages (listAlternates).
 */
export function listPageVersions(locale: Locale, page: number, firstPages: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  const everywhere = listAlternates(locale, page, firstPages);
  return page === 1 ? everywhere : { [locale]: everywhere[locale] };
}
