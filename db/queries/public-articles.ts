import { and, asc, count, desc, eq, inArray, isNotNull, ne, not, or, type SQL } from 'drizzle-orm';
import { cacheTag } from 'next/cache';
import { db } from '@/db';
import {
  articleCountries,
  articleSlugRedirects,
  articleTopics,
  articleTranslations,
  articles,
  countryTranslations,
  topicTranslations,
  type ArticleType,
} from '@/db/schema';
import { modifiedForReaders } from '@/lib/articles/modified';
import { liveUntilNextPublish } from '@/lib/cache/schedule';
import { tags } from '@/lib/cache/tags';
import { LOCALES, type Locale } from '@/lib/locales';
import { newsFilterPath } from '@/lib/news-filter';
import { SLUG_MAX_LENGTH } from '@/lib/slug';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { getArticleHero, type ArticleHero } from './article-hero';
import { getOfficeContact, type OfficeContact } from './public-offices';
import { articleVisible, nextArticlePublish } from './visibility';

export interface ArticleSummary {
  articleId: string;
  type: ArticleType;
  slug: string;
  title: string;
  lede: string;
  dateline: string;
  publishedAt: string;
  isSample: boolean;
}

export interface ArticleAlternate {
  locale: Locale;
  slug: string;
  title: string;
}

export interface TaxonomyLink {
  name: string;
  /** Path without locale. */
  href: string;
}

/**
 * The topics and countries of an article in `locale`, by name, each linked to its news list:
 * the public release page and the editors' preview show the same.
 */
export async function articleTaxonomy(articleId: string, locale: Locale): Promise<{ topics: TaxonomyLink[]; countries: TaxonomyLink[] }> {
  const [topicRows, countryRows] = await Promise.all([
    db
      .select({ name: topicTranslations.name, slug: topicTranslations.slug })
      .from(articleTopics)
      .innerJoin(topicTranslations, and(eq(topicTranslations.topicId, articleTopics.topicId), eq(topicTranslations.locale, locale)))
      .where(eq(articleTopics.articleId, articleId))
      .orderBy(asc(topicTranslations.name)),
    db
      .select({ name: countryTranslations.name, code: articleCountries.countryCode })
      .from(articleCountries)
      .innerJoin(countryTranslations, and(eq(countryTranslations.countryCode, articleCountries.countryCode), eq(countryTranslations.locale, locale)))
      .where(eq(articleCountries.articleId, articleId))
      .orderBy(asc(countryTranslations.name)),
  ]);
  const collator = new Intl.Collator(locale);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    topics: topicRows.sort(byName).map((r) => ({ name: r.name, href: newsFilterPath({ kind: 'topic', slug: r.slug }) })),
    countries: countryRows.sort(byName).map((r) => ({ name: r.name, href: newsFilterPath({ kind: 'country', code: r.code }) })),
  };
}

export interface PublishedArticle extends ArticleSummary {
  locale: Locale;
  body: RichTextDoc;
  /** When it last changed for readers, never before its publication (lib/articles/modified.ts). */
  modifiedAt: string;
  firstPublishedAt: string;
  contact: OfficeContact | null;
  /** The main image, with its alternative text in this locale. */
  hero: ArticleHero | null;
  /** Each with the news list of that topic or country in this locale (lib/news-filter.ts). */
  topics: TaxonomyLink[];
  countries: TaxonomyLink[];
  /** Every visible translation, this one included, in LOCALES order. */
  alternates: ArticleAlternate[];
}

export type ArticleLookup =
  | { kind: 'found'; article: PublishedArticle }
  | { kind: 'moved'; slug: string }
  | { kind: 'elsewhere'; alternates: ArticleAlternate[] }
  /** The slug of this locale's translation, which readers no longer see (or not yet): the others. */
  | { kind: 'withdrawn'; alternates: ArticleAlternate[] }
  | { kind: 'missing' };

