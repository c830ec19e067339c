/**
 * What waits for someone in the articles (the count by the dashboard's Articles link and above
 * its list). For review: each translation in review, in any language, that someone else
 * submitted — never one they submitted themselves, which they may not publish — and nothing for
 * a writer. Sent back: each draft an editor returned in an article they created or a translation
 * they started, until it is submitted again.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, articleTranslations } from '@/db/schema';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { PublicUser } from '@/db/queries/users';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { insertUser } from '@/test/admin-fixtures';
import { countWaitingFor } from './dashboard-articles';

const countAwaitingReview = async (actor: PublicUser) => (await countWaitingFor(actor)).review;
const countReturned = async (actor: PublicUser) => (await countWaitingFor(actor)).returned;

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

describe('drafts sent back', () => {
  /** The translation titled `title` returned by `editor` (what the workflow's "return" leaves). */
  const returned = (title: string) =>
    db.update(articleTranslations).set({ status: 'draft', returnedById: editor.id, returnedAt: new Date(), submittedById: null }).where(eq(articleTranslations.title, title));

  it('count for whoever started the translation, or created its article, until submitted again', async () => {
    await article('returned-d', [tr('fr', 'Renvoi D'), tr('en', 'Returned D')]);
    await article('returned-e', [tr('fr', 'Renvoi E')]);
    const [d] = await db.select({ id: articleTranslations.articleId }).from(articleTranslations).where(eq(articleTranslations.title, 'Renvoi D'));
    await db.update(articles).set({ createdById: writer.id }).where(eq(articles.id, d!.id));
    await db.update(articleTranslations).set({ authorId: admin.id }).where(eq(articleTranslations.title, 'Returned D'));
    await db.update(articleTranslations).set({ authorId: admin.id }).where(eq(articleTranslations.title, 'Renvoi E'));
    expect(await countReturned(writer)).toBe(0);
    await returned('Renvoi D');
    await returned('Returned D');
    await returned('Renvoi E');
    // The writer created article D: both its languages; the admin started Returned D and Renvoi E.
    expect(await countReturned(writer)).toBe(2);
    expect(await countReturned(admin)).toBe(2);
    expect(await countReturned(editor)).toBe(0);
    // Submitted again: it waits for review, no longer for its writer.
    await submitted('Renvoi D', writer);
    await db.update(articleTranslations).set({ returnedById: null, returnedAt: null }).where(eq(articleTranslations.title, 'Renvoi D'));
    expect(await countReturned(writer)).toBe(1);
    expect(await countWaitingFor(writer)).toEqual({ review: 0, returned: 1 });
  });
});
