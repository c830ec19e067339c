import { connection } from 'next/server';
import { conditionalResponse } from '@/lib/cache/conditional';
import { siteUrl } from '@/lib/site';
import { robotsTxt } from '@/lib/sitemap';

export async function GET(request: Request) {
  // The site's address is the one it runs at (SITE_URL when it starts), like the sitemap's and
  // the pages' links: prerendered, robots.txt kept the address the build happened to see.
  await connection();
  const text = robotsTxt({
    allow: ['/'],
    // Previews and the account pages are for signed-in people or one person's link: a crawler
    // that finds a shared link has nothing to fetch.
    disallow: ['/api/', '/*/dashboard', '/*/preview', '/*/sign-in', '/*/sign-out', '/*/setup', '/*/set-password'],
    sitemap: `${siteUrl()}/sitemap.xml`,
  });
  return conditionalResponse(request, text, 'text/plain; charset=utf-8');
}
