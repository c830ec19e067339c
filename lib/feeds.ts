import { Feed, type FeedOptions } from 'feed';
import { getTranslations } from 'next-intl/server';
import { listLatestArticles, type LatestArticle } from '@/db/queries/public-articles';
import { listFilteredFeed } from '@/db/queries/public-news';
import type { Locale } from '@/lib/locales';
import { feedPaths, newsFilterPath, type FeedFilter } from '@/lib/news-filter';
import { siteUrl } from '@/lib/site';
import { feedTitle } from '@/lib/seo';

export const FEED_SIZE = 30;

/** One release in a feed. Its title and summary are plain text, as typed: never markup. */
export interface FeedEntry {
  /** Permanent: the release in this language, whatever its slug ({@link entryId}). */
  id: string;
  link: string;
  title: string;
  summary: string;
  /** When it was published (RSS <pubDate>, Atom <published>). */
  date: Date;
  /** When it last changed for readers (Atom <updated>); the publish date when not given. */
  updated?: Date;
}

/**
 * The day the tag: URIs below were minted; fixed for good (RFC 4151 asks for a date at which
 * the authority owned the name, and the same URI forever).
 */
const TAG_DATE = '2025';

/**
 * A feed entry's id (Atom <id>, RSS <guid isPermaLink="false">): a tag: URI (RFC 4151) of the
 * release in one language, made of the site's host, the article's id and the locale. Never its
 * address: readers take a new id for a new entry, so a renamed slug would show the release twice.
 */
export function entryId(base: string, articleId: string, locale: Locale): string {
  return `tag:${new URL(base).hostname},${TAG_DATE}:release/${articleId}/${locale}`;
}

export interface FeedContent {
  options: FeedOptions;
  entries: FeedEntry[];
}

/**
 * What one locale's feeds hold: its latest releases, with the same visibility rules and cache
 * tags as the news list. {@link rssXml} and {@link atomXml} write it, with the `feed` package
 * (escaping and date formats done by a maintained library, not by hand) where it can.
 */
export async function buildFeed(locale: Locale): Promise<FeedContent> {
  const [items, news, title] = await Promise.all([
    listLatestArticles(locale, FEED_SIZE),
    getTranslations({ locale, namespace: 'News' }),
    feedTitle(locale),
  ]);
  return feedContent(locale, { title, description: news('description'), items });
}

/**
 * The feeds of one topic's or one country's news list (`/L/news/topic/<slug>/feed.xml`…): its
 * latest releases, as that list shows them; null when the filter names nothing.
 */
export async function buildFilteredFeed(locale: Locale, filter: FeedFilter): Promise<FeedContent | null> {
  const [list, f] = await Promise.all([listFilteredFeed(locale, filter, FEED_SIZE), getTranslations({ locale, namespace: 'NewsFilters' })]);
  if (!list) return null;
  const heading = f(`${filter.kind}Heading`, { name: list.label });
  // None yet under this topic or country: the feed last changed when the site did, as
  // WordPress dates an empty category's feed (not 1970, which a reader would show).
  const site = list.items.length === 0 ? await listLatestArticles(locale, 1) : [];
  return feedContent(locale, { title: await feedTitle(locale, heading), description: f('description', { heading }), filter, items: list.items, since: site });
}

async function feedContent(
  locale: Locale,
  feed: { title: string; description: string; filter?: FeedFilter; items: LatestArticle[]; since?: LatestArticle[] },
): Promise<FeedContent> {
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  const base = siteUrl();
  // The feed's own page: the news list it follows.
  const list = `${base}/${locale}${feed.filter ? newsFilterPath(feed.filter) : '/news'}`;
  const paths = feedPaths(locale, feed.filter);
  return {
    options: {
      title: feed.title,
      description: feed.description,
      id: list,
      link: list,
      language: locale,
      copyright: meta('siteName'),
      // Atom requires an author for the feed or for every entry (RFC 4287, 4.1.1): the organization.
      author: { name: meta('siteName'), link: `${base}/${locale}` },
      // The feed changed when its latest entry did (RFC 4287, 4.2.15); an empty one, when `since`
      // did; with nothing at all, a fixed time (the epoch), so its ETag holds.
      updated: new Date(Math.max(0, ...[...feed.items, ...(feed.since ?? [])].map((item) => Date.parse(item.modifiedAt)))),
      feedLinks: { rss: `${base}${paths.rss}`, atom: `${base}${paths.atom}` },
    },
    entries: feed.items.map((item) => ({
      id: entryId(base, item.articleId, locale),
      link: `${base}/${locale}/news/${item.slug}`,
      title: item.title,
      summary: item.lede,
      date: new Date(item.publishedAt),
      updated: new Date(item.modifiedAt),
    })),
  };
}

