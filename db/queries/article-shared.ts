/**
 * The fields every translation of an article shares — type, contact office, topics, countries,
 * hero image — and their version (articles.version): any translation's editor shows and saves
 * them, so a save that would change them is refused when it was based on an older version, as
 * a translation's text is (lib/revisions/conflict.ts). Runs inside the caller's transaction.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { readAll } from '@/db/read-all';
import { articleCountries, articleTopics, articleTranslations, articles, users, type ArticleType, type Locale } from '@/db/schema';
import { tags } from '@/lib/cache/tags';
import { isStale } from '@/lib/revisions/conflict';

export interface SharedFields {
  type: ArticleType;
  contactOfficeId: string | null;
  topicIds: string[];
  countryCodes: string[];
  heroMediaId: string | null;
}

/** What a refused save answers about them: who changed them, when, and to what (to load if wanted). */
export interface SharedConflict {
  currentVersion: number;
  savedBy: string | null;
  /** ISO 8601, UTC. */
  savedAt: string;
  theirs: SharedFields;
}

export interface StoredShared extends SharedFields {
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
}

/** The article's shared fields, locked for this transaction; null when there is no such article. */
export async function lockSharedFields(tx: Executor, articleId: string): Promise<StoredShared | null> {
  const [a] = await tx
    .select({
      type: articles.type,
      contactOfficeId: articles.contactOfficeId,
      heroMediaId: articles.heroMediaId,
      version: articles.version,
      updatedAt: articles.updatedAt,
      updatedByName: users.name,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.updatedById))
    .where(eq(articles.id, articleId))
    .for('update', { of: articles });
  if (!a) return null;
  const [topicRows, countryRows] = await readAll(tx, [
    tx.select({ id: articleTopics.topicId }).from(articleTopics).where(eq(articleTopics.articleId, articleId)),
    tx.select({ code: articleCountries.countryCode }).from(articleCountries).where(eq(articleCountries.articleId, articleId)),
  ]);
  return { ...a, topicIds: topicRows.map((r) => r.id), countryCodes: countryRows.map((r) => r.code) };
}

const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** The shared fields a save would change, by name (in the audit entry of the save). */
export function sharedFieldsChanged(stored: SharedFields, wanted: SharedFields): (keyof SharedFields)[] {
  const changed: (keyof SharedFields)[] = [];
  if (stored.type !== wanted.type) changed.push('type');
  if (stored.contactOfficeId !== wanted.contactOfficeId) changed.push('contactOfficeId');
  if (stored.heroMediaId !== wanted.heroMediaId) changed.push('heroMediaId');
  if (!sameSet(stored.topicIds, wanted.topicIds)) changed.push('topicIds');
  if (!sameSet(stored.countryCodes, wanted.countryCodes)) changed.push('countryCodes');
  return changed;
}

export function sharedFieldsDiffer(stored: SharedFields, wanted: SharedFields): boolean {
  return sharedFieldsChanged(stored, wanted).length > 0;
}

/**
 * A conflict when the save would change the shared fields from a version someone else has
 * replaced. A save that leaves them as they are stored overwrites nobody's choice, whatever
 * version it was based on: it goes through (its text has its own check).
 */
export function sharedConflict(stored: StoredShared, wanted: SharedFields, baseVersion: number | null | undefined): SharedConflict | null {
  if (!sharedFieldsDiffer(stored, wanted) || !isStale(stored, baseVersion)) return null;
  const { version, updatedAt, updatedByName, ...theirs } = stored;
  return { currentVersion: version, savedBy: updatedByName, savedAt: updatedAt.toISOString(), theirs };
}

async function replaceTaxonomies(tx: Executor, articleId: string, topicIds: string[], codes: string[]): Promise<void> {
  await tx.delete(articleTopics).where(eq(articleTopics.articleId, articleId));
  await tx.delete(articleCountries).where(eq(articleCountries.articleId, articleId));
  if (topicIds.length) await tx.insert(articleTopics).values([...new Set(topicIds)].map((topicId) => ({ articleId, topicId })));
  if (codes.length) await tx.insert(articleCountries).values([...new Set(codes)].map((countryCode) => ({ articleId, countryCode })));
}

/** Published (visible or scheduled) translations: their pages and lists show the shared fields. */
export async function publishedLocales(tx: Executor, articleId: string): Promise<Locale[]> {
  const rows = await tx
    .select({ locale: articleTranslations.locale })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.status, 'published')));
  return rows.map((r) => r.locale);
}

/** A new article's shared fields, at version 1. */
export async function insertArticle(tx: Executor, actorId: string, fields: SharedFields): Promise<string> {
  const [a] = await tx
    .insert(articles)
    .values({ type: fields.type, contactOfficeId: fields.contactOfficeId, heroMediaId: fields.heroMediaId, createdById: actorId, updatedById: actorId })
    .returning({ id: articles.id });
  await replaceTaxonomies(tx, a!.id, fields.topicIds, fields.countryCodes);
  return a!.id;
}

/**
 * Writes the shared fields when they changed, as a new version by `actorId`; answers the tags
 * of the public pages that show them (the article, and the lists of its published languages).
 */
export async function updateSharedFields(
  tx: Executor,
  articleId: string,
  actorId: string,
  stored: SharedFields,
  wanted: SharedFields,
): Promise<{ changed: (keyof SharedFields)[]; tags: string[] }> {
  const changed = sharedFieldsChanged(stored, wanted);
  if (changed.length === 0) return { changed, tags: [] };
  await tx
    .update(articles)
    .set({
      type: wanted.type,
      contactOfficeId: wanted.contactOfficeId,
      heroMediaId: wanted.heroMediaId,
      version: sql`${articles.version} + 1`,
      updatedById: actorId,
      updatedAt: sql`now()`,
    })
    .where(eq(articles.id, articleId));
  await replaceTaxonomies(tx, articleId, wanted.topicIds, wanted.countryCodes);
  return { changed, tags: [...(await publishedLocales(tx, articleId)).map((l) => tags.articleLists(l)), tags.article(articleId)] };
}
