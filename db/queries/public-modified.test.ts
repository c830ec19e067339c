/**
 * When a public release last changed, as search engines, shared previews and the sitemap are
 * told (JSON-LD dateModified, article:modified_time, lastmod): never before it was published. A
 * release saved at 05:26 and scheduled for 05:29 changed, for readers, at 05:29.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleTranslations } from '@/db/schema';
import { insertArticleIfMissing } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { getPublishedArticle, listArticleAlternatesForSitemap, type ArticleLookup } from './public-articles';

const at = (time: string) => new Date(`2025-06-01T${time}:00.000Z`);

async function release(key: string, slug: string, dates: Partial<typeof articleTranslations.$inferInsert>): Promise<string> {
  const id = await db.transaction((tx) =>
    insertArticleIfMissing(
      { tx, summary: emptySummary() },
      {
        key,
        type: 'press_release',
        isSample: false,
        contactOfficeId: null,
        topicIds: [],
        countryCodes: [],
        translations: [{ locale: 'fr', slug, title: slug, lede: '', body: docFromParagraphs(['Texte.']), dateline: '', status: 'published', publishAt: at('05:00') }],
      },
    ),
  );
  await db.update(articleTranslations).set(dates).where(eq(articleTranslations.articleId, id!));
  return id!;
}

function found(lookup: ArticleLookup) {
  if (lookup.kind !== 'found') throw new Error(`expected a public release, got ${lookup.kind}`);
  return lookup.article;
}

let scheduled: string;
let corrected: string;
let republished: string;

beforeAll(async () => {
  // Saved at 05:26, scheduled for 05:29 (live since).
  scheduled = await release('test/scheduled', 'programme', { updatedAt: at('05:26'), publishAt: at('05:29'), firstPublishedAt: at('05:29') });
  // Published at 05:29, corrected at 07:10.
  corrected = await release('test/corrected', 'corrige', { updatedAt: at('07:10'), publishAt: at('05:29'), firstPublishedAt: at('05:29') });
  // First published at 04:00, unpublished, edited at 05:00, published again at 06:00.
  republished = await release('test/republished', 'republie', { updatedAt: at('05:00'), publishAt: at('06:00'), firstPublishedAt: at('04:00') });
});

describe('getPublishedArticle: modifiedAt', () => {
  it('a scheduled release saved before its time: modified when it appeared, not before its publication', async () => {
    const article = found(await getPublishedArticle('fr', 'programme'));
    expect(article.firstPublishedAt).toBe(at('05:29').toISOString());
    expect(article.modifiedAt).toBe(at('05:29').toISOString());
    expect(article.modifiedAt >= article.firstPublishedAt).toBe(true);
  });

  it('a release corrected after its publication: modified at the correction', async () => {
    expect(found(await getPublishedArticle('fr', 'corrige')).modifiedAt).toBe(at('07:10').toISOString());
  });

  it('a release published again: modified when it came back', async () => {
    const article = found(await getPublishedArticle('fr', 'republie'));
    expect(article.firstPublishedAt).toBe(at('04:00').toISOString());
    expect(article.modifiedAt).toBe(at('06:00').toISOString());
  });
});

describe('listArticleAlternatesForSitemap: the same rule for lastmod', () => {
  it('gives each release the date its page shows', async () => {
    const rows = await listArticleAlternatesForSitemap();
    const of = (id: string) => rows.find((r) => r.articleId === id)?.modifiedAt;
    expect(of(scheduled)).toBe(at('05:29').toISOString());
    expect(of(corrected)).toBe(at('07:10').toISOString());
    expect(of(republished)).toBe(at('06:00').toISOString());
  });
});