/** The columns of an ArticleSummary (also read by public-news.ts). */
export const summaryColumns = {
  articleId: articles.id,
  type: articles.type,
  isSample: articles.isSample,
  slug: articleTranslations.slug,
  title: articleTranslations.title,
  lede: articleTranslations.lede,
  dateline: articleTranslations.dateline,
  publishAt: articleTranslations.publishAt,
};

export function toSummary(row: { publishAt: Date | null } & Omit<ArticleSummary, 'publishedAt'>): ArticleSummary {
  const { publishAt, ...rest } = row;
  return { ...rest, publishedAt: (publishAt ?? new Date(0)).toISOString() };
}

export const NEWS_PAGE_SIZE = 10;

/** Newest first, one page of the visible articles of a locale. */
export async function listPublishedArticles(
  locale: Locale,
  page: number,
  pageSize: number = NEWS_PAGE_SIZE,
): Promise<{ items: ArticleSummary[]; total: number; pageCount: number }> {
  'use cache';
  cacheTag(tags.articleLists(locale));
  return pageOfVisibleArticles(locale, and(eq(articleTranslations.locale, locale), articleVisible())!, page, pageSize);
}

/**
 * One page of the visible articles of `locale` that `where` selects, newest first, with the
 * total; the caller's cached scope lives until the locale's next scheduled publish. Not cached
 * itself: the news list and its filters cache their own reads around it.
 */
