/**
 * The old address of a translation readers no longer see (unpublished, archived, or scheduled
 * for later) says in which languages the release is public, as for a language it never had,
 * naming nothing of the withdrawn translation; and the answer is tagged with the article, so
 * that publishing or unpublishing any of its translations expires it (docs/caching.md).
 */
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { articleSlugRedirects, articleTranslations } from '@/db/schema';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { getPublishedArticle } from './public-articles';

const cacheTags = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheTag: (...t: string[]) => void cacheTags.push(...t),
}));

const past = new Date('2025-06-01T08:00:00Z');
const tr = (locale: Locale, slug: string, title: string): ArticleTranslationContent => ({
  locale,
  slug,
  title,
  lede: '',
  body: docFromParagraphs(['Texte.']),
  dateline: '',
  status: 'published',
  publishAt: past,
});

async function article(key: string, translations: [ArticleTranslationContent, ...ArticleTranslationContent[]]): Promise<string> {
  const id = await db.transaction((tx) => insertArticleIfMissing({ tx, summary: emptySummary() }, { key, type: 'press_release', isSample: false, contactOfficeId: null, topicIds: [], countryCodes: [], translations }));
  return id!;
}

async function set(articleId: string, locale: Locale, values: Partial<typeof articleTranslations.$inferInsert>) {
  const rows = await db.select().from(articleTranslations).where(eq(articleTranslations.articleId, articleId));
  const t = rows.find((r) => r.locale === locale)!;
  await db.update(articleTranslations).set(values).where(eq(articleTranslations.id, t.id));
  return t.id;
}

let sahel: string;
let nowhere: string;

beforeAll(async () => {
  sahel = await article('test/sahel', [
    tr('fr', 'appel-sahel', 'Appel d’urgence pour le Sahel'),
    tr('en', 'sahel-appeal', 'Emergency appeal for the Sahel'),
    tr('es', 'llamamiento-sahel', 'Título secreto del llamamiento'),
    tr('ar', 'نداء-الساحل', 'عنوان سري'),
  ]);
  // Spanish unpublished after readers saw it (its old slug too), Arabic archived.
  const es = await set(sahel, 'es', { status: 'draft', publishAt: null });
  await db.insert(articleSlugRedirects).values({ locale: 'es', slug: 'antiguo-llamamiento-sahel', translationId: es });
  await set(sahel, 'ar', { status: 'archived' });

  // Public in no language at all: French unpublished, English a draft never published.
  nowhere = await article('test/nowhere', [tr('fr', 'retire-partout', 'Retiré partout'), { ...tr('en', 'never-published', 'Never published'), status: 'draft', publishAt: null }]);
  await set(nowhere, 'fr', { status: 'draft', publishAt: null });
});

beforeEach(() => void cacheTags.splice(0));

describe('getPublishedArticle: a translation readers no longer see', () => {
  it('unpublished: the languages the release is public in, and nothing of the Spanish translation', async () => {
    const lookup = await getPublishedArticle('es', 'llamamiento-sahel');
    expect(lookup).toEqual({
      kind: 'withdrawn',
      alternates: [
        { locale: 'fr', slug: 'appel-sahel', title: 'Appel d’urgence pour le Sahel' },
        { locale: 'en', slug: 'sahel-appeal', title: 'Emergency appeal for the Sahel' },
      ],
    });
    expect(JSON.stringify(lookup)).not.toContain('secreto');
    // Publishing or unpublishing any translation of the article expires `article:<id>`.
    expect(cacheTags).toEqual(expect.arrayContaining(['slug:llamamiento-sahel', `article:${sahel}`]));
  });

  it('archived, and an old slug of the unpublished translation: the same', async () => {
    expect(await getPublishedArticle('ar', 'نداء-الساحل')).toMatchObject({ kind: 'withdrawn', alternates: [{ locale: 'fr' }, { locale: 'en' }] });
    expect(await getPublishedArticle('es', 'antiguo-llamamiento-sahel')).toMatchObject({ kind: 'withdrawn', alternates: [{ locale: 'fr' }, { locale: 'en' }] });
  });

  it('scheduled for later: the same until its time', async () => {
    await set(sahel, 'es', { status: 'published', publishAt: new Date(Date.now() + 3_600_000) });
    try {
      expect(await getPublishedArticle('es', 'llamamiento-sahel')).toMatchObject({ kind: 'withdrawn', alternates: [{ locale: 'fr' }, { locale: 'en' }] });
      expect(cacheTags).toContain(`article:${sahel}`);
    } finally {
      await set(sahel, 'es', { status: 'draft', publishAt: null });
    }
  });

  it('only under its own language: the slug asked for in another language stays what it was', async () => {
    expect(await getPublishedArticle('en', 'llamamiento-sahel')).toEqual({ kind: 'missing' });
  });

  it('a release public in no language stays a plain 404, tagged with the article so a later publish shows the others', async () => {
    expect(await getPublishedArticle('fr', 'retire-partout')).toEqual({ kind: 'missing' });
    expect(cacheTags).toContain(`article:${nowhere}`);
  });

  it('a draft readers never saw is not named: its address was never public', async () => {
    expect(await getPublishedArticle('en', 'never-published')).toEqual({ kind: 'missing' });
    expect(cacheTags).not.toContain(`article:${nowhere}`);
  });
});
