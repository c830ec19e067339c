/**
 * The pages a change is rendered again on before its action answers: for each language whose
 * lists it changed, the news list, the article's page where readers see it (not a draft, not one
 * scheduled later), and the home page; the news list and home page of a language whose page tree
 * changed; the office directory in each language when an office changed, and the Structure page
 * when the structure did; at most six; and nothing for a change that none of them shows.
 * Fetched from this server as an anonymous reader would; a failure is left to the first reader.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { seedDemoContent } from '@/db/seed';
import { tags } from '@/lib/cache/tags';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { insertNewsArticle } from '@/test/admin-fixtures';
import { pagesToWarm, warmPublicPages } from './warm';

let articleId = '';
const past = new Date('2025-03-04T08:00:00Z');
const later = new Date(Date.now() + 86_400_000);

beforeAll(async () => {
  // The demo's pages: the Structure page is found in the page tree of each language.
  await seedDemoContent(db);
  const body = docFromParagraphs(['Corps.']);
  articleId = await insertNewsArticle('test/warm-pages', [
    { locale: 'fr', slug: 'pages-a-rechauffer', title: 'Pages à réchauffer', lede: 'Chapô.', body, dateline: '', status: 'published', publishAt: past },
    { locale: 'en', slug: 'pages-to-warm', title: 'Pages to warm', lede: 'Lede.', body, dateline: '', status: 'published', publishAt: later },
    { locale: 'es', slug: 'paginas-a-calentar', title: 'Páginas a calentar', lede: 'Entradilla.', body, dateline: '', status: 'draft', publishAt: null },
  ]);
});

afterEach(() => vi.unstubAllGlobals());

describe('pagesToWarm', () => {
  it('gives the list, the article where readers see it, and the home page of each language whose lists changed', async () => {
    expect(await pagesToWarm([tags.article(articleId), tags.articleLists('fr'), tags.slug('pages-a-rechauffer')])).toEqual([
      '/fr/news',
      '/fr/news/pages-a-rechauffer',
      '/fr',
    ]);
  });

  it('leaves out an article scheduled later or still a draft, but not its language’s list', async () => {
    expect(await pagesToWarm([tags.article(articleId), tags.articleLists('en'), tags.articleLists('es')])).toEqual(['/en/news', '/en', '/es/news', '/es']);
  });

  it('stops at six pages, and gives none for a change no list shows', async () => {
    expect(await pagesToWarm([tags.article(articleId), ...(['fr', 'en', 'es', 'ar'] as const).map(tags.articleLists)])).toHaveLength(6);
    expect(await pagesToWarm([tags.article(articleId), tags.slug('pages-a-rechauffer')])).toEqual([]);
    expect(await pagesToWarm([tags.taxonomy(), tags.slug('pages-a-rechauffer')])).toEqual([]);
  });

  it('gives the news list and the home page of each language whose page tree changed: every page there draws its navigation', async () => {
    expect(await pagesToWarm([tags.pages('fr')])).toEqual(['/fr/news', '/fr']);
    // An article change and a page change of the same language: its list, its article, its home once.
    expect(await pagesToWarm([tags.pages('fr'), tags.articleLists('fr'), tags.article(articleId), tags.pages('ar')])).toEqual([
      '/fr/news',
      '/fr/news/pages-a-rechauffer',
      '/fr',
      '/ar/news',
      '/ar',
    ]);
  });

  it('gives the office directory in each language when an office changed, after the pages of the languages changed', async () => {
    expect(await pagesToWarm([tags.offices(), tags.office(articleId)])).toEqual(['/fr/offices', '/en/offices', '/es/offices', '/ar/offices']);
    expect(await pagesToWarm([tags.offices(), tags.pages('ar')])).toEqual(['/ar/news', '/ar', '/fr/offices', '/en/offices', '/es/offices', '/ar/offices']);
  });

  it('gives the Structure page in each language when the structure changed', async () => {
    expect(await pagesToWarm([tags.orgUnits()])).toEqual([
      '/fr/qui-sommes-nous/structure',
      '/en/who-we-are/structure',
      '/es/quienes-somos/estructura',
      '/ar/who-we-are/structure',
    ]);
  });
});

describe('warmPublicPages', () => {
  it('asks this server for each page, as a reader with no cookie, and a failure stops nothing', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        asked.push(url);
        expect(init?.headers).toBeUndefined();
        if (url.endsWith('/fr')) throw new Error('connection refused');
        return new Response('<html></html>');
      }),
    );
    await expect(warmPublicPages([tags.article(articleId), tags.articleLists('fr')])).resolves.toBeUndefined();
    const origin = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    expect(asked).toEqual([`${origin}/fr/news`, `${origin}/fr/news/pages-a-rechauffer`, `${origin}/fr`]);
  });
});
