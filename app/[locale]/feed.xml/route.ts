import { isAppLocale } from '@/i18n/routing';
import { buildFeed, rssXml } from '@/lib/feeds';
import { PUBLIC_CACHE_CONTROL } from '@/lib/cache/http';

export async function GET(_req: Request, ctx: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await ctx.params;
  if (!isAppLocale(locale)) return new Response('Not found', { status: 404 });
  const feed = await buildFeed(locale);
  return new Response(rssXml(feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL },
  });
}
