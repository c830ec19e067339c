/**
 * The fields every translation of an article shares — type, contact office, topics, countries,
 * hero image — and their version (articles.version): any translation's editor shows and saves
 * them, so a save that would change them is refused when it was based on an older version, as
 * a translation's text is (lib/revisions/conflict.ts). Writes run inside the caller's
 * transaction. Their changes have no revisions of their own: the audit entry of each save that
 * made one says what it changed, before and after, and is what a translation's header and
 * history read them from (listSharedChanges, lastSharedChange).
 */
import { and, eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { readAll } from '@/db/read-all';
import type { PublicUser } from '@/db/queries/users';
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

/** What a save changed in them: each field it changed, its value before and after. */
export type SharedChanges = { [K in keyof SharedFields]?: { before: SharedFields[K]; after: SharedFields[K] } };

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
): Promise<{ changed: (keyof SharedFields)[]; changes: SharedChanges; tags: string[] }> {
  const changed = sharedFieldsChanged(stored, wanted);
  if (changed.length === 0) return { changed, changes: {}, tags: [] };
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
  return {
    changed,
    changes: sharedChanges(stored, wanted, changed),
    tags: [...(await publishedLocales(tx, articleId)).map((l) => tags.articleLists(l)), tags.article(articleId)],
  };
}

/** The fields `changed`, each with its value before and after (lists as sets: sorted, once each). */
function sharedChanges(stored: SharedFields, wanted: SharedFields, changed: (keyof SharedFields)[]): SharedChanges {
  const set = (xs: string[]) => [...new Set(xs)].sort();
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of changed) {
    const [before, after] = [stored[field], wanted[field]];
    out[field] = Array.isArray(before) && Array.isArray(after) ? { before: set(before), after: set(after) } : { before, after };
  }
  return out as SharedChanges;
}

type Actor = Pick<PublicUser, 'id' | 'role'>;

/** A save that changed the shared fields: who, when, which fields, and (entries since they are recorded) what to. */
export interface SharedChangeEntry {
  /** ISO 8601, UTC. */
  at: string;
  byName: string | null;
  fields: (keyof SharedFields)[];
  /** Before and after; null in entries written before they were recorded. */
  changes: SharedChanges | null;
}

const FIELDS: readonly (keyof SharedFields)[] = ['type', 'contactOfficeId', 'topicIds', 'countryCodes', 'heroMediaId'];

/** SQL: the audit entry `l` is of a save of the article that changed its shared fields (the article actions write it). */
const sharedSaveOf = (articleId: string) => sql`l.action in ('article.save', 'article.create') and l.outcome = 'ok'
    and l.detail->>'articleId' = ${articleId} and l.detail->'sharedChanged' is not null`;

type EntryRow = { at: Date | string; name: string | null; fields: unknown; changes: unknown };

/**
 * What an audit entry of a save says of the shared fields (its `sharedChanged` and `shared`), as
 * far as it holds that format: the page of the log reads any entry's detail with it.
 */
export function sharedChangeOf(fields: unknown, changes: unknown): Pick<SharedChangeEntry, 'fields' | 'changes'> {
  return {
    fields: Array.isArray(fields) ? FIELDS.filter((f) => (fields as unknown[]).includes(f)) : [],
    changes: changes && typeof changes === 'object' && !Array.isArray(changes) ? (changes as SharedChanges) : null,
  };
}

function entryOf(row: EntryRow): SharedChangeEntry {
  return { at: new Date(row.at).toISOString(), byName: row.name, ...sharedChangeOf(row.fields, row.changes) };
}

/**
 * The changes of the shared fields since `since` (a translation's first version: those before
 * are not in its history), newest first; who by their name now, as a revision's author is.
 */
export async function listSharedChanges(_actor: Actor, articleId: string, since: Date): Promise<SharedChangeEntry[]> {
  const { rows } = await db.execute<EntryRow>(sql`select l.at, u.name, l.detail->'sharedChanged' as fields, l.detail->'shared' as changes
    from audit_log l left join users u on u.id = l.actor_id
   where ${sharedSaveOf(articleId)} and l.at >= ${since.toISOString()}::timestamptz
   order by l.at desc, l.id desc`);
  return rows.map(entryOf);
}

/**
 * The last change of the shared fields, if any since the article was made: who and when from
 * the article itself (its updatedAt and updatedById are that change's), which fields from the
 * save's audit entry, written in the same transaction and so at the same time (now()); found
 * by that time (an index), or left unnamed if the change was made without one.
 */
export async function lastSharedChange(_actor: Actor, articleId: string): Promise<SharedChangeEntry | null> {
  const { rows: [row] } = await db.execute<EntryRow>(sql`select a.updated_at as at, u.name, e.detail->'sharedChanged' as fields, e.detail->'shared' as changes
    from articles a left join users u on u.id = a.updated_by_id
    left join lateral (select l.detail from audit_log l where l.at = a.updated_at and ${sharedSaveOf(articleId)} order by l.id desc limit 1) e on true
   where a.id = ${articleId} and a.version > 1`);
  return row ? entryOf(row) : null;
}
