/**
 * A profile page's own slug in a language whose translation readers saw and no longer see
 * answers "not available in this language" with the languages it is public in, as a release's
 * does (docs/caching.md); a draft readers never saw is not named. Tagged with every locale's
 * page tree, so a republish (which expires `pages:<locale>`) changes the answer.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { pageTranslations, pages } from '@/db/schema';
import { getPublicPage } from './public-pages';

const cacheTags = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheTag: (...t: string[]) => void cacheTags.push(...t),
}));

const body = { type: 'doc' as const, content: [] };
let pageId = '';

beforeAll(async () => {
  const [page] = await db.insert(pages).values({ key: 'test/work-with-us', position: 99 }).returning({ id: pages.id });
  pageId = page!.id;
  const past = new Date('2025-06-01T08:00:00Z');
  await db.insert(pageTranslations).values([
    { pageId, locale: 'en', slug: 'work-with-us', title: 'Work with us', body, status: 'published', publishAt: past },
    // Unpublished after readers saw it: publish_at kept (db/queries/page-writes.ts).
    { pageId, locale: 'es', slug: 'trabajar-con-nosotros', title: 'Título que nadie debe ver', body, status: 'draft', publishAt: past },
    // A draft never published: its address was never public.
    { pageId, locale: 'ar', slug: 'aamal-maana', title: 'مسودة', body, status: 'draft', publishAt: null },
  ]);
});

beforeEach(() => void cacheTags.splice(0));

describe('getPublicPage: this language’s translation, withdrawn', () => {
  it('names the languages the page is public in, nothing of the withdrawn text, under every tree’s tag', async () => {
    const lookup = await getPublicPage('es', ['trabajar-con-nosotros']);
    expect(lookup).toEqual({ kind: 'withdrawn', alternates: [{ locale: 'en', path: ['work-with-us'], title: 'Work with us' }] });
    expect(JSON.stringify(lookup)).not.toContain('nadie');
    expect(cacheTags).toEqual(expect.arrayContaining(['pages:fr', 'pages:en', 'pages:es', 'pages:ar']));
  });

  it('is not found when the page is public in no language', async () => {
    await db.update(pageTranslations).set({ status: 'draft' }).where(eq(pageTranslations.slug, 'work-with-us'));
    expect(await getPublicPage('es', ['trabajar-con-nosotros'])).toEqual({ kind: 'missing' });
    await db.update(pageTranslations).set({ status: 'published' }).where(eq(pageTranslations.slug, 'work-with-us'));
  });

  it('does not name a draft readers never saw', async () => {
    expect(await getPublicPage('ar', ['aamal-maana'])).toEqual({ kind: 'missing' });
  });
});