/** Marks the place of an entry's text in the package's RSS and Atom output; never in any text itself. */
const SLOT = '\uE000';
const SLOTTED_TEXT = new RegExp(`<(title|summary) type="html"><!\\[CDATA\\[${SLOT}(\\d+)${SLOT}\\]\\]></\\1>`, 'g');
const SLOTTED_RSS_TITLE = new RegExp(`<title><!\\[CDATA\\[${SLOT}(\\d+)${SLOT}\\]\\]></title>`, 'g');

/**
 * The RSS 2.0 document. An item's <description> is HTML to every RSS reader (the package writes
 * it so, in CDATA): the lede goes in HTML-escaped, so "<b>" and "&" show as typed. Titles are
 * plain text in RSS (RSS Advisory Board): each goes in XML-escaped, in the place the package
 * marks for it (as in Atom below), not in the package's CDATA, which ends the section at the
 * first "]]>" it does not split (its XML writer splits only the first): a title holding two
 * made the feed unreadable, or put markup of its own into the item.
 */
export function rssXml(content: FeedContent): string {
  const titles: string[] = [];
  const feed = new Feed(content.options);
  for (const entry of content.entries) {
    const title = `${SLOT}${titles.push(xmlChars(entry.title)) - 1}${SLOT}`;
    feed.addItem({ id: entry.id, link: entry.link, title, description: escapeText(xmlChars(entry.summary)), date: entry.date });
  }
  let filled = 0;
  const xml = feed.rss2().replace(SLOTTED_RSS_TITLE, (_element, index: string) => {
    filled++;
    return `<title>${escapeText(titles[Number(index)]!)}</title>`;
  });
  if (filled !== titles.length) throw new Error('unexpected RSS item title from the feed package');
  return xml;
}

/**
 * The Atom document, its language declared on the root element (`xml:lang`; RSS has its
 * <language>), and each entry's title and summary as what they are: plain text (RFC 4287
 * text constructs, type="text"), XML-escaped. The `feed` package declares every entry title and
 * summary type="html" and has no option for text (jpmonette/feed#192), which made readers render
 * "<b>" in a title as bold and read "&" as the start of an entity. So the package writes the
 * document with a numbered slot where each text goes, and each slot becomes the text construct.
 */
export function atomXml(content: FeedContent, locale: Locale): string {
  const texts: string[] = [];
  const slot = (text: string) => `${SLOT}${texts.push(text) - 1}${SLOT}`;
  const feed = new Feed(content.options);
  for (const entry of content.entries) {
    feed.addItem({
      id: entry.id,
      link: entry.link,
      title: slot(xmlChars(entry.title)),
      ...(entry.summary ? { description: slot(xmlChars(entry.summary)) } : {}),
      // Atom's <updated> is the last change readers saw; <published>, when it went out.
      date: entry.updated ?? entry.date,
      published: entry.date,
    });
  }
  let filled = 0;
  const xml = feed.atom1().replace(SLOTTED_TEXT, (_element, name: string, index: string) => {
    filled++;
    return `<${name} type="text">${escapeText(texts[Number(index)]!)}</${name}>`;
  });
  if (filled !== texts.length) throw new Error('unexpected Atom entry title or summary from the feed package');
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('unexpected Atom root element from the feed package');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

// Characters XML 1.0 cannot carry at all, not even escaped (its Char production): C0 controls
// but tab and line ends, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as a feed can hold it: a control character pasted with it (a word processor's line
 * break, U+000B, say) would make the whole document unreadable to every feed reader, which
 * refuses XML that is not well-formed. Line and page breaks become spaces; the others go.
 */
function xmlChars(text: string): string {
  return text.replace(NOT_XML, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : ''));
}

/**
 * Plain text as XML character data, or as HTML text, that reads back as typed: "R&D <b>" is
 * "R&amp;D &lt;b&gt;" in both (quotes only need escaping in attributes).
 */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
