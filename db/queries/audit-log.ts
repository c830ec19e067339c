import { and, count, desc, eq, gte, inArray, isNull, like, lt, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Executor } from '@/db';
import { escapeLike } from '@/db/like';
import { readAll } from '@/db/read-all';
import { articleTranslations, auditLog, officeTranslations, orgUnitTranslations, topicTranslations, users, type AuditEntry } from '@/db/schema';
import type { Day } from '@/lib/calendar-day';
import { pickName } from '@/lib/audit-detail';
import { siteTimeZone } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';

/**
 * Reading the audit log (writing is db/queries/audit.ts). Filters are what an administrator
 * asks: who (a user, or "no account" for failed sign-ins), which item, which action, whether it
 * was refused, and days in the organization's time zone.
 */
export interface AuditFilter {
  /** A user id, or 'none' for entries without an account (failed sign-ins, seed, CLI). */
  actor?: string;
  entityType?: string;
  /**
   * The start of an item's id, as the list shows it (its first 8 characters) or whole: at least
   * ENTITY_ID_PREFIX_MIN characters, checked beforehand (readAuditFilter). The start of an
   * article's id (the one in its editor's address) also finds the entries about its
   * translations, deleted ones included.
   */
  entityId?: string;
  action?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  /**
   * Inclusive days in the site's time zone, checked beforehand (`parseDay`, through the page's
   * readAuditFilter): PostgreSQL refuses an impossible day, which would fail the whole query.
   */
  from?: Day;
  to?: Day;
}

interface AuditRecord extends Pick<AuditEntry, 'id' | 'at' | 'actorId' | 'actorEmail' | 'action' | 'entityType' | 'entityId' | 'locale' | 'outcome' | 'ip' | 'detail'> {
  actorName: string | null;
}

/**
 * The release an article or translation entry is about: its title in the translation's language,
 * as it is now while the translation exists (`exists`: its editor can be opened), else as the
 * entry stored it (article.delete keeps the title). Null for other entries, and for an entry
 * about a translation gone since that stored no title.
 */
export interface AuditArticle {
  articleId: string;
  locale: Locale;
  title: string;
  exists: boolean;
}

/**
 * The topic, unit, office or account an entry is about, by name: as the entry recorded it at
 * the time (lib/audit-detail.ts: `names` by language, a person's `name`), so a deleted or
 * renamed item keeps the name it had; for an older entry that kept none, as it is now
 * (`current`), while the item exists. Null for other entries, and when neither is known.
 */
export interface AuditItem {
  names: Partial<Record<Locale, string>>;
  /** A person's name, which is not translated. */
  name: string | null;
  current: boolean;
}

export interface AuditRow extends AuditRecord {
  article: AuditArticle | null;
  item: AuditItem | null;
}

/**
 * The fewest characters of an item id the filter looks up. Ids are random UUIDs: one hex character
 * matches a sixteenth of the log, three still one entry in 4096, which is a sample rather than
 * an item, and reads a large part of the index. Four narrow it to one in 65,536 (with the item
 * type, almost always to the one item) and still let a person type a short start of the id.
 */
export const ENTITY_ID_PREFIX_MIN = 4;

