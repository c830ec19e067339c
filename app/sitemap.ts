import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { listArticleAlternatesForSitemap } from '@/db/queries/public-articles';
import { getNavigation, type NavNode } from '@/db/queries/public-pages';
import { LOCALES, type Locale } from '@/lib/locales';
import { hreflangs } from '@/lib/seo';
import { siteUrl } from '@/lib/site';

/**
 * Every public URL with its hreflang alternates (only the languages it exists in). Built from
 * the same cached, visibility-checked reads as the pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built on request (its reads are cached): the build never touches the database.
  await connection();
  const base = siteUrl();
  const entries: MetadataRoute.Sitemap = [];
  const everywhere = (path: string) => Object.fromEntries(LOCALES.map((l) => [l, `${base}/${l}${path}`]));
  for (const path of ['', '/news', '/offices']) {
    for (const l of LOCALES) entries.push({ url: `${base}/${l}${path}`, alternates: { languages: hreflangs(everywhere(path)) } });
  }

  // Profile pages: group each page's locales by page id.
  const byPage = new Map<string, Partial<Record<Locale, string>>>();
  const walk = (locale: Locale, nodes: NavNode[]) => {
    for (const n of nodes) {
      byPage.set(n.pageId, { ...byPage.get(n.pageId), [locale]: `${base}/${locale}/${n.path.join('/')}` });
      walk(locale, n.children);
    }
  };
  for (const l of LOCALES) walk(l, await getNavigation(l));
  for (const urls of byPage.values()) {
    for (const url of Object.values(urls)) entries.push({ url, alternates: { languages: hreflangs(urls) } });
  }

  const byArticle = new Map<string, { urls: Partial<Record<Locale, string>>; updated: string }>();
  for (const row of await listArticleAlternatesForSitemap()) {
    const entry = byArticle.get(row.articleId) ?? { urls: {}, updated: row.modifiedAt };
    entry.urls[row.locale] = `${base}/${row.locale}/news/${row.slug}`;
    if (row.modifiedAt > entry.updated) entry.updated = row.modifiedAt;
    byArticle.set(row.articleId, entry);
  }
  for (const { urls, updated } of byArticle.values()) {
    for (const url of Object.values(urls)) entries.push({ url, lastModified: updated, alternates: { languages: hreflangs(urls) } });
  }
  return entries;
}
