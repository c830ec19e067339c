/**
 * The feeds of one topic's or one country's news list (`/L/news/topic/<slug>/feed.xml`,
 * `/L/news/country/<code>/atom.xml`), through their route handlers on a real database: they hold
 * the releases that list shows (visible, in the reader's language, newest first) and no other,
 * live at the list's one address (a code in capitals or a topic's former slug lead there with a
 * 308), and an unknown topic or country has none. The site-wide feeds: lib/feeds.db.test.ts.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { db } from '@/db';
import { topicSlugRedirects, topicTranslations, topics } from '@/db/schema';
import type { ArticleTranslationContent } from '@/db/seed/articles';
import { seedDemoContent } from '@/db/seed';
import { insertNewsArticle } from '@/test/admin-fixtures';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { GET as countryAtom } from '@/app/[locale]/(site)/news/country/[value]/atom.xml/route';
import { GET as countryRss } from '@/app/[locale]/(site)/news/country/[value]/feed.xml/route';
import { GET as topicAtom } from '@/app/[locale]/(site)/news/topic/[value]/atom.xml/route';
import { GET as topicRss } from '@/app/[locale]/(site)/news/topic/[value]/feed.xml/route';
import { GET as siteAtom } from '@/app/[locale]/atom.xml/route';

vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);

const published = (locale: ArticleTranslationContent['locale'], title: string, publishAt: Date): ArticleTranslationContent => ({
  locale,
  title,
  lede: `Chapô : ${title}`,
  body: docFromParagraphs(['Corps.']),
  dateline: '',
  status: 'published',
  publishAt,
});

/** A topic's slug in a locale (the demo content's, made from its name there). */
async function topicSlug(key: string, locale: ArticleTranslationContent['locale']): Promise<string> {
  const [row] = await db
    .select({ slug: topicTranslations.slug })
    .from(topicTranslations)
    .innerJoin(topics, eq(topics.id, topicTranslations.topicId))
    .where(and(eq(topics.key, key), eq(topicTranslations.locale, locale)));
  return row!.slug;
}

