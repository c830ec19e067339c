/**
 * What the editorial dashboard reads about articles: the list with its per-locale matrix, one
 * translation for the editor, the pick lists, revisions. Never cached (always the current state)
 * and never public: each function takes the acting user, so a page must have checked who asks.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { getArticleHero } from '@/db/queries/article-hero';
import { listMediaChoices, type MediaChoice } from '@/db/queries/media';
import { articleTaxonomy, type PublishedArticle } from '@/db/queries/public-articles';
import { getOfficeContact } from '@/db/queries/public-offices';
import { foldedContains, foldedContainsPattern } from '@/db/queries/search-fold';
import { ARTICLE_SOURCE, outdatedSql as outdatedFor, sourceComparison } from '@/db/queries/source-marker';
import type { PublicUser } from '@/db/queries/users';
import { articleVisible } from '@/db/queries/visibility';
import {
  articleCountries,
  articleRevisions,
  articleTopics,
  articleTranslations,
  articles,
  countryTranslations,
  mediaTranslations,
  offices,
  topics,
  users,
  type ArticleType,
  type Locale,
  type TranslationStatus,
} from '@/db/schema';
import { DEFAULT_LIST_SORT, type ListSort } from '@/lib/articles/list-sort';
import { modifiedForReaders } from '@/lib/articles/modified';
import { displayStatus, type MatrixState } from '@/lib/articles/workflow';
import { langAttributes } from '@/i18n/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';
import { can } from '@/lib/permissions';
import type { RichTextDoc } from '@/lib/rich-text/types';

type Actor = Pick<PublicUser, 'id' | 'role'>;

/** SQL: the translation aliased `t` (columns of article_translations) is outdated (./source-marker). */
export const outdatedSql = (t: string = 'article_translations'): SQL => outdatedFor(ARTICLE_SOURCE, t);

/**
 * Who started a translation and who wrote each of its versions, once each (null for the seed or
 * an importer): what decides whether a writer may delete it (lib/articles/workflow.ts).
 */
export function authorIdsSql(t: string = 'article_translations'): SQL<(string | null)[]> {
  const tt = sql.raw(`"${t}"`);
  return sql<(string | null)[]>`array(select ${tt}.author_id::text union select r.author_id::text from article_revisions r where r.translation_id = ${tt}.id)`;
}

