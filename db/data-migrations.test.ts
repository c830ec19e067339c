/**
 * Migrations that repair data: each runs here against the rows it was written for, on a
 * database already migrated (the SQL must be safe to run again), and leaves good rows alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, articleTranslations, type TranslationStatus } from '@/db/schema';
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
