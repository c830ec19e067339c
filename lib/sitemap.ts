import type { MetadataRoute } from 'next';

/**
 * The sitemap and robots.txt as text. They are route handlers of ours (app/sitemap.xml,
 * app/robots.txt) rather than Next's metadata files, whose responses always say
 * `max-age=0, must-revalidate`: a shared cache could then never keep them, and a crawler
 * re-downloaded the sitemap in full on every visit. Ours answer like the feeds: a second in a
 * shared cache, an ETag and 304 (lib/cache/conditional.ts). The XML is the one Next wrote, with
 * addresses escaped (Next wrote them as they were).
 */
export type SitemapEntry = Pick<MetadataRoute.Sitemap[number], 'url' | 'lastModified' | 'alternates'>;

export function sitemapXml(entries: SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  for (const { url, lastModified, alternates } of entries) {
    lines.push('<url>', `<loc>${escapeXml(url)}</loc>`);
    for (const [language, href] of Object.entries(alternates?.languages ?? {})) {
      if (href) lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(String(href))}" />`);
    }
    if (lastModified) lines.push(`<lastmod>${lastModified instanceof Date ? lastModified.toISOString() : escapeXml(lastModified)}</lastmod>`);
    lines.push('</url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  sitemap: string;
}

/** robots.txt for every crawler: one group, then the sitemap's address. */
export function robotsTxt({ allow, disallow, sitemap }: RobotsRules): string {
  return ['User-Agent: *', ...allow.map((p) => `Allow: ${p}`), ...disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${sitemap}`, ''].join('\n');
}

/** Text as XML character data or a double-quoted attribute value. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
