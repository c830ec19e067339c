/**
 * The dashboard's article list in each order it offers (lib/articles/list-sort.ts): by title in
 * the interface language's alphabetical order, by last change, by first publication (the
 * never-published last either way), with the filters, and page after page without a row
 * repeated or skipped.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, articleTranslations } from '@/db/schema';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { ListSort } from '@/lib/articles/list-sort';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { DASHBOARD_PAGE_SIZE, listArticlesForDashboard, type ArticleListFilter } from './dashboard-articles';

const actor = { id: '00000000-0000-0000-0000-000000000000', role: 'editor' as const };
const at = (iso: string) => new Date(`${iso}T08:00:00Z`);

const tr = (locale: Locale, title: string, publishAt: Date | null = null): ArticleTranslationContent => ({
  locale,
  title,
  lede: 'Chapeau de tri',
  body: docFromParagraphs(['Texte.']),
  dateline: '',
  status: publishAt ? 'published' : 'draft',
  publishAt,
});

/** An article last changed at `changed` (its shared fields and each language), with its languages. */
async function article(key: string, changed: Date, translations: [ArticleTranslationContent, ...ArticleTranslationContent[]]): Promise<string> {
  const id = (await db.transaction((tx) => insertArticleIfMissing({ tx, summary: emptySummary() }, { key, type: 'press_release', isSample: false, contactOfficeId: null, topicIds: [], countryCodes: [], translations })))!;
  await db.update(articles).set({ updatedAt: changed }).where(eq(articles.id, id));
  await db.update(articleTranslations).set({ updatedAt: changed }).where(eq(articleTranslations.articleId, id));
  return id;
}

const ids: Record<string, string> = {};
const names = (rows: { id: string }[]) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id) ?? r.id);
const list = (sort: ListSort | undefined, more: Partial<ArticleListFilter> = {}) => listArticlesForDashboard(actor, { page: 1, q: 'Chapeau de tri', sort, ...more });

beforeAll(async () => {
  ids.egypte = await article('sort-egypte', at('2025-05-10'), [tr('fr', 'Égypte : un accord signé', at('2025-03-01'))]);
  ids.afrique = await article('sort-afrique', at('2025-05-20'), [tr('fr', 'Afrique de l’Ouest : retours volontaires')]);
  // Published in French first: that is its publication; its English, changed later, makes its last change.
  ids.zimbabwe = await article('sort-zimbabwe', at('2025-05-01'), [tr('fr', 'Zimbabwe : aide d’urgence', at('2025-01-15')), tr('en', 'Zimbabwe: emergency aid', at('2025-04-01'))]);
  await db.update(articleTranslations).set({ updatedAt: at('2025-05-15') }).where(eq(articleTranslations.title, 'Zimbabwe: emergency aid'));
  // English only, scheduled: named by its English title, published at its time to come.
  ids.bangladesh = await article('sort-bangladesh', at('2025-04-01'), [tr('en', 'Bangladesh: a new office', at('2099-01-01'))]);
  // Archived: readers no longer see it, it has no publication to sort by.
  ids.caire = await article('sort-caire', at('2025-02-01'), [tr('fr', 'Caire : bureau fermé', at('2024-06-01'))]);
  await db.update(articleTranslations).set({ status: 'archived' }).where(eq(articleTranslations.articleId, ids.caire));
});

describe('the dashboard article list’s order', () => {
  it('is by last change, newest first, when nothing is asked, and oldest first when asked', async () => {
    expect(names((await list(undefined)).items)).toEqual(['afrique', 'zimbabwe', 'egypte', 'bangladesh', 'caire']);
    expect(names((await list({ key: 'updated', dir: 'desc' })).items)).toEqual(['afrique', 'zimbabwe', 'egypte', 'bangladesh', 'caire']);
    expect(names((await list({ key: 'updated', dir: 'asc' })).items)).toEqual(['caire', 'bangladesh', 'egypte', 'zimbabwe', 'afrique']);
  });

  it('sorts titles as the interface language reads them (É with the E, not after Z), by the title it shows', async () => {
    const byTitle = await list({ key: 'title', dir: 'asc' });
    expect(names(byTitle.items)).toEqual(['afrique', 'bangladesh', 'caire', 'egypte', 'zimbabwe']);
    expect(byTitle.items.map((i) => i.title)).toEqual([
      'Afrique de l’Ouest : retours volontaires',
      'Bangladesh: a new office',
      'Caire : bureau fermé',
      'Égypte : un accord signé',
      'Zimbabwe : aide d’urgence',
    ]);
    expect(names((await list({ key: 'title', dir: 'desc' })).items)).toEqual(['zimbabwe', 'egypte', 'caire', 'bangladesh', 'afrique']);
    // In Arabic, and any other interface language, the same Latin titles keep their order.
    expect(names((await list({ key: 'title', dir: 'asc' }, { uiLocale: 'ar' })).items)).toEqual(['afrique', 'bangladesh', 'caire', 'egypte', 'zimbabwe']);
  });

  it('sorts by first publication, scheduled included, the never-published last in both directions', async () => {
    const newest = await list({ key: 'published', dir: 'desc' });
    expect(names(newest.items)).toEqual(['bangladesh', 'egypte', 'zimbabwe', 'afrique', 'caire']);
    expect(Object.fromEntries(newest.items.map((i) => [names([i])[0], i.publishedAt]))).toEqual({
      bangladesh: '2099-01-01T08:00:00.000Z',
      egypte: '2025-03-01T08:00:00.000Z',
      zimbabwe: '2025-01-15T08:00:00.000Z',
      afrique: null,
      caire: null,
    });
    expect(names((await list({ key: 'published', dir: 'asc' })).items)).toEqual(['zimbabwe', 'egypte', 'bangladesh', 'afrique', 'caire']);
  });

  it('keeps the filters: only what they let through, in the order asked', async () => {
    expect(names((await list({ key: 'title', dir: 'desc' }, { status: 'published' })).items)).toEqual(['zimbabwe', 'egypte']);
    expect(names((await list({ key: 'published', dir: 'asc' }, { locale: 'en' })).items)).toEqual(['zimbabwe', 'bangladesh']);
  });

  it('pages through a sorted list without repeating or skipping an article, ties included', async () => {
    const batch: string[] = [];
    for (let i = 0; i < DASHBOARD_PAGE_SIZE + 3; i++) {
      // Two by two the same title and the same change time: only the last tie-break tells them apart.
      batch.push(await article(`sort-lot-${i}`, at('2025-01-01'), [tr('fr', `Lot ${String(Math.floor(i / 2)).padStart(2, '0')} : paginé`)]));
    }
    for (const sort of [{ key: 'title', dir: 'asc' }, { key: 'published', dir: 'desc' }, { key: 'updated', dir: 'asc' }] as const) {
      const first = await listArticlesForDashboard(actor, { page: 1, q: 'paginé', sort });
      const second = await listArticlesForDashboard(actor, { page: 2, q: 'paginé', sort });
      expect(first.pageCount).toBe(2);
      const seen = [...first.items, ...second.items].map((i) => i.id);
      expect(new Set(seen).size, sort.key).toBe(batch.length);
      expect(new Set(seen)).toEqual(new Set(batch));
    }
    const titles = [
      ...(await listArticlesForDashboard(actor, { page: 1, q: 'paginé', sort: { key: 'title', dir: 'asc' } })).items,
      ...(await listArticlesForDashboard(actor, { page: 2, q: 'paginé', sort: { key: 'title', dir: 'asc' } })).items,
    ].map((i) => i.title);
    expect(titles).toEqual([...titles].sort());
  });
});