export async function pageOfVisibleArticles(
  locale: Locale,
  where: SQL,
  page: number,
  pageSize: number,
): Promise<{ items: ArticleSummary[]; total: number; pageCount: number }> {
  const [rows, [totals], next] = await Promise.all([
    db
      .select(summaryColumns)
      .from(articleTranslations)
      .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
      .where(where)
      .orderBy(desc(articleTranslations.publishAt), asc(articleTranslations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(articleTranslations).where(where),
    nextArticlePublish({ locale }),
  ]);
  liveUntilNextPublish(next);
  const total = totals?.total ?? 0;
  return { items: rows.map(toSummary), total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

async function visibleAlternates(articleId: string): Promise<ArticleAlternate[]> {
  const rows = await db
    .select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.articleId, articleId), articleVisible()));
  return rows.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

/**
 * The slugs under which readers see the given articles now, in the given locales (not cached:
 * read right after a change, to render those pages again, lib/cache/warm.ts).
 */
export async function visibleArticleSlugs(articleIds: string[], locales: Locale[]): Promise<{ locale: Locale; slug: string }[]> {
  if (articleIds.length === 0 || locales.length === 0) return [];
  return db
    .select({ locale: articleTranslations.locale, slug: articleTranslations.slug })
    .from(articleTranslations)
    .where(and(inArray(articleTranslations.articleId, articleIds), inArray(articleTranslations.locale, locales), articleVisible()));
}

/**
 * The article a reader asks for by locale and slug, or why there is none: an old slug that
 * moved (permanent redirect), the same article in other languages only, or nothing at all.
 * A slug longer than any slug can be (lib/slug.ts) names nothing: not found before the cached
 * read, whose `slug:` tag Next would refuse past 256 characters (and log, on every request).
 */
export async function getPublishedArticle(locale: Locale, slug: string): Promise<ArticleLookup> {
  return slug.length > SLUG_MAX_LENGTH ? { kind: 'missing' } : cachedArticle(locale, slug);
}

async function cachedArticle(locale: Locale, slug: string): Promise<ArticleLookup> {
  'use cache';
  cacheTag(tags.slug(slug));
  const [row] = await db
    .select({
      ...summaryColumns,
      translationId: articleTranslations.id,
      body: articleTranslations.body,
      updatedAt: articleTranslations.updatedAt,
      firstPublishedAt: articleTranslations.firstPublishedAt,
      contactOfficeId: articles.contactOfficeId,
      heroMediaId: articles.heroMediaId,
    })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(and(eq(articleTranslations.locale, locale), eq(articleTranslations.slug, slug), articleVisible()))
    .limit(1);

  if (!row) {
    const lookup = await lookupElsewhere(locale, slug);
    if (lookup.kind === 'moved' || lookup.kind === 'elsewhere' || lookup.kind === 'withdrawn') {
      cacheTag(tags.article(lookup.articleId));
      liveUntilNextPublish(await nextArticlePublish({ articleId: lookup.articleId }));
      return lookup.kind === 'moved' ? { kind: 'moved', slug: lookup.slug } : { kind: lookup.kind, alternates: lookup.alternates };
    }
    // A withdrawn translation of a release public nowhere: "not found" until one of its
    // translations is published again (that publish expires `article:<id>`, not this slug).
    if (lookup.articleId) cacheTag(tags.article(lookup.articleId));
    liveUntilNextPublish(await nextArticlePublish({}));
    return { kind: 'missing' };
  }

  cacheTag(tags.article(row.articleId));
  if (row.contactOfficeId) cacheTag(tags.office(row.contactOfficeId));
  const [contact, hero, alternates, taxonomy, next] = await Promise.all([
    row.contactOfficeId ? getOfficeContact(row.contactOfficeId, locale) : Promise.resolve(null),
    getArticleHero(row.heroMediaId, locale),
    visibleAlternates(row.articleId),
    articleTaxonomy(row.articleId, locale),
    nextArticlePublish({ articleId: row.articleId }),
  ]);
  liveUntilNextPublish(next);
  const { translationId: _t, contactOfficeId: _c, heroMediaId: _h, body, updatedAt, firstPublishedAt, ...summary } = row;
  return {
    kind: 'found',
    article: {
      ...toSummary(summary),
      locale,
      body,
      modifiedAt: modifiedForReaders({ updatedAt, publishAt: summary.publishAt, firstPublishedAt }),
      firstPublishedAt: (firstPublishedAt ?? summary.publishAt ?? new Date(0)).toISOString(),
      contact,
      hero,
      ...taxonomy,
      alternates,
    },
  };
}

type Elsewhere =
  | { kind: 'moved'; articleId: string; slug: string }
  | { kind: 'elsewhere' | 'withdrawn'; articleId: string; alternates: ArticleAlternate[] }
  | { kind: 'missing'; articleId?: string };

/**
 * The article whose translation in `locale` had `slug` (current or old) and is not visible:
 * unpublished or archived after readers saw it, or scheduled for later. A draft readers never
 * saw is not named: its address was never public.
 */
async function withdrawnTranslation(locale: Locale, slug: string): Promise<string | null> {
  const shown = or(
    isNotNull(articleTranslations.firstPublishedAt),
    inArray(articleTranslations.status, ['published', 'archived']),
  );
  const [row] = await db
    .select({ articleId: articleTranslations.articleId })
    .from(articleTranslations)
    .leftJoin(articleSlugRedirects, and(eq(articleSlugRedirects.translationId, articleTranslations.id), eq(articleSlugRedirects.locale, locale), eq(articleSlugRedirects.slug, slug)))
    .where(
      and(
        eq(articleTranslations.locale, locale),
        or(eq(articleTranslations.slug, slug), isNotNull(articleSlugRedirects.slug)),
        not(articleVisible()),
        shown,
      ),
    )
    .limit(1);
  return row?.articleId ?? null;
}

async function lookupElsewhere(locale: Locale, slug: string): Promise<Elsewhere> {
  // An old slug of this locale's translation: answer with its current slug, if still visible.
  const [moved] = await db
    .select({ articleId: articleTranslations.articleId, slug: articleTranslations.slug })
    .from(articleSlugRedirects)
    .innerJoin(articleTranslations, eq(articleTranslations.id, articleSlugRedirects.translationId))
    .where(and(eq(articleSlugRedirects.locale, locale), eq(articleSlugRedirects.slug, slug), articleVisible()))
    .limit(1);
  if (moved) return { kind: 'moved', ...moved };

  // This locale's translation, withdrawn from readers: the languages it is still public in.
  const withdrawn = await withdrawnTranslation(locale, slug);
  if (withdrawn) {
    const alternates = await visibleAlternates(withdrawn);
    return alternates.length > 0 ? { kind: 'withdrawn', articleId: withdrawn, alternates } : { kind: 'missing', articleId: withdrawn };
  }

  // The slug of this article in another language (the language switcher links there when a
  // translation is missing), current or old.
  const current = await db
    .select({ articleId: articleTranslations.articleId })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.slug, slug), ne(articleTranslations.locale, locale), articleVisible()));
  const old = await db
    .select({ articleId: articleTranslations.articleId })
    .from(articleSlugRedirects)
    .innerJoin(articleTranslations, eq(articleTranslations.id, articleSlugRedirects.translationId))
    .where(and(eq(articleSlugRedirects.slug, slug), articleVisible()));
  const ids = [...new Set([...current, ...old].map((r) => r.articleId))];
  const articleId = ids[0];
  if (!articleId) return { kind: 'missing' };
  const alternates = await visibleAlternates(articleId);
  // The reader's locale may exist under another slug (the reader typed or shared an old link).
  const own = alternates.find((a) => a.locale === locale);
  if (own) return { kind: 'moved', articleId, slug: own.slug };
  return { kind: 'elsewhere', articleId, alternates };
}