export const LIST_STATUSES = ['missing', 'draft', 'returned', 'in_review', 'scheduled', 'published', 'archived', 'outdated'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export interface ArticleListFilter {
  q?: string;
  status?: ListStatus;
  locale?: Locale;
  type?: ArticleType;
  authorId?: string;
  page: number;
  /** The order (lib/articles/list-sort.ts); by last change, newest first, when absent. */
  sort?: ListSort;
  /** The interface language, whose alphabetical order titles are sorted in. */
  uiLocale?: Locale;
}

export interface MatrixCell {
  state: MatrixState;
  outdated: boolean;
  /** A draft an editor sent back (with or without a note) that its writer has not resubmitted yet. */
  returned: boolean;
  publishAt: string | null;
}

export interface ArticleListRow {
  id: string;
  type: ArticleType;
  title: string;
  titleLocale: Locale;
  authorName: string | null;
  updatedAt: string;
  /** When readers first see it (or will): its earliest publication time in any language; null if none is published or scheduled. */
  publishedAt: string | null;
  cells: Record<Locale, MatrixCell>;
}

export const DASHBOARD_PAGE_SIZE = 20;

function statusCondition(status: Exclude<ListStatus, 'missing'>): SQL {
  switch (status) {
    case 'scheduled':
      return sql`t.status = 'published' and t.publish_at > now()`;
    case 'published':
      return sql`t.status = 'published' and t.publish_at <= now()`;
    case 'outdated':
      return outdatedSql('t');
    // A draft an editor sent back, not yet submitted again (the list's "Renvoyé").
    case 'returned':
      return sql`t.status = 'draft' and t.returned_by_id is not null`;
    default:
      return sql`t.status = ${status}`;
  }
}

/** The title naming an article in the list: French, else its first language in the site's order (the locale enum's order is LOCALES's). */
const titleSql = sql`(select t.title from article_translations t where t.article_id = ${articles.id} order by t.locale limit 1)`;

/**
 * ORDER BY of the list. Titles in the interface language's alphabetical order (an ICU collation:
 * the database's own, "C", would put "Égypte" after "Zimbabwe"); an article never published
 * comes after the others in either direction of the publication order. Ties: last changed first,
 * then by id, so that pages never repeat or skip a row.
 */
function listOrder(sort: ListSort, uiLocale: Locale, lastChange: SQL, published: SQL): SQL[] {
  const dir = sql.raw(sort.dir === 'asc' ? 'asc' : 'desc');
  const tieBreak = [desc(lastChange), asc(articles.id)];
  switch (sort.key) {
    case 'title':
      return [sql`${titleSql} collate ${sql.identifier(`${uiLocale}-x-icu`)} ${dir} nulls last`, ...tieBreak];
    case 'published':
      return [sql`${published} ${dir} nulls last`, ...tieBreak];
    case 'updated':
      return [sort.dir === 'asc' ? asc(lastChange) : desc(lastChange), asc(articles.id)];
  }
}

export async function listArticlesForDashboard(
  _actor: Actor,
  filter: ArticleListFilter,
): Promise<{ items: ArticleListRow[]; total: number; pageCount: number }> {
  const conditions: SQL[] = [];
  const localeCond = filter.locale ? sql`and t.locale = ${filter.locale}` : sql``;
  if (filter.q?.trim()) {
    const like = foldedContainsPattern(filter.q);
    conditions.push(
      sql`exists (select 1 from article_translations t where t.article_id = ${articles.id}
            and (${foldedContains(sql`t.title`, like)} or ${foldedContains(sql`t.lede`, like)} or t.slug ilike ${like}))`,
    );
  }
  if (filter.type) conditions.push(eq(articles.type, filter.type));
  if (filter.authorId) {
    conditions.push(
      sql`(${articles.createdById} = ${filter.authorId} or exists (select 1 from article_translations t
            where t.article_id = ${articles.id} and t.author_id = ${filter.authorId}))`,
    );
  }
  if (filter.status === 'missing') {
    conditions.push(
      filter.locale
        ? sql`not exists (select 1 from article_translations t where t.article_id = ${articles.id} ${localeCond})`
        : sql`(select count(*) from article_translations t where t.article_id = ${articles.id}) < ${LOCALES.length}`,
    );
  } else if (filter.status) {
    conditions.push(
      sql`exists (select 1 from article_translations t where t.article_id = ${articles.id} ${localeCond}
            and ${statusCondition(filter.status)})`,
    );
  } else if (filter.locale) {
    conditions.push(sql`exists (select 1 from article_translations t where t.article_id = ${articles.id} ${localeCond})`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const lastChange = sql`greatest(${articles.updatedAt},
    (select max(t.updated_at) from article_translations t where t.article_id = ${articles.id}))`;
  const published = sql`(select min(t.publish_at) from article_translations t where t.article_id = ${articles.id} and t.status = 'published')`;

  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: articles.id,
        type: articles.type,
        authorName: users.name,
        updatedAt: sql<Date>`${lastChange}`,
        publishedAt: sql<Date | null>`${published}`,
      })
      .from(articles)
      .leftJoin(users, eq(users.id, articles.createdById))
      .where(where)
      .orderBy(...listOrder(filter.sort ?? DEFAULT_LIST_SORT, filter.uiLocale ?? DEFAULT_LOCALE, lastChange, published))
      .limit(DASHBOARD_PAGE_SIZE)
      .offset((filter.page - 1) * DASHBOARD_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  if (rows.length === 0) return { items: [], total, pageCount };

  const translations = await db
    .select({
      articleId: articleTranslations.articleId,
      locale: articleTranslations.locale,
      title: articleTranslations.title,
      status: articleTranslations.status,
      publishAt: articleTranslations.publishAt,
      returnedAt: articleTranslations.returnedAt,
      outdated: sql<boolean>`${outdatedSql()}`,
    })
    .from(articleTranslations)
    .where(inArray(articleTranslations.articleId, rows.map((r) => r.id)));

  const now = new Date();
  const items = rows.map((r) => {
    const own = translations.filter((t) => t.articleId === r.id);
    const cells = Object.fromEntries(
      LOCALES.map((l) => {
        const t = own.find((x) => x.locale === l);
        const state = t ? displayStatus(t, now) : 'missing';
        const cell: MatrixCell = t
          ? { state, outdated: !!t.outdated, returned: state === 'draft' && !!t.returnedAt, publishAt: t.publishAt?.toISOString() ?? null }
          : { state, outdated: false, returned: false, publishAt: null };
        return [l, cell];
      }),
    ) as Record<Locale, MatrixCell>;
    // French is the source of truth: its title names the article when it exists, else the
    // first language in the site's order (as the sort by title reads it, titleSql).
    const named = LOCALES.map((l) => own.find((t) => t.locale === l)).find((t) => t !== undefined);
    return {
      id: r.id,
      type: r.type,
      title: named?.title ?? '',
      titleLocale: named?.locale ?? DEFAULT_LOCALE,
      authorName: r.authorName,
      updatedAt: new Date(r.updatedAt).toISOString(),
      publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
      cells,
    };
  });
  return { items, total, pageCount };
}

/**
 * What waits for `actor` in the articles (the count by the dashboard's Articles link and above
 * its list). `review`: translations in review that someone else submitted (no one publishes what
 * they submitted: lib/articles/workflow.ts), for those who may publish; 0 for the others.
 * `returned`: drafts an editor sent back that are `actor`'s — in an article they created or a
 * translation they started, as the list's author filter reads it — not yet submitted again.
 * Counted per translation, as the list's language columns show them.
 */
export async function countWaitingFor(actor: Actor): Promise<{ review: number; returned: number }> {
  const [row] = await db
    .select({
      review: can(actor.role, 'article.publish')
        ? sql<number>`count(*) filter (where ${articleTranslations.status} = 'in_review' and ${articleTranslations.submittedById} is distinct from ${actor.id})`.mapWith(Number)
        : sql<number>`0`.mapWith(Number),
      returned: sql<number>`count(*) filter (where ${articleTranslations.status} = 'draft' and ${articleTranslations.returnedById} is not null
        and (${articleTranslations.authorId} = ${actor.id} or ${articles.createdById} = ${actor.id}))`.mapWith(Number),
    })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(sql`${articleTranslations.status} in ('in_review', 'draft')`);
  return { review: row?.review ?? 0, returned: row?.returned ?? 0 };
}

/** People who wrote articles, for the author filter. */
export async function listArticleAuthors(_actor: Actor): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .where(
      sql`exists (select 1 from articles a where a.created_by_id = ${users.id})
       or exists (select 1 from article_translations t where t.author_id = ${users.id})`,
    )
    .orderBy(asc(users.name));
}

/** A name shown in another language than the interface's (a French stand-in): its language, to mark it. */
export type StandInLang = { lang?: Locale; dir?: 'rtl' | 'ltr' };

export interface EditorOptions {
  offices: ({ id: string; name: string; archived: boolean } & StandInLang)[];
  topics: ({ id: string; name: string } & StandInLang)[];
  countries: { code: string; name: string }[];
  /** `alt`: its alternative text in the language being edited ('' when none yet). */
  media: MediaChoice[];
}

/**
 * A record's name in `locale` from its translations table, else in French, else its key; and
 * the language it is in (the key counts as French).
 */
function nameOrFrench(translations: SQL, foreignKey: SQL, id: AnyPgColumn, key: AnyPgColumn, locale: Locale) {
  const nameIn = (l: Locale) => sql`(select t.name from ${translations} t where t.${foreignKey} = ${id} and t.locale = ${l})`;
  return {
    name: sql<string>`coalesce(${nameIn(locale)}, ${nameIn(DEFAULT_LOCALE)}, ${key})`,
    nameLocale: sql<Locale>`case when ${nameIn(locale)} is not null then ${locale} else ${DEFAULT_LOCALE} end`,
  };
}

/**
 * Pick lists in the interface language (office and topic names fall back to French); images
 * also carry their text in `contentLocale`, the language being edited.
 */
export async function listEditorOptions(_actor: Actor, uiLocale: Locale, contentLocale: Locale = uiLocale): Promise<EditorOptions> {
  const [officeRows, topicRows, countryRows, mediaRows] = await Promise.all([
    db
      .select({
        id: offices.id,
        status: offices.status,
        ...nameOrFrench(sql`office_translations`, sql`office_id`, offices.id, offices.key, uiLocale),
      })
      .from(offices),
    // A topic named only in French so far is still offered, by its French name.
    db
      .select({
        id: topics.id,
        ...nameOrFrench(sql`topic_translations`, sql`topic_id`, topics.id, topics.key, uiLocale),
      })
      .from(topics),
    db
      .select({ code: countryTranslations.countryCode, name: countryTranslations.name })
      .from(countryTranslations)
      .where(eq(countryTranslations.locale, uiLocale))
      .orderBy(asc(countryTranslations.name)),
    listMediaChoices(uiLocale, contentLocale),
  ]);
  // In the language's alphabetical order: the database's collation put Égypte and États-Unis
  // after Zimbabwe.
  const collator = new Intl.Collator(uiLocale);
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  return {
    offices: officeRows.map((o) => ({ id: o.id, name: o.name, archived: o.status === 'archived', ...langAttributes(o.nameLocale, uiLocale) })).sort(byName),
    topics: topicRows.map((x) => ({ id: x.id, name: x.name, ...langAttributes(x.nameLocale, uiLocale) })).sort(byName),
    countries: countryRows.sort(byName),
    media: mediaRows,
  };
}

export interface EditorTranslation {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  body: RichTextDoc;
  dateline: string;
  status: TranslationStatus;
  publishAt: string | null;
  firstPublishedAt: string | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  /** Who saved the current version's text, and when (its revision): what "Version n, saved by" says. */
  savedAt: string;
  savedByName: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  /** Set when an editor sent it back to draft: who, when, and their note (may be empty). */
  returned: { byName: string | null; at: string; note: string | null } | null;
  sourceLocale: Locale | null;
  sourceRevisionId: string | null;
  outdated: boolean;
  /** Who started it and who wrote its versions (null: the seed or an importer). */
  authorIds: (string | null)[];
}

export interface EditorArticle {
  id: string;
  /** Version of the fields every translation shares (type, office, topics, countries, image). */
  version: number;
  type: ArticleType;
  contactOfficeId: string | null;
  heroMediaId: string | null;
  heroAlt: Partial<Record<Locale, string>>;
  topicIds: string[];
  countryCodes: string[];
  /** `publishAt` (ISO 8601, UTC): a scheduled language comes out then, with the page open too. */
  /** `title`: a language not written yet is headed with it (the first language's, as the list names the release). */
  translations: { locale: Locale; id: string; title: string; state: MatrixState; publishAt: string | null; outdated: boolean }[];
}

export async function getEditorArticle(_actor: Actor, articleId: string, tx: Executor = db): Promise<EditorArticle | null> {
  const [a] = await tx
    .select({ id: articles.id, version: articles.version, type: articles.type, contactOfficeId: articles.contactOfficeId, heroMediaId: articles.heroMediaId })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!a) return null;
  const [topicRows, countryRows, tr, alts] = await readAll(tx, [
    tx.select({ id: articleTopics.topicId }).from(articleTopics).where(eq(articleTopics.articleId, articleId)),
    tx.select({ code: articleCountries.countryCode }).from(articleCountries).where(eq(articleCountries.articleId, articleId)),
    tx
      .select({
        id: articleTranslations.id,
        locale: articleTranslations.locale,
        title: articleTranslations.title,
        status: articleTranslations.status,
        publishAt: articleTranslations.publishAt,
        outdated: sql<boolean>`${outdatedSql()}`,
      })
      .from(articleTranslations)
      .where(eq(articleTranslations.articleId, articleId)),
    a.heroMediaId
      ? tx.select({ locale: mediaTranslations.locale, alt: mediaTranslations.alt }).from(mediaTranslations).where(eq(mediaTranslations.mediaId, a.heroMediaId))
      : Promise.resolve([]),
  ]);
  const order = (l: Locale) => LOCALES.indexOf(l);
  return {
    ...a,
    heroAlt: Object.fromEntries(alts.map((x) => [x.locale, x.alt])),
    topicIds: topicRows.map((r) => r.id),
    countryCodes: countryRows.map((r) => r.code),
    translations: tr
      .map((t) => ({ locale: t.locale, id: t.id, title: t.title, state: displayStatus(t) as MatrixState, publishAt: t.publishAt?.toISOString() ?? null, outdated: !!t.outdated }))
      .sort((x, y) => order(x.locale) - order(y.locale)),
  };
}

