import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/site';

export default async function robots(): Promise<MetadataRoute.Robots> {
  // The site's address is the one it runs at (SITE_URL when it starts), like the sitemap's and
  // the pages' links: prerendered, robots.txt kept the address the build happened to see.
  await connection();
  return {
    // Previews and the account pages are for signed-in people or one person's link: a crawler
    // that finds a shared link has nothing to fetch.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/*/dashboard', '/*/preview', '/*/sign-in', '/*/sign-out', '/*/setup', '/*/set-password'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
