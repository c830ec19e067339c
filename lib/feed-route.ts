import { movedTopicSlug } from '@/db/queries/public-news';
import { isAppLocale } from '@/i18n/routing';
import { conditionalResponse } from '@/lib/cache/conditional';
import { PUBLIC_CACHE_CONTROL } from '@/lib/cache/http';
import { atomXml, buildFeed, buildFilteredFeed, rssXml, type FeedContent } from '@/lib/feeds';
import type { Locale } from '@/lib/locales';
import { feedPaths, newsFilterPath, parseFilter, type FeedFilter } from '@/lib/news-filter';

type Format = 'rss' | 'atom';

const CONTENT_TYPE: Record<Format, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

const write = (format: Format, feed: FeedContent, locale: Locale) => (format === 'rss' ? rssXml(feed) : atomXml(feed, locale));

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** A feed's one address: a client following it keeps the new one (RFC 9110, 15.4.9); shared caches keep it as a page. */
const movedTo = (path: string) => new Response(null, { status: 308, headers: { Location: path, 'Cache-Control': PUBLIC_CACHE_CONTROL } });

type Context = { params: Promise<{ locale: string; value?: string }> };

/**
 * The GET handler of a locale's feed (`/L/feed.xml`, `/L/atom.xml`), or, given `kind`, of one
 * topic's or one country's list (`/L/news/topic/<slug>/feed.xml`, `/L/news/country/<code>/atom.xml`):
 * built per request from cached reads, answered with an ETag of its bytes (lib/cache/conditional.ts).
 * A filter's feed lives at one address, its list's (a code typed in capitals, a topic's former
 * slug lead there with a 308), and an unknown topic or country has none (404).
 */
export function feedRoute(format: Format, kind?: FeedFilter['kind']) {
  return async function GET(request: Request, ctx: Context): Promise<Response> {
    const { locale, value } = await ctx.params;
    if (!isAppLocale(locale)) return notFound();
    if (!kind) return conditionalResponse(request, write(format, await buildFeed(locale), locale), CONTENT_TYPE[format]);
    const filter = value === undefined ? null : parseFilter(kind, value);
    if (!filter) return notFound();
    const own = (f: FeedFilter) => feedPaths(locale, f)[format];
    if (newsFilterPath(filter) !== `/news/${kind}/${value}`) return movedTo(own(filter));
    const feed = await buildFilteredFeed(locale, filter);
    if (feed) return conditionalResponse(request, write(format, feed, locale), CONTENT_TYPE[format]);
    const moved = filter.kind === 'topic' ? await movedTopicSlug(locale, filter.slug) : null;
    return moved ? movedTo(own({ kind: 'topic', slug: moved })) : notFound();
  };
}
