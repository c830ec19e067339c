/**
 * Reading the audit log by day, on a real database: days are the organization's (midnight in
 * the site's time zone), both bounds inclusive, and every day parseDay accepts is one
 * PostgreSQL takes — the days it refuses are exactly those that made `::date` fail the page.
 */
import { like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, pool } from '@/db';
import { articles, articleTranslations, auditLog } from '@/db/schema';
import { FIRST_YEAR, LAST_YEAR, parseDay, type Day } from '@/lib/calendar-day';
import { siteTimeZone } from '@/lib/format';
import { auditFilterOptions, eachAuditEntry, listAuditEntries, type AuditFilter } from './audit-log';

const day = (value: string): Day => {
  const parsed = parseDay(value);
  if (!parsed.day) throw new Error(`${value}: ${parsed.error}`);
  return parsed.day;
};

const ACTION = 'test.day_bounds';
// Europe/Zurich in March is UTC+1: 22:59:59Z is still 1 March there, 23:00Z is 2 March.
const AT = {
  lastOfFeb: '2026-02-28T22:59:59Z',
  firstOfMar: '2026-02-28T23:00:00Z',
  lateFirstOfMar: '2026-03-01T22:59:59Z',
  secondOfMar: '2026-03-01T23:00:00Z',
};

async function ids(filter: AuditFilter): Promise<string[]> {
  const { rows, total } = await listAuditEntries({ action: ACTION, ...filter }, 1);
  const streamed: string[] = [];
  for await (const batch of eachAuditEntry({ action: ACTION, ...filter }, 2)) streamed.push(...batch.map((r) => r.entityId!));
  const listed = rows.map((r) => r.entityId!);
  // The page and the export read the same rows.
  expect(streamed).toEqual(listed);
  expect(total).toBe(listed.length);
  return listed.sort();
}

beforeAll(async () => {
  expect(siteTimeZone()).toBe('Europe/Zurich');
  await db.insert(auditLog).values(Object.entries(AT).map(([name, at]) => ({ action: ACTION, entityId: name, at: new Date(at) })));
});

describe('listAuditEntries / eachAuditEntry by day', () => {
  it('starts and ends each day at midnight in the site time zone, both bounds inclusive', async () => {
    expect(await ids({ from: day('2026-03-01'), to: day('2026-03-01') })).toEqual(['firstOfMar', 'lateFirstOfMar']);
    expect(await ids({ to: day('2026-02-28') })).toEqual(['lastOfFeb']);
    expect(await ids({ from: day('2026-03-02') })).toEqual(['secondOfMar']);
    expect(await ids({})).toHaveLength(4);
  });

  it(`takes the first and last accepted days (${FIRST_YEAR}-01-01, ${LAST_YEAR}-12-31) without a database error`, async () => {
    expect(await ids({ from: day(`${FIRST_YEAR}-01-01`), to: day(`${LAST_YEAR}-12-31`) })).toHaveLength(4);
    expect(await ids({ from: day(`${LAST_YEAR}-12-31`) })).toEqual([]);
    expect(await ids({ to: day(`${FIRST_YEAR}-01-01`) })).toEqual([]);
  });
});

