import { isAppLocale } from '@/i18n/routing';
import { atomXml, buildFeed } from '@/lib/feeds';
import { conditionalResponse } from '@/lib/cache/conditional';

export async function GET(request: Request, ctx: RouteContext<'/[locale]/atom.xml'>) {
  const { locale } = await ctx.params;
  if (!isAppLocale(locale)) return new Response('Not found', { status: 404 });
  const feed = await buildFeed(locale);
  return conditionalResponse(request, atomXml(feed, locale), 'application/atom+xml; charset=utf-8');
}