/** What was typed of an id, trimmed; a UUID's start in capitals as stored (lower case). */
const idStart = (typed: string) => {
  const start = typed.trim();
  return /^[0-9a-f-]+$/i.test(start) ? start.toLowerCase() : start;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const deletions = alias(auditLog, 'deletions');

/**
 * Entries about a translation of an article whose id starts with `pattern`: the translations
 * there are now, and those deleted (article.delete stores the article's id). Both lists are
 * matched on the indexed entity id, so the filter still reads the log through its indexes.
 */
function aboutArticle(pattern: string): SQL | undefined {
  return and(
    eq(auditLog.entityType, 'article_translation'),
    or(
      inArray(
        auditLog.entityId,
        db.select({ id: sql<string>`${articleTranslations.id}::text` }).from(articleTranslations).where(like(sql`${articleTranslations.articleId}::text`, pattern)),
      ),
      inArray(
        auditLog.entityId,
        db
          .select({ id: deletions.entityId })
          .from(deletions)
          .where(and(eq(deletions.action, 'article.delete'), like(sql`${deletions.detail}->>'articleId'`, pattern))),
      ),
    ),
  );
}

/**
 * A schedule for later is logged as `article.schedule`; entries written before that are
 * `article.publish` with `to: 'scheduled'` in their detail. The log reads those under the
 * schedule's code, so the list, its filter and the export say one code for one thing.
 */
const SCHEDULE = 'article.schedule';
const PUBLISH = 'article.publish';
const scheduled = sql`coalesce(${auditLog.detail}->>'to', '') = 'scheduled'`;
const oldSchedule = and(eq(auditLog.action, PUBLISH), scheduled)!;
const actionRead = sql<string>`case when ${oldSchedule} then ${SCHEDULE} else ${auditLog.action} end`;

function actionIs(action: string): SQL | undefined {
  if (action === SCHEDULE) return or(eq(auditLog.action, action), oldSchedule);
  if (action === PUBLISH) return and(eq(auditLog.action, action), not(scheduled));
  return eq(auditLog.action, action);
}

function where(filter: AuditFilter): SQL | undefined {
  const tz = siteTimeZone();
  const conditions: (SQL | undefined)[] = [
    filter.actor === 'none' ? isNull(auditLog.actorId) : filter.actor && UUID.test(filter.actor) ? eq(auditLog.actorId, filter.actor) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    // Ids starting with what was typed: `%`, `_` and `\` in it are matched as themselves. A
    // pattern with a fixed start, on the text_pattern_ops index (db/schema.ts).
    filter.entityId ? idMatches(`${escapeLike(idStart(filter.entityId))}%`) : undefined,
    filter.action ? actionIs(filter.action) : undefined,
    filter.outcome ? eq(auditLog.outcome, filter.outcome) : undefined,
    // A day starts at midnight in the organization's zone, not in the server's.
    filter.from ? gte(auditLog.at, sql`(${filter.from}::date)::timestamp at time zone ${tz}`) : undefined,
    filter.to ? lt(auditLog.at, sql`((${filter.to}::date) + 1)::timestamp at time zone ${tz}`) : undefined,
  ];
  return and(...conditions);
}

const idMatches = (pattern: string) => or(like(auditLog.entityId, pattern), aboutArticle(pattern));

const stored = (detail: AuditEntry['detail'], key: string) => {
  const value = detail?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The names an entry kept (`names` by language, of the locales there are). */
const storedNames = (detail: AuditEntry['detail']): Partial<Record<Locale, string>> => {
  const value = detail?.names;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(LOCALES.flatMap((l) => { const n = (value as Record<string, unknown>)[l]; return typeof n === 'string' && n !== '' ? [[l, n]] : []; }));
};

const NAMED = ['topic', 'org_unit', 'office', 'user'] as const;
type Named = (typeof NAMED)[number];
const isNamed = (type: string | null): type is Named => NAMED.includes(type as Named);

/**
 * Each entry about a topic, unit, office or account with its name (AuditItem): the one it kept,
 * else the one the item has now, read in one query per kind of item for the whole page or batch.
 */
async function withItems(rows: (AuditRecord & { article: AuditArticle | null })[], tx: Executor): Promise<AuditRow[]> {
  const kept = (r: AuditRecord): AuditItem | null => {
    const names = storedNames(r.detail);
    const name = r.entityType === 'user' ? stored(r.detail, 'name') : null;
    return Object.keys(names).length || name ? { names, name, current: false } : null;
  };
  const wanted: Record<Named, Set<string>> = { topic: new Set(), org_unit: new Set(), office: new Set(), user: new Set() };
  for (const r of rows) if (isNamed(r.entityType) && r.entityId && UUID.test(r.entityId) && !kept(r)) wanted[r.entityType].add(r.entityId.toLowerCase());
  const ids = (type: Named) => [...wanted[type]];
  const none = Promise.resolve([] as { id: string; locale: Locale | null; name: string }[]);
  const [topics, units, offices, people] = await readAll(tx, [
    wanted.topic.size ? tx.select({ id: topicTranslations.topicId, locale: topicTranslations.locale, name: topicTranslations.name }).from(topicTranslations).where(inArray(topicTranslations.topicId, ids('topic'))) : none,
    wanted.org_unit.size ? tx.select({ id: orgUnitTranslations.unitId, locale: orgUnitTranslations.locale, name: orgUnitTranslations.name }).from(orgUnitTranslations).where(inArray(orgUnitTranslations.unitId, ids('org_unit'))) : none,
    wanted.office.size ? tx.select({ id: officeTranslations.officeId, locale: officeTranslations.locale, name: officeTranslations.name }).from(officeTranslations).where(inArray(officeTranslations.officeId, ids('office'))) : none,
    wanted.user.size ? tx.select({ id: users.id, locale: sql<null>`null`, name: users.name }).from(users).where(inArray(users.id, ids('user'))) : none,
  ]);
  const now = new Map<string, AuditItem>();
  for (const [type, found] of [['topic', topics], ['org_unit', units], ['office', offices], ['user', people]] as const) {
    for (const f of found) {
      const item = now.get(`${type}:${f.id}`) ?? { names: {}, name: null, current: true };
      if (f.locale) item.names[f.locale] = f.name;
      else item.name = f.name;
      now.set(`${type}:${f.id}`, item);
    }
  }
  return rows.map((r) => ({
    ...r,
    item: isNamed(r.entityType) ? (kept(r) ?? now.get(`${r.entityType}:${r.entityId?.toLowerCase()}`) ?? null) : null,
  }));
}

/**
 * Each entry with the release it is about (AuditArticle), the titles read in one query for the
 * whole page or batch of entries: the translations named by the entries, and those of the
 * articles named by them (an "article" entry is shown in its own language if it has one, else
 * in the first language the article has).
 */
async function withArticles(records: AuditRecord[], tx: Executor): Promise<AuditRow[]> {
  return withItems(await articlesOf(records, tx), tx);
}

async function articlesOf(records: AuditRecord[], tx: Executor): Promise<(AuditRecord & { article: AuditArticle | null })[]> {
  const translationIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const r of records) {
    if (!r.entityId || !UUID.test(r.entityId)) continue;
    if (r.entityType === 'article_translation') translationIds.add(r.entityId.toLowerCase());
    else if (r.entityType === 'article') articleIds.add(r.entityId.toLowerCase());
  }
  const found =
    translationIds.size + articleIds.size === 0
      ? []
      : await tx
          .select({ id: articleTranslations.id, articleId: articleTranslations.articleId, locale: articleTranslations.locale, title: articleTranslations.title })
          .from(articleTranslations)
          .where(
            or(
              translationIds.size ? inArray(articleTranslations.id, [...translationIds]) : undefined,
              articleIds.size ? inArray(articleTranslations.articleId, [...articleIds]) : undefined,
            ),
          );
  const byId = new Map(found.map((f) => [f.id, f]));
  const order = (l: Locale) => LOCALES.indexOf(l);
  const articleOf = (r: AuditRecord): AuditArticle | null => {
    const id = r.entityId?.toLowerCase();
    if (!id) return null;
    if (r.entityType === 'article_translation') {
      const t = byId.get(id);
      if (t) return { articleId: t.articleId, locale: t.locale, title: t.title, exists: true };
      const title = stored(r.detail, 'title');
      const articleId = stored(r.detail, 'articleId');
      return title && articleId && r.locale ? { articleId, locale: r.locale, title, exists: false } : null;
    }
    if (r.entityType === 'article') {
      const versions = found.filter((f) => f.articleId === id).sort((a, b) => order(a.locale) - order(b.locale));
      const t = versions.find((v) => v.locale === r.locale) ?? versions[0];
      if (t) return { articleId: t.articleId, locale: t.locale, title: t.title, exists: true };
      const title = stored(r.detail, 'title');
      return title && r.locale ? { articleId: id, locale: r.locale, title, exists: false } : null;
    }
    return null;
  };
  return records.map((r) => ({ ...r, article: articleOf(r) }));
}

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorEmail: auditLog.actorEmail,
  actorName: users.name,
  action: actionRead,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  locale: auditLog.locale,
  outcome: auditLog.outcome,
  ip: auditLog.ip,
  detail: auditLog.detail,
};

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(filter: AuditFilter, page: number, tx: Executor = db): Promise<{ rows: AuditRow[]; total: number }> {
  const condition = where(filter);
  const [records, [total]] = await readAll(tx, [
    tx
      .select(columns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(condition)
      .orderBy(desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * AUDIT_PAGE_SIZE),
    tx.select({ n: count() }).from(auditLog).where(condition),
  ]);
  return { rows: await withArticles(records, tx), total: total?.n ?? 0 };
}

/**
 * Every matching entry, newest first, in batches (keyset on the id), for the CSV export: the
 * log may be long, and an export must neither load it whole nor skip rows written meanwhile.
 */
export async function* eachAuditEntry(filter: AuditFilter, batchSize = 1000, tx: Executor = db): AsyncGenerator<AuditRow[]> {
  let before: number | null = null;
  for (;;) {
    const records: AuditRecord[] = await tx
      .select(columns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(where(filter), before === null ? undefined : lt(auditLog.id, before)))
      .orderBy(desc(auditLog.id))
      .limit(batchSize);
    if (records.length === 0) return;
    yield await withArticles(records, tx);
    if (records.length < batchSize) return;
    before = records[records.length - 1]!.id;
  }
}

/**
 * The names a topic or an office deleted since had, by id, in `locale` (else French, else the
 * first it had), as its deletion's entry kept them: how a change recorded by id (a release's
 * shared settings) still names it. Ids with no such entry are left out.
 */
export async function namesKeptAtDeletion(ids: Iterable<string>, locale: Locale, tx: Executor = db): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: auditLog.entityId, detail: auditLog.detail })
    .from(auditLog)
    .where(and(inArray(auditLog.action, ['topic.delete', 'office.delete']), eq(auditLog.outcome, 'ok'), inArray(auditLog.entityId, wanted)));
  const out = new Map<string, string>();
  for (const r of rows) {
    const name = pickName(storedNames(r.detail), locale)?.name;
    if (name && r.id) out.set(r.id, name);
  }
  return out;
}

/** Choices for the filters: people (anyone who may appear), and the types and actions present. */
export async function auditFilterOptions(tx: Executor = db) {
  const [people, types, actions] = await readAll(tx, [
    tx.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(sql`lower(${users.name})`),
    tx.selectDistinct({ v: auditLog.entityType }).from(auditLog).where(sql`${auditLog.entityType} is not null`),
    tx.selectDistinct({ v: actionRead }).from(auditLog),
  ]);
  return {
    people,
    entityTypes: types.map((t) => t.v!).sort(),
    actions: actions.map((a) => a.v).sort(),
  };
}
