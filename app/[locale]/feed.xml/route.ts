import { isAppLocale } from '@/i18n/routing';
import { buildFeed, rssXml } from '@/lib/feeds';
import { conditionalResponse } from '@/lib/cache/conditional';

export async function GET(request: Request, ctx: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await ctx.params;
  if (!isAppLocale(locale)) return new Response('Not found', { status: 404 });
  const feed = await buildFeed(locale);
  return conditionalResponse(request, rssXml(feed), 'application/rss+xml; charset=utf-8');
}