/**
 * Latest visible articles of a locale for home and feeds, each with when it last changed for
 * readers (lib/articles/modified.ts: the feeds' Atom <updated>), read from the same rows.
 */
export async function listLatestArticles(locale: Locale, limit: number): Promise<LatestArticle[]> {
  'use cache';
  cacheTag(tags.articleLists(locale));
  return latestVisibleArticles(locale, and(eq(articleTranslations.locale, locale), articleVisible())!, limit);
}

export type LatestArticle = ArticleSummary & { modifiedAt: string };

/**
 * The `limit` newest articles of `locale` that `where` selects (it must hold the visibility
 * rule), each with when it last changed for readers; the caller's cached scope lives until the
 * locale's next scheduled publish. Not cached itself: the site-wide feeds and the topic and
 * country feeds (db/queries/public-news.ts) cache their own reads around it.
 */
export async function latestVisibleArticles(locale: Locale, where: SQL, limit: number): Promise<LatestArticle[]> {
  const [rows, next] = await Promise.all([
    db
      .select({ ...summaryColumns, updatedAt: articleTranslations.updatedAt, firstPublishedAt: articleTranslations.firstPublishedAt })
      .from(articleTranslations)
      .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
      .where(where)
      .orderBy(desc(articleTranslations.publishAt), asc(articleTranslations.id))
      .limit(limit),
    nextArticlePublish({ locale }),
  ]);
  liveUntilNextPublish(next);
  return rows.map(({ updatedAt, firstPublishedAt, ...row }) => ({
    ...toSummary(row),
    modifiedAt: modifiedForReaders({ updatedAt, publishAt: row.publishAt, firstPublishedAt }),
  }));
}

/**
 * Every visible translation of every article, for the sitemap's hreflang groups, each with when
 * it last changed for readers (lib/articles/modified.ts): a scheduled one, from when it appeared.
 */
export async function listArticleAlternatesForSitemap(): Promise<
  { articleId: string; locale: Locale; slug: string; modifiedAt: string }[]
> {
  'use cache';
  cacheTag(...LOCALES.map(tags.articleLists));
  const [rows, next] = await Promise.all([
    db
      .select({
        articleId: articleTranslations.articleId,
        locale: articleTranslations.locale,
        slug: articleTranslations.slug,
        updatedAt: articleTranslations.updatedAt,
        publishAt: articleTranslations.publishAt,
        firstPublishedAt: articleTranslations.firstPublishedAt,
      })
      .from(articleTranslations)
      .where(articleVisible())
      .orderBy(asc(articleTranslations.articleId)),
    nextArticlePublish({}),
  ]);
  liveUntilNextPublish(next);
  return rows.map(({ updatedAt, publishAt, firstPublishedAt, ...r }) => ({ ...r, modifiedAt: modifiedForReaders({ updatedAt, publishAt, firstPublishedAt }) }));
}
