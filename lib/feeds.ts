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
