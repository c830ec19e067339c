import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/site';

export default async function robots(): Promise<MetadataRoute.Robots> {
  // The site's address is the one it runs at (SITE_URL when it starts), like the sitemap's and
  // the pages' links: prerendered, robots.txt kept the address the build happened to see.
  await connection();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/*/dashboard', '/*/sign-in', '/*/setup'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
