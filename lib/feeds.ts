import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { listLatestArticles } from '@/db/queries/public-articles';
import type { Locale } from '@/lib/locales';
import { siteUrl } from '@/lib/site';

export const FEED_SIZE = 30;

/**
 * RSS 2.0 and Atom 1.0 of one locale's latest releases, built with the `feed` package (escaping
 * and date formats done by a maintained library, not by hand). Same visibility rules and
 * cache tags as the news list.
 */
export async function buildFeed(locale: Locale): Promise<Feed> {
  const [items, meta, news] = await Promise.all([
    listLatestArticles(locale, FEED_SIZE),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'News' }),
  ]);
  const base = siteUrl();
  const feed = new Feed({
    title: `${meta('siteName')} — ${news('title')}`,
    description: news('description'),
    id: `${base}/${locale}/news`,
    link: `${base}/${locale}/news`,
    language: locale,
    copyright: meta('siteName'),
    // Atom requires an author for the feed or for every entry (RFC 4287, 4.1.1): the organization.
    author: { name: meta('siteName'), link: `${base}/${locale}` },
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: `${base}/${locale}/feed.xml`, atom: `${base}/${locale}/atom.xml` },
  });
  for (const item of items) {
    const link = `${base}/${locale}/news/${item.slug}`;
    feed.addItem({
      id: link,
      link,
      title: item.title,
      description: item.lede,
      date: new Date(item.publishedAt),
    });
  }
  return feed;
}

/**
 * The Atom document of a feed, its language declared on the root element (`xml:lang`, which the
 * `feed` package does not write; RSS has its <language>).
 */
export function atomXml(feed: Feed, locale: Locale): string {
  const xml = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('unexpected Atom root element from the feed package');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
