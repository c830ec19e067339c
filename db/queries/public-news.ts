import { and, asc, count, countDistinct, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { cacheTag } from 'next/cache';
import { db } from '@/db';
import {
  articleCountries,
  articleTopics,
  articleTranslations,
  articles,
  countryTranslations,
  topicSlugRedirects,
  topicTranslations,
  LOCALES,
} from '@/db/schema';
import { liveUntilNextPublish } from '@/lib/cache/schedule';
import { tags } from '@/lib/cache/tags';
import { siteTimeZone } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { newsFilterPath, type FeedFilter, type NewsFilter } from '@/lib/news-filter';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, SEARCH_CONFIG, SNIPPET_DELIMITER, websearchQuery, withCuts } from '@/lib/search';
import { latestVisibleArticles, NEWS_PAGE_SIZE, pageOfVisibleArticles, summaryColumns, toSummary, type ArticleSummary, type LatestArticle } from './public-articles';
import { articleVisible, nextArticlePublish } from './visibility';

/**
 * The news list narrowed down (by topic, country or year: one filter, one cacheable address
 * each) and searched, for anonymous readers: every read is visible content only (published,
 * publish time passed), in the reader's locale, cached with the locale's list tag.
 */

export { newsFilterPath, type NewsFilter };

export interface NewsFilterOptions {
  /** `id` is the topic's: the same topic under another slug in another language (the sitemap's hreflang). */
  topics: { id: string; slug: string; name: string; count: number }[];
  countries: { code: string; name: string; count: number }[];
  /** Newest first. */
  years: { year: number; count: number }[];
}

/** Publication year as readers see dates: in the organization's time zone (lib/format.ts). */
const yearOf = () => sql<number>`extract(year from ${articleTranslations.publishAt} at time zone ${siteTimeZone()})::int`;

const visibleIn = (locale: Locale) => and(eq(articleTranslations.locale, locale), articleVisible())!;

/** The topics, countries and years that have visible releases in `locale`: the filter links. */
export async function listNewsFilterOptions(locale: Locale): Promise<NewsFilterOptions> {
  'use cache';
  cacheTag(tags.articleLists(locale), tags.taxonomy());
  const [topicRows, countryRows, yearRows, next] = await Promise.all([
    db
      .select({ id: topicTranslations.topicId, slug: topicTranslations.slug, name: topicTranslations.name, count: countDistinct(articleTopics.articleId) })
      .from(articleTopics)
      .innerJoin(articleTranslations, and(eq(articleTranslations.articleId, articleTopics.articleId), visibleIn(locale)))
      .innerJoin(topicTranslations, and(eq(topicTranslations.topicId, articleTopics.topicId), eq(topicTranslations.locale, locale)))
      .groupBy(topicTranslations.topicId, topicTranslations.slug, topicTranslations.name),
    db
      .select({ code: articleCountries.countryCode, name: countryTranslations.name, count: countDistinct(articleCountries.articleId) })
      .from(articleCountries)
      .innerJoin(articleTranslations, and(eq(articleTranslations.articleId, articleCountries.articleId), visibleIn(locale)))
      .innerJoin(
        countryTranslations,
        and(eq(countryTranslations.countryCode, articleCountries.countryCode), eq(countryTranslations.locale, locale)),
      )
      .groupBy(articleCountries.countryCode, countryTranslations.name),
    db
      .select({ year: yearOf(), count: count() })
      .from(articleTranslations)
      .where(visibleIn(locale))
      // By position: the time zone is a parameter, so a repeated expression would not be "the same".
      .groupBy(sql`1`)
      .orderBy(sql`1 desc`),
    nextArticlePublish({ locale }),
  ]);
  liveUntilNextPublish(next);
  const collator = new Intl.Collator(locale);
  return {
    topics: topicRows.sort((a, b) => collator.compare(a.name, b.name)),
    countries: countryRows.map((c) => ({ ...c, code: c.code.trim() })).sort((a, b) => collator.compare(a.name, b.name)),
    years: yearRows,
  };
}

export interface FilteredNews {
  /** What the list is narrowed to, in the reader's words: a topic or country name, a year. */
  label: string;
  /** The same listing's path (without locale) in each locale; a topic's slug differs per locale. */
  paths: Record<Locale, string>;
  items: ArticleSummary[];
  total: number;
  pageCount: number;
}


const samePath = (path: string) => Object.fromEntries(LOCALES.map((l) => [l, path])) as Record<Locale, string>;

