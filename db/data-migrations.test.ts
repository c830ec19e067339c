/**
 * Migrations that repair data: each runs here against the rows it was written for, on a
 * database already migrated (the SQL must be safe to run again), and leaves good rows alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleRevisions, articles, articleTranslations, pageRevisions, pages, pageTranslations, type TranslationStatus } from '@/db/schema';
import type { RichTextDoc } from '@/lib/rich-text/types';

const statements = (file: string) =>
  fs
    .readFileSync(path.join(import.meta.dirname, 'migrations', file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);

const HOUR = 3_600_000;
const doc: RichTextDoc = { type: 'doc', content: [] };

async function translation(slug: string, status: TranslationStatus, publishAt: Date | null, firstPublishedAt: Date | null): Promise<string> {
  const [a] = await db.insert(articles).values({ type: 'press_release' }).returning({ id: articles.id });
  const [t] = await db
    .insert(articleTranslations)
    .values({ articleId: a!.id, locale: 'fr', slug, title: slug, body: doc, status, publishAt, firstPublishedAt })
    .returning({ id: articleTranslations.id });
  return t!.id;
}

describe('0013: a schedule withdrawn before its time is no first publication', () => {
  it('clears it on drafts, brings it back to the publish time on published rows, and leaves the rest', async () => {
    const now = Date.now();
    const ahead = new Date(now + 24 * HOUR);
    const past = new Date(now - 24 * HOUR);
    const withdrawn = await translation('retire', 'draft', null, ahead);
    const republished = await translation('republie', 'published', new Date(now - HOUR), ahead);
    const scheduled = await translation('programme', 'published', ahead, ahead);
    const onceLive = await translation('une-fois-en-ligne', 'draft', null, past);
    const live = await translation('en-ligne', 'published', new Date(now - HOUR), past);

    for (const statement of statements('0013_withdrawn-schedule-first-published.sql')) await db.execute(sql.raw(statement));

    const firstOf = async (id: string) => (await db.select().from(articleTranslations).where(eq(articleTranslations.id, id)))[0]!.firstPublishedAt;
    expect(await firstOf(withdrawn)).toBeNull();
    expect(await firstOf(republished)).toEqual(new Date(now - HOUR));
    expect(await firstOf(scheduled)).toEqual(ahead);
    expect(await firstOf(onceLive)).toEqual(past);
    expect(await firstOf(live)).toEqual(past);
  });
});

describe('0014: a translation’s latest revision keeps what its text is up to date with', () => {
  it('gives the latest revision the translation’s marker, and leaves earlier ones and sources unknown', async () => {
    const source = await translation('source-0014', 'draft', null, null);
    const [sourceRev] = await db.insert(articleRevisions).values({ translationId: source, version: 1, slug: 's', title: 's', lede: '', body: doc, dateline: '' }).returning();
    const [row] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, source));
    const [made] = await db
      .insert(articleTranslations)
      .values({ articleId: row!.articleId, locale: 'en', slug: 'made-0014', title: 'made', body: doc, version: 2, sourceLocale: 'fr', sourceRevisionId: sourceRev!.id })
      .returning({ id: articleTranslations.id });
    const revisions = await db
      .insert(articleRevisions)
      .values([1, 2].map((version) => ({ translationId: made!.id, version, slug: 'm', title: 'm', lede: '', body: doc, dateline: '' })))
      .returning();

    for (const statement of statements('0014_revision-source-marker.sql').slice(2)) await db.execute(sql.raw(statement));

    const markerOf = async (id: string) => (await db.select().from(articleRevisions).where(eq(articleRevisions.id, id)))[0]!.sourceRevisionId;
    expect(await markerOf(revisions[1]!.id)).toBe(sourceRev!.id);
    expect(await markerOf(revisions[0]!.id)).toBeNull();
    expect(await markerOf(sourceRev!.id)).toBeNull();
  });
});

describe('0015: page translations are up to date with the French of their time', () => {
  it('marks each revision with the French revision current when it was written, and each translation with its current one', async () => {
    const at = (hours: number) => new Date(Date.UTC(2026, 0, 1) + hours * HOUR);
    const [page] = await db.insert(pages).values({ key: 'page-0015' }).returning({ id: pages.id });
    const text = (locale: 'fr' | 'en' | 'es', version: number) =>
      db.insert(pageTranslations).values({ pageId: page!.id, locale, slug: `${locale}-0015`, title: locale, body: doc, version }).returning({ id: pageTranslations.id });
    const revisions = (translationId: string, hours: number[]) =>
      db.insert(pageRevisions).values(hours.map((h, i) => ({ translationId, version: i + 1, slug: 's', title: 's', body: doc, createdAt: at(h) }))).returning();
    const [fr] = await text('fr', 3);
    const french = await revisions(fr!.id, [0, 10, 20]);
    // English: started at hour 5 (French version 1), saved again at hour 12 (French version 2).
    const [en] = await text('en', 2);
    const english = await revisions(en!.id, [5, 12]);
    // Spanish: imported before any French revision: the first French one.
    const [es] = await text('es', 1);
    const spanish = await revisions(es!.id, [-1]);

    for (const statement of statements('0015_page-source-marker.sql').slice(5)) await db.execute(sql.raw(statement));

    const markerOf = async (id: string) => (await db.select().from(pageRevisions).where(eq(pageRevisions.id, id)))[0]!.sourceRevisionId;
    expect(await markerOf(english[0]!.id)).toBe(french[0]!.id);
    expect(await markerOf(english[1]!.id)).toBe(french[1]!.id);
    expect(await markerOf(spanish[0]!.id)).toBe(french[0]!.id);
    for (const r of french) expect(await markerOf(r.id)).toBeNull();
    const translationOf = async (id: string) => (await db.select().from(pageTranslations).where(eq(pageTranslations.id, id)))[0]!;
    expect(await translationOf(en!.id)).toMatchObject({ sourceLocale: 'fr', sourceRevisionId: french[1]!.id });
    expect(await translationOf(es!.id)).toMatchObject({ sourceLocale: 'fr', sourceRevisionId: french[0]!.id });
    expect(await translationOf(fr!.id)).toMatchObject({ sourceLocale: null, sourceRevisionId: null });

    // Run again: a marker set since (by a save) is left as it is.
    await db.update(pageTranslations).set({ sourceRevisionId: french[2]!.id }).where(eq(pageTranslations.id, en!.id));
    for (const statement of statements('0015_page-source-marker.sql').slice(5)) await db.execute(sql.raw(statement));
    expect((await translationOf(en!.id)).sourceRevisionId).toBe(french[2]!.id);
  });
});