type Handler = typeof topicRss;
const call = (handler: Handler, locale: string, value: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/${locale}/news/x/${value}/feed`, { headers }), { params: Promise.resolve({ locale, value }) } as never);

function elements(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((c) => c.type === 'element' && c.name === name);
}
const text = (el: Element | undefined): string => (el?.elements ?? []).map((c) => String(c.text ?? c.cdata ?? '')).join('');

/** The entry titles of an Atom document, in its order, and the feed element itself. */
async function atom(response: Response): Promise<{ feed: Element; titles: string[] }> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const feed = elements(xml2js(await response.text(), { compact: false }) as Element, 'feed')[0]!;
  return { feed, titles: elements(feed, 'entry').map((e) => text(elements(e, 'title')[0])) };
}

async function rssTitles(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  const channel = elements(elements(xml2js(await response.text(), { compact: false }) as Element, 'rss')[0]!, 'channel')[0]!;
  return elements(channel, 'item').map((i) => text(elements(i, 'title')[0]));
}

let trafficking = { fr: '', en: '' };

beforeAll(async () => {
  await seedDemoContent(db);
  const day = (d: number) => new Date(Date.UTC(2025, 0, d, 8));
  await insertNewsArticle('test/feed-traite-1', [published('fr', 'Traite : un premier rapport', day(1)), published('en', 'Trafficking: a first report', day(1))], {
    topicKeys: ['counter-trafficking'],
    countries: ['IT'],
  });
  await insertNewsArticle('test/feed-traite-2', [published('fr', 'Traite : un second rapport', day(5))], { topicKeys: ['counter-trafficking', 'migrant-rights'] });
  await insertNewsArticle('test/feed-droits', [published('fr', 'Droits des migrants au Sénégal', day(3))], { topicKeys: ['migrant-rights'], countries: ['SN'] });
  await insertNewsArticle('test/feed-futur', [published('fr', 'Traite : un rapport à paraître', new Date(Date.now() + 3_600_000))], {
    topicKeys: ['counter-trafficking'],
    countries: ['IT'],
  });
  await insertNewsArticle('test/feed-brouillon', [{ ...published('fr', 'Traite : un brouillon', day(2)), status: 'draft', publishAt: null }], {
    topicKeys: ['counter-trafficking'],
    countries: ['IT'],
  });
  trafficking = { fr: await topicSlug('counter-trafficking', 'fr'), en: await topicSlug('counter-trafficking', 'en') };
});

describe('a topic’s feeds', () => {
  it('hold the releases its list shows, newest first: visible ones, of that topic, in the reader’s language', async () => {
    const { feed, titles } = await atom(await call(topicAtom, 'fr', trafficking.fr));
    // The demo release of 2006 is filed under this topic too.
    expect(titles).toEqual(['Traite : un second rapport', 'Traite : un premier rapport', 'Le Directeur général de l’OIM assistera au Sommet ibéro-américain']);
    expect(await rssTitles(await call(topicRss, 'fr', trafficking.fr))).toEqual(titles);
    expect(titles.join()).not.toMatch(/paraître|brouillon|Sénégal/);
    // In English, the English translations only, under the topic's English slug.
    expect((await atom(await call(topicAtom, 'en', trafficking.en))).titles).toEqual(['Trafficking: a first report', 'IOM Director General to attend Ibero-American Summit']);
    // The feed names its list and itself, and says what it follows.
    const links = elements(feed, 'link').map((l) => `${l.attributes?.rel} ${l.attributes?.href}`);
    expect(links).toEqual([`alternate http://localhost:3000/fr/news/topic/${trafficking.fr}`, `self http://localhost:3000/fr/news/topic/${trafficking.fr}/atom.xml`]);
    expect(text(elements(feed, 'title')[0])).toMatch(/ — Thème\s:\sLutte contre la traite$/);
  });

  it('lives at the list’s one address: a slug in capitals or a former slug leads there with a 308', async () => {
    const upper = await call(topicRss, 'fr', trafficking.fr.toUpperCase());
    expect(upper.status).toBe(308);
    expect(upper.headers.get('location')).toBe(`/fr/news/topic/${trafficking.fr}/feed.xml`);
    const [topic] = await db.select({ id: topics.id }).from(topics).where(eq(topics.key, 'counter-trafficking'));
    await db.insert(topicSlugRedirects).values({ locale: 'fr', slug: 'ancienne-traite', topicId: topic!.id });
    const former = await call(topicAtom, 'fr', 'ancienne-traite');
    expect(former.status).toBe(308);
    expect(former.headers.get('location')).toBe(`/fr/news/topic/${trafficking.fr}/atom.xml`);
  });

  it('do not exist for a slug no topic has (in that language), nor for a language the site does not have', async () => {
    expect((await call(topicRss, 'fr', 'aucun-theme')).status).toBe(404);
    expect((await call(topicRss, 'fr', trafficking.en === trafficking.fr ? 'aucun-theme' : trafficking.en)).status).toBe(404);
    expect((await call(topicAtom, 'de', trafficking.fr)).status).toBe(404);
    expect((await call(topicAtom, 'fr', 'a b')).status).toBe(404);
  });
});

describe('a country’s feeds', () => {
  it('hold the visible releases filed under that country, and answer 304 to a reader who has them', async () => {
    const { feed, titles } = await atom(await call(countryAtom, 'fr', 'it'));
    expect(titles).toEqual(['Traite : un premier rapport']);
    expect(text(elements(feed, 'title')[0])).toMatch(/ — Pays\s:\sItalie$/);
    const first = await call(countryRss, 'fr', 'sn');
    const etag = first.headers.get('etag')!;
    expect(await rssTitles(first)).toEqual(['Droits des migrants au Sénégal']);
    expect((await call(countryRss, 'fr', 'sn', { 'If-None-Match': etag })).status).toBe(304);
  });

  it('are dated, with no release yet, by the site’s latest change in that language, not by 1970', async () => {
    const { feed, titles } = await atom(await call(countryAtom, 'fr', 'jp'));
    expect(titles).toEqual([]);
    const site = (await atom(await siteAtom(new Request('http://localhost/fr/atom.xml'), { params: Promise.resolve({ locale: 'fr' }) } as never))).feed;
    const updated = text(elements(feed, 'updated')[0]);
    expect(updated).toBe(text(elements(site, 'updated')[0]));
    expect(updated).toBe('2025-01-05T08:00:00.000Z');
    const rss = await (await call(countryRss, 'fr', 'jp')).text();
    expect(rss).toContain('<lastBuildDate>Sun, 05 Jan 2025 08:00:00 GMT</lastBuildDate>');
  });

  it('live at the lower-case code’s address; a code that is no country has none', async () => {
    const upper = await call(countryAtom, 'fr', 'IT');
    expect(upper.status).toBe(308);
    expect(upper.headers.get('location')).toBe('/fr/news/country/it/atom.xml');
    expect((await call(countryRss, 'fr', 'zz')).status).toBe(404);
    expect((await call(countryRss, 'fr', 'ita')).status).toBe(404);
  });
});