export async function getEditorTranslation(_actor: Actor, articleId: string, locale: Locale, tx: Executor = db): Promise<EditorTranslation | null> {
  const submitter = sql<string | null>`(select u.name from users u where u.id = ${articleTranslations.submittedById})`;
  // The current version's revision: a workflow step (publish, send back) moves updatedAt but
  // is not a save of the text, and names nobody new.
  const current = sql`from article_revisions r where r.translation_id = ${articleTranslations.id} and r.version = ${articleTranslations.version}`;
  const [row] = await tx
    .select({
      t: articleTranslations,
      updatedByName: users.name,
      savedAt: sql<Date | null>`(select r.created_at ${current})`,
      savedByName: sql<string | null>`(select u.name from users u where u.id = (select r.author_id ${current}))`,
      submittedByName: submitter,
      returnedByName: sql<string | null>`(select u.name from users u where u.id = ${articleTranslations.returnedById})`,
      outdated: sql<boolean>`${outdatedSql()}`,
      authorIds: authorIdsSql(),
    })
    .from(articleTranslations)
    .leftJoin(users, eq(users.id, articleTranslations.updatedById))
    .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.locale, locale)));
  if (!row) return null;
  const { t } = row;
  return {
    id: t.id,
    locale: t.locale,
    slug: t.slug,
    title: t.title,
    lede: t.lede,
    body: t.body,
    dateline: t.dateline,
    status: t.status,
    publishAt: t.publishAt?.toISOString() ?? null,
    firstPublishedAt: t.firstPublishedAt?.toISOString() ?? null,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
    savedAt: (row.savedAt ? new Date(row.savedAt) : t.updatedAt).toISOString(),
    savedByName: row.savedAt ? row.savedByName : row.updatedByName,
    submittedById: t.submittedById,
    submittedByName: row.submittedByName,
    returned: t.returnedAt ? { byName: row.returnedByName, at: t.returnedAt.toISOString(), note: t.returnNote } : null,
    sourceLocale: t.sourceLocale,
    sourceRevisionId: t.sourceRevisionId,
    outdated: !!row.outdated,
    authorIds: row.authorIds,
  };
}