/** What a filter selects, or null when it names nothing (an unknown topic slug or country code). */
async function resolveFilter(locale: Locale, filter: NewsFilter): Promise<{ where: SQL; label: string; paths: Record<Locale, string> } | null> {
  if (filter.kind === 'year') {
    const tz = siteTimeZone();
    const from = sql`make_timestamptz(${filter.year}::int, 1, 1, 0, 0, 0, ${tz}::text)`;
    const to = sql`make_timestamptz(${filter.year + 1}::int, 1, 1, 0, 0, 0, ${tz}::text)`;
    return {
      where: sql`${articleTranslations.publishAt} >= ${from} and ${articleTranslations.publishAt} < ${to}`,
      label: String(filter.year),
      paths: samePath(newsFilterPath(filter)),
    };
  }
  if (filter.kind === 'country') {
    const code = filter.code.toUpperCase();
    const [country] = await db
      .select({ name: countryTranslations.name })
      .from(countryTranslations)
      .where(and(eq(countryTranslations.countryCode, code), eq(countryTranslations.locale, locale)));
    if (!country) return null;
    return {
      where: inArray(articleTranslations.articleId, db.select({ id: articleCountries.articleId }).from(articleCountries).where(eq(articleCountries.countryCode, code))),
      label: country.name,
      paths: samePath(newsFilterPath({ kind: 'country', code })),
    };
  }
  const [topic] = await db
    .select({ topicId: topicTranslations.topicId, name: topicTranslations.name })
    .from(topicTranslations)
    .where(and(eq(topicTranslations.locale, locale), eq(topicTranslations.slug, filter.slug)));
  if (!topic) return null;
  const slugs = await db
    .select({ locale: topicTranslations.locale, slug: topicTranslations.slug })
    .from(topicTranslations)
    .where(eq(topicTranslations.topicId, topic.topicId));
  const paths = Object.fromEntries(
    LOCALES.map((l) => {
      const own = slugs.find((s) => s.locale === l);
      // A locale without a name for the topic: its news list, never a dead address.
      return [l, own ? newsFilterPath({ kind: 'topic', slug: own.slug }) : '/news'];
    }),
  ) as Record<Locale, string>;
  return {
    where: inArray(articleTranslations.articleId, db.select({ id: articleTopics.articleId }).from(articleTopics).where(eq(articleTopics.topicId, topic.topicId))),
    label: topic.name,
    paths,
  };
}

/** One page of the visible releases of `locale` that a filter selects, newest first; null for an unknown filter. */
export async function listFilteredArticles(locale: Locale, filter: NewsFilter, page: number, pageSize: number = NEWS_PAGE_SIZE): Promise<FilteredNews | null> {
  'use cache';
  const selected = await selectedBy(locale, filter);
  if (!selected) return null;
  return { label: selected.label, paths: selected.paths, ...(await pageOfVisibleArticles(locale, selected.where, page, pageSize)) };
}

/**
 * Inside a cached read of a filtered list or its feed: what the filter selects among the visible
 * releases of `locale`, the read tagged as the lists are; null for an unknown filter.
 */
async function selectedBy(locale: Locale, filter: NewsFilter) {
  cacheTag(tags.articleLists(locale), tags.taxonomy());
  const resolved = await resolveFilter(locale, filter);
  if (!resolved) {
    liveUntilNextPublish(null);
    return null;
  }
  return { ...resolved, where: and(visibleIn(locale), resolved.where)! };
}

export interface FilteredFeed {
  /** The topic's or country's name in the reader's words. */
  label: string;
  items: LatestArticle[];
}

/**
 * The `limit` newest visible releases of `locale` that a topic or a country selects, for that
 * list's feeds (lib/feeds.ts), cached as the list itself is; null for an unknown filter.
 */
export async function listFilteredFeed(locale: Locale, filter: FeedFilter, limit: number): Promise<FilteredFeed | null> {
  'use cache';
  const selected = await selectedBy(locale, filter);
  if (!selected) return null;
  return { label: selected.label, items: await latestVisibleArticles(locale, selected.where, limit) };
}

/**
 * A topic list address that was given up for another (db/queries/topics.ts): the topic's
 * current address in the same language, which the old one redirects to; null when the slug
 * was never a topic's, or its topic has no address in that language any more.
 */
