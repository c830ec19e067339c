/**
 * What waits for an editor's review (the count by the dashboard's Articles link and above its
 * list): each translation in review, in any language, that someone else submitted — never one
 * they submitted themselves, which they may not publish — and nothing for a writer.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleTranslations } from '@/db/schema';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { PublicUser } from '@/db/queries/users';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { insertUser } from '@/test/admin-fixtures';
import { countAwaitingReview } from './dashboard-articles';

const tr = (locale: Locale, title: string): ArticleTranslationContent => ({ locale, title, lede: '', body: docFromParagraphs(['Texte.']), dateline: '', status: 'draft', publishAt: null });

async function article(key: string, translations: [ArticleTranslationContent, ...ArticleTranslationContent[]]): Promise<void> {
  await db.transaction((tx) => insertArticleIfMissing({ tx, summary: emptySummary() }, { key, type: 'press_release', isSample: false, contactOfficeId: null, topicIds: [], countryCodes: [], translations }));
}

/** The translation titled `title` sent for review by `by` (null: by no one known, as an import's). */
const submitted = (title: string, by: PublicUser | null) =>
  db.update(articleTranslations).set({ status: 'in_review', submittedById: by?.id ?? null, submittedAt: new Date() }).where(eq(articleTranslations.title, title));

let writer: PublicUser;
let editor: PublicUser;
let admin: PublicUser;

beforeAll(async () => {
  [writer, editor, admin] = [await insertUser('writer'), await insertUser('editor'), await insertUser('admin')];
  await article('review-a', [tr('fr', 'Relecture A'), tr('en', 'Review A'), tr('es', 'Revisión A')]);
  await article('review-b', [tr('fr', 'Relecture B')]);
  await article('review-c', [tr('ar', 'مراجعة ج')]);
});

describe('translations awaiting someone’s review', () => {
  it('are those in review that someone else submitted, counted per language', async () => {
    expect(await countAwaitingReview(editor)).toBe(0);
    await submitted('Relecture A', writer);
    await submitted('Review A', writer);
    await submitted('Relecture B', editor);
    await submitted('مراجعة ج', null);
    // Revisión A, still a draft, waits for no one.
    expect(await countAwaitingReview(admin)).toBe(4);
    // The editor's own submission is not theirs to review.
    expect(await countAwaitingReview(editor)).toBe(3);
  });

  it('are none for a writer, who may not publish', async () => {
    expect(await countAwaitingReview(writer)).toBe(0);
  });

  it('leave the count once published or sent back', async () => {
    await db.update(articleTranslations).set({ status: 'published', publishAt: new Date() }).where(eq(articleTranslations.title, 'Relecture A'));
    await db.update(articleTranslations).set({ status: 'draft' }).where(eq(articleTranslations.title, 'Review A'));
    expect(await countAwaitingReview(admin)).toBe(2);
    expect(await countAwaitingReview(editor)).toBe(1);
  });
});