export interface RevisionSummary {
  id: string;
  version: number;
  authorName: string | null;
  createdAt: string;
  note: string | null;
}

export async function listRevisions(_actor: Actor, translationId: string): Promise<RevisionSummary[]> {
  const rows = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      authorName: users.name,
      createdAt: articleRevisions.createdAt,
      note: articleRevisions.note,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.translationId, translationId))
    .orderBy(desc(articleRevisions.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export interface RevisionContentRow {
  id: string;
  version: number;
  title: string;
  slug: string;
  lede: string;
  dateline: string;
  body: RichTextDoc;
}

/** The text of a revision, as diffs and the source beside a translation read it. */
const revisionContent = {
  id: articleRevisions.id,
  version: articleRevisions.version,
  title: articleRevisions.title,
  slug: articleRevisions.slug,
  lede: articleRevisions.lede,
  dateline: articleRevisions.dateline,
  body: articleRevisions.body,
};

export async function getRevisionsByVersion(_actor: Actor, translationId: string, versions: number[]): Promise<RevisionContentRow[]> {
  if (versions.length === 0) return [];
  return db
    .select(revisionContent)
    .from(articleRevisions)
    .where(and(eq(articleRevisions.translationId, translationId), inArray(articleRevisions.version, versions)));
}

/**
 * For a translation made from a source locale: the source's current text, the source revision
 * the translation was made from (to show what changed in the source since), and what that
 * source is itself behind on (./source-marker).
 */
export async function getSourceComparison(
  _actor: Actor,
  articleId: string,
  sourceLocale: Locale,
  sourceRevisionId: string | null,
): Promise<{ current: RevisionContentRow & { translationId: string }; base: RevisionContentRow | null; upstream: { locale: Locale; base: RevisionContentRow; current: RevisionContentRow } | null } | null> {
  return sourceComparison<Omit<RevisionContentRow, 'id' | 'version' | 'slug'>>(db, ARTICLE_SOURCE, articleId, sourceLocale, sourceRevisionId);
}


/** The languages an article is written in (any state), in the site's order. */
export async function listArticleLocales(_actor: Actor, articleId: string): Promise<Locale[]> {
  const rows = await db.select({ locale: articleTranslations.locale }).from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
  return rows.map((r) => r.locale).sort((x, y) => LOCALES.indexOf(x) - LOCALES.indexOf(y));
}

/**
 * A translation in any state, shaped like the public article (PublishedArticle), for the
 * signed-in preview: the same template renders it. The date shown is its publish time when it
 * has one, else now (what it would say if published at once).
 */
export async function getArticlePreview(_actor: Actor, articleId: string, locale: Locale): Promise<PublishedArticle | null> {
  const [row] = await db
    .select({
      articleId: articles.id,
      type: articles.type,
      isSample: articles.isSample,
      contactOfficeId: articles.contactOfficeId,
      heroMediaId: articles.heroMediaId,
      slug: articleTranslations.slug,
      title: articleTranslations.title,
      lede: articleTranslations.lede,
      dateline: articleTranslations.dateline,
      body: articleTranslations.body,
      publishAt: articleTranslations.publishAt,
      firstPublishedAt: articleTranslations.firstPublishedAt,
      updatedAt: articleTranslations.updatedAt,
    })
    .from(articleTranslations)
    .innerJoin(articles, eq(articles.id, articleTranslations.articleId))
    .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.locale, locale)));
  if (!row) return null;
  const [contact, hero, alternates, taxonomy] = await Promise.all([
    row.contactOfficeId ? getOfficeContact(row.contactOfficeId, locale) : Promise.resolve(null),
    getArticleHero(row.heroMediaId, locale),
    db
      .select({ locale: articleTranslations.locale, slug: articleTranslations.slug, title: articleTranslations.title })
      .from(articleTranslations)
      .where(and(eq(articleTranslations.articleId, articleId), articleVisible())),
    articleTaxonomy(articleId, locale),
  ]);
  const when = (row.publishAt ?? new Date()).toISOString();
  return {
    articleId: row.articleId,
    type: row.type,
    isSample: row.isSample,
    slug: row.slug,
    title: row.title,
    lede: row.lede,
    dateline: row.dateline,
    publishedAt: when,
    locale,
    body: row.body,
    modifiedAt: modifiedForReaders(row),
    firstPublishedAt: (row.firstPublishedAt ?? row.publishAt ?? new Date()).toISOString(),
    contact,
    hero,
    ...taxonomy,
    alternates: alternates.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale)),
  };
}
