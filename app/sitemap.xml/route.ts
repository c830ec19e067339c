import { connection } from 'next/server';
import { listArticleAlternatesForSitemap } from '@/db/queries/public-articles';
import { listNewsFilterOptions } from '@/db/queries/public-news';
import { getNavigation, type NavNode } from '@/db/queries/public-pages';
import { conditionalResponse } from '@/lib/cache/conditional';
import { LOCALES, type Locale } from '@/lib/locales';
import { newsFilterPath } from '@/lib/news-filter';
import { hreflangs } from '@/lib/seo';
import { siteUrl } from '@/lib/site';
import { sitemapXml, type SitemapEntry } from '@/lib/sitemap';

/**
 * Every public URL with its hreflang alternates (only the languages it exists in). Built from
 * the same cached, visibility-checked reads as the pages; answered like the feeds (lib/sitemap.ts).
 */
export async function GET(request: Request) {
  // Built on request (its reads are cached): the build never touches the database.
  await connection();
  return conditionalResponse(request, sitemapXml(await entries()), 'application/xml; charset=utf-8');
}

async function entries(): Promise<SitemapEntry[]> {
  const base = siteUrl();
  const entries: SitemapEntry[] = [];
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

  // The news lists by topic, country and year, in each language where they have releases (the
  // filter links the news list offers; docs/search.md): pages of their own, indexable, and named
  // in hreflang by the same languages their pages name (app/[locale]/(site)/news/_components/filtered-route.tsx).
  const byList = new Map<string, Partial<Record<Locale, string>>>();
  for (const l of LOCALES) {
    const options = await listNewsFilterOptions(l);
    const add = (key: string, path: string) => byList.set(key, { ...byList.get(key), [l]: `${base}/${l}${path}` });
    for (const t of options.topics) add(`topic:${t.id}`, newsFilterPath({ kind: 'topic', slug: t.slug }));
    for (const c of options.countries) add(`country:${c.code}`, newsFilterPath({ kind: 'country', code: c.code }));
    for (const y of options.years) add(`year:${y.year}`, newsFilterPath({ kind: 'year', year: y.year }));
  }
  for (const urls of byList.values()) {
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
