import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists each address with its alternates and last change, escaped', () => {
    const xml = sitemapXml([
      { url: 'https://example.org/fr' },
      {
        url: 'https://example.org/fr/news?topic=a&b',
        lastModified: new Date('2026-11-30T08:00:00Z'),
        alternates: { languages: { fr: 'https://example.org/fr/news?topic=a&b', 'x-default': 'https://example.org/fr/"x"' } },
      },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '<url>',
        '<loc>https://example.org/fr</loc>',
        '</url>',
        '<url>',
        '<loc>https://example.org/fr/news?topic=a&amp;b</loc>',
        '<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/news?topic=a&amp;b" />',
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/fr/&quot;x&quot;" />',
        '<lastmod>2026-11-30T08:00:00.000Z</lastmod>',
        '</url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('robotsTxt', () => {
  it('writes one group for every crawler, then the sitemap', () => {
    expect(robotsTxt({ allow: ['/'], disallow: ['/api/', '/*/dashboard'], sitemap: 'https://example.org/sitemap.xml' })).toBe(
      'User-Agent: *\nAllow: /\nDisallow: /api/\nDisallow: /*/dashboard\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