export async function movedTopicSlug(locale: Locale, slug: string): Promise<string | null> {
  'use cache';
  cacheTag(tags.taxonomy());
  const [row] = await db
    .select({ slug: topicTranslations.slug })
    .from(topicSlugRedirects)
    .innerJoin(topicTranslations, and(eq(topicTranslations.topicId, topicSlugRedirects.topicId), eq(topicTranslations.locale, locale)))
    .where(and(eq(topicSlugRedirects.locale, locale), eq(topicSlugRedirects.slug, slug)));
  return row?.slug ?? null;
}

export interface SearchHit extends ArticleSummary {
  /** The title with the matched words between HIGHLIGHT_START and HIGHLIGHT_STOP (lib/search.ts). */
  titleHighlight: string;
  /** Up to two passages of the lede and body around the matched words, marked the same way, with "…" where the text was cut. */
  snippet: string;
}

export interface SearchResults {
  items: SearchHit[];
  total: number;
  pageCount: number;
  /**
   * Whether the query has a word the language's configuration searches: one made only of words
   * it ignores ("de la", "the") or of signs ("-", a lone quote) searches nothing, and the reader
   * is told so rather than that no release matched.
   */
  searchable: boolean;
}

const marks = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
const TITLE_HEADLINE = `HighlightAll=true, ${marks}`;
const SNIPPET_HEADLINE = `MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${SNIPPET_DELIMITER}", ${marks}`;
/** Enough of the text's start and end to tell whether a passage is there (lib/search.ts, withCuts). */
const SNIPPET_ENDS = 300;

/**
 * The passages come from the lede and the text; a lede that is the text's first sentence (the
 * importer and many writers make it so) is not read twice, or both passages could be the same.
 */
const snippetSource = sql`case when starts_with(${articleTranslations.bodyText}, ${articleTranslations.lede}) then ${articleTranslations.bodyText}
  else ${articleTranslations.lede} || ' ' || ${articleTranslations.bodyText} end`;

/**
 * Full-text search of the visible releases of `locale`, in that locale's language only
 * (websearch syntax: words, "a phrase", -excluded, and "or" in the reader's words: lib/search.ts, websearchQuery), best match first. The results are
 * cached per (locale, query, page) with the locale's list tag, so a publish expires them.
 */
export async function searchArticles(locale: Locale, query: string, page: number, pageSize: number = NEWS_PAGE_SIZE): Promise<SearchResults> {
  'use cache';
  cacheTag(tags.articleLists(locale));
  const config = SEARCH_CONFIG[locale];
  // Arabic text is indexed through arabic_search_text (db/schema.ts, searchVector): the query too.
  const typed = websearchQuery(locale, query);
  const searched = locale === 'ar' ? sql`arabic_search_text(${typed})` : sql`${typed}`;
  const tsquery = sql`websearch_to_tsquery(${config}::regconfig, ${searched})`;
  const where = and(visibleIn(locale), sql`${articleTranslations.search} @@ ${tsquery}`);
  const [rows, [totals], [parsed], next] = await Promise.all([
    db
      .select({
        ...summaryColumns,
        titleHighlight: sql<string>`ts_headline(${config}::regconfig, ${articleTranslations.title}, ${tsquery}, ${TITLE_HEADLINE})`,
        snippet: sql<string>`ts_headline(${config}::regconfig, ${snippetSource}, ${tsquery}, ${SNIPPET_HEADLINE})`,
        snippetHead: sql<string>`left(${snippetSource}, ${SNIPPET_ENDS})`,
        snippetTail: sql<string>`right(${snippetSource}, ${SNIPPET_ENDS})`,
      })
      .from(articleTranslations)
      .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
      .where(where)
      .orderBy(desc(sql`ts_rank_cd(${articleTranslations.search}, ${tsquery})`), desc(articleTranslations.publishAt), asc(articleTranslations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(articleTranslations).where(where),
    // numnode counts the query's words and operators: 0 when nothing in it is searched.
    db.execute<{ searchable: boolean }>(sql`select numnode(${tsquery}) > 0 as searchable`).then((r) => r.rows),
    nextArticlePublish({ locale }),
  ]);
  liveUntilNextPublish(next);
  const total = totals?.total ?? 0;
  return {
    items: rows.map(({ titleHighlight, snippet, snippetHead, snippetTail, ...row }) => ({
      ...toSummary(row),
      titleHighlight,
      snippet: withCuts(snippet, snippetHead, snippetTail),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    searchable: parsed?.searchable ?? true,
  };
}