describe('listAuditEntries / eachAuditEntry by item id', () => {
  const PREFIX_ACTION = 'test.entity_prefix';
  const UUID = '0b54f0a1-6c1e-4a5e-9d8f-0123456789ab';
  const OTHERS = ['0b54f0a2-0000-4000-8000-000000000000', 'x0b54f0a1', 'wild_card', 'wildXcard', 'wild%card', 'wildcard', 'back\\slash', 'backXslash'];

  async function matching(entityId: string): Promise<string[]> {
    const { rows, total } = await listAuditEntries({ action: PREFIX_ACTION, entityId }, 1);
    const streamed: string[] = [];
    for await (const batch of eachAuditEntry({ action: PREFIX_ACTION, entityId }, 2)) streamed.push(...batch.map((r) => r.entityId!));
    expect(streamed.sort()).toEqual(rows.map((r) => r.entityId!).sort());
    expect(total).toBe(rows.length);
    return streamed;
  }

  beforeAll(async () => {
    await db.insert(auditLog).values([UUID, ...OTHERS].map((entityId) => ({ action: PREFIX_ACTION, entityType: 'office', entityId })));
  });

  it('finds an item by the first 8 characters the list shows, or by its whole id', async () => {
    expect(await matching(UUID.slice(0, 8))).toEqual([UUID]);
    expect(await matching(UUID)).toEqual([UUID]);
    expect(await matching(` ${UUID.slice(0, 8)} `)).toEqual([UUID]);
    // Ids are stored in lower case; one copied in capitals is the same id.
    expect(await matching(UUID.slice(0, 13).toUpperCase())).toEqual([UUID]);
    expect((await matching('0b54f0a')).sort()).toEqual([UUID, OTHERS[0]].sort());
    // The start of the id, not any part of it.
    expect(await matching(UUID.slice(1, 9))).toEqual([]);
  });

  it('matches %, _ and \\ as themselves, not as LIKE wildcards', async () => {
    expect(await matching('wild_')).toEqual(['wild_card']);
    expect(await matching('wild%')).toEqual(['wild%card']);
    expect(await matching('back\\')).toEqual(['back\\slash']);
    expect(await matching('%ard')).toEqual([]);
  });

  it('is served by an index in pattern order, the pattern given as a bound parameter', async () => {
    const query = db.select({ id: auditLog.id }).from(auditLog).where(like(auditLog.entityId, '0b54f0a1%')).toSQL();
    const client = await pool.connect();
    try {
      await client.query('begin');
      // A tiny table is read whole otherwise: this asks which index the planner can use.
      await client.query('set local enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain ${query.sql}`, query.params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('audit_log_entity_id_prefix_index');
      expect(plan).toContain("entity_id ~>=~ '0b54f0a1'");
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

describe('entries about a release', () => {
  const ACT = 'test.release';
  let articleId = '';
  let other = '';
  const ids = { fr: '', ar: '', es: '', other: '' };

  const rowsFor = async (entityId: string) => {
    const { rows, total } = await listAuditEntries({ entityId }, 1);
    const streamed = [];
    for await (const batch of eachAuditEntry({ entityId }, 2)) streamed.push(...batch);
    // The page and the export read the same rows, titles included.
    expect(streamed).toEqual(rows);
    expect(total).toBe(rows.length);
    return rows;
  };

  beforeAll(async () => {
    const [a, b] = await db.insert(articles).values([{}, {}]).returning({ id: articles.id });
    articleId = a!.id;
    other = b!.id;
    const stamp = articleId.slice(0, 8);
    const translation = (article: string, locale: 'fr' | 'ar', title: string) => ({ articleId: article, locale, title, slug: `${locale}-${stamp}-${title.length}`, body: { type: 'doc' as const, content: [] } });
    const made = await db
      .insert(articleTranslations)
      .values([translation(articleId, 'fr', 'Sommet ibéro-américain'), translation(articleId, 'ar', 'القمة الأيبيرية الأمريكية'), translation(other, 'fr', 'Un autre communiqué')])
      .returning({ id: articleTranslations.id, locale: articleTranslations.locale, articleId: articleTranslations.articleId });
    ids.fr = made.find((m) => m.articleId === articleId && m.locale === 'fr')!.id;
    ids.ar = made.find((m) => m.locale === 'ar')!.id;
    ids.other = made.find((m) => m.articleId === other)!.id;
    // A Spanish draft deleted since: its entries keep only what they stored.
    ids.es = '7e5d0c1b-0000-4000-8000-' + articleId.slice(-12);
    await db.insert(auditLog).values([
      { action: ACT, entityType: 'article_translation', entityId: ids.fr, locale: 'fr', detail: { articleId } },
      // A refusal stores no article id: found through the translation that exists.
      { action: ACT, entityType: 'article_translation', entityId: ids.ar, locale: 'ar', outcome: 'denied', detail: { status: 'draft' } },
      { action: ACT, entityType: 'article_translation', entityId: ids.es, locale: 'es', detail: { articleId } },
      { action: 'article.delete', entityType: 'article_translation', entityId: ids.es, locale: 'es', detail: { articleId, title: 'Cumbre iberoamericana', version: 2 } },
      { action: ACT, entityType: 'article', entityId: articleId, locale: 'ar', outcome: 'denied', detail: { shared: true } },
      { action: ACT, entityType: 'article_translation', entityId: ids.other, locale: 'fr', detail: { articleId: other } },
    ]);
  });

  it('finds the entries about every translation of an article by its id, whole or its start, deleted ones included', async () => {
    const expected = [ids.fr, ids.ar, ids.es, ids.es, articleId].sort();
    expect((await rowsFor(articleId)).map((r) => r.entityId).sort()).toEqual(expected);
    expect((await rowsFor(articleId.slice(0, 8))).map((r) => r.entityId).sort()).toEqual(expected);
    expect((await rowsFor(articleId.slice(0, 13).toUpperCase())).map((r) => r.entityId).sort()).toEqual(expected);
    // A translation's own id still finds only its entries.
    expect((await rowsFor(ids.fr)).map((r) => r.entityId)).toEqual([ids.fr]);
  });

  it('names the release by its title in the language of the translation, the title its entry kept once deleted', async () => {
    const rows = await rowsFor(articleId);
    const of = (entityId: string, action = ACT) => rows.find((r) => r.entityId === entityId && r.action === action)?.article;
    expect(of(ids.fr)).toEqual({ articleId, locale: 'fr', title: 'Sommet ibéro-américain', exists: true });
    expect(of(ids.ar)).toEqual({ articleId, locale: 'ar', title: 'القمة الأيبيرية الأمريكية', exists: true });
    expect(of(articleId)).toEqual({ articleId, locale: 'ar', title: 'القمة الأيبيرية الأمريكية', exists: true });
    expect(of(ids.es, 'article.delete')).toEqual({ articleId, locale: 'es', title: 'Cumbre iberoamericana', exists: false });
    // Gone, and no title stored: nothing to name it by but its id.
    expect(of(ids.es)).toBeNull();
    const { rows: others } = await listAuditEntries({ action: 'test.entity_prefix' }, 1);
    expect(others.every((r) => r.article === null)).toBe(true);
  });

  it('reads the titles of a page in one query, however many entries it has', async () => {
    const queries: string[] = [];
    const original = pool.query.bind(pool);
    // Every query of listAuditEntries goes through the pool: count those that read titles.
    const spy = vi.spyOn(pool, 'query').mockImplementation(((...args: Parameters<typeof original>) => {
      queries.push(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text);
      return original(...args);
    }) as typeof pool.query);
    try {
      await listAuditEntries({ entityId: articleId }, 1);
    } finally {
      spy.mockRestore();
    }
    expect(queries.length).toBeGreaterThan(1);
    expect(queries.filter((q) => /^select .*"title" from "article_translations"/.test(q))).toHaveLength(1);
  });
});

describe('parseDay agrees with PostgreSQL', () => {
  it('accepts only days PostgreSQL takes as a date, and the day after them as a timestamp', async () => {
    const candidates = ['2026-02-31', '2026-13-01', '0000-01-01', '2026-02-29', '2024-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-00-01', '2026-01-00', '9999-12-31', '2000-01-01'];
    for (const value of candidates) {
      const accepted = parseDay(value).day !== undefined;
      const postgres = await db
        .execute(sql`select ((${value}::date) + 1)::timestamp at time zone ${siteTimeZone()} as t`)
        .then(() => true)
        .catch(() => false);
      expect({ value, accepted }).toEqual({ value, accepted: postgres });
    }
  });
});

describe('the action filter', () => {
  it('tells a publication from a schedule, as the list words them, in the page, the export and the choices', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;
    await db.insert(auditLog).values([
      { action: 'article.publish', entityType: 'article_translation', entityId: id(1), detail: { from: 'draft', to: 'published' } },
      { action: 'article.publish', entityType: 'article_translation', entityId: id(2), detail: { from: 'draft', to: 'scheduled', publishAt: '2030-01-01T08:00:00.000Z' } },
      // Older entries may hold no detail at all: a publication.
      { action: 'article.publish', entityType: 'article_translation', entityId: id(3) },
      // A schedule logged under its own code.
      { action: 'article.schedule', entityType: 'article_translation', entityId: id(4), detail: { from: 'draft', to: 'scheduled', publishAt: '2030-01-01T08:00:00.000Z' } },
    ]);
    const found = async (action: string) => {
      const { rows } = await listAuditEntries({ action, entityId: '00000000' }, 1);
      const streamed = [];
      for await (const batch of eachAuditEntry({ action, entityId: '00000000' }, 2)) streamed.push(...batch);
      expect(streamed.map((r) => r.entityId)).toEqual(rows.map((r) => r.entityId));
      return rows.map((r) => r.entityId).sort();
    };
    expect(await found('article.publish')).toEqual([id(1), id(3)]);
    expect(await found('article.schedule')).toEqual([id(2), id(4)]);
    // An older schedule reads under the schedule's code too (the list's code, the export's Action column).
    const { rows } = await listAuditEntries({ entityId: '00000000' }, 1);
    expect(Object.fromEntries(rows.map((r) => [r.entityId, r.action]))).toMatchObject({ [id(1)]: 'article.publish', [id(2)]: 'article.schedule', [id(4)]: 'article.schedule' });
    const { actions } = await auditFilterOptions();
    expect(actions).toEqual(expect.arrayContaining(['article.publish', 'article.schedule']));
  });
});
