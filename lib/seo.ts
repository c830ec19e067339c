import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { APPLE_ICON_SIZE, SHARE_IMAGE } from '@/lib/icons';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';
import { feedPaths, type FeedFilter } from '@/lib/news-filter';

/**
 * Canonical and hreflang alternates for a page that exists in `existing` locales (paths
 * without origin; metadataBase makes them absolute). Every version lists all the others and
 * itself, so the alternates are reciprocal; x-default is the French version when there is
 * one, else the first existing. A page that is its only version names no alternates: an
 * x-default to itself would offer it to readers of every language (a list's page 2, say,
 * which is not page 2 anywhere else: lib/news-filter.ts listPageVersions).
 */
export function alternatesFor(locale: Locale, existing: Partial<Record<Locale, string>>): Metadata['alternates'] {
  const versions = LOCALES.filter((l) => existing[l]).length;
  return { canonical: existing[locale], ...(versions > 1 ? { languages: hreflangs(existing) } : {}) };
}

/** The hreflang set of a page: its existing versions, and x-default (the pages' and the sitemap's). */
export function hreflangs(existing: Partial<Record<Locale, string>>): Record<Locale | 'x-default', string> {
  const languages: Partial<Record<Locale | 'x-default', string>> = {};
  for (const l of LOCALES) {
    const href = existing[l];
    if (href) languages[l] = href;
  }
  const xDefault = existing[DEFAULT_LOCALE] ?? Object.values(languages)[0];
  if (xDefault) languages['x-default'] = xDefault;
  return languages as Record<Locale | 'x-default', string>;
}

/** Open Graph names a language with its territory (`og:locale`): how the organization writes each. */
export const OG_LOCALE: Record<Locale, string> = { fr: 'fr_FR', en: 'en_GB', es: 'es_ES', ar: 'ar_AR' };

type OpenGraph = NonNullable<Metadata['openGraph']>;
/** Omit over each member of a union (Open Graph's shape depends on its `type`). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Open Graph of a public page, for the preview a link shows when it is shared: the site's name,
 * the page's language and the languages it also exists in, its own title and summary (never the
 * site's, which a page without its own `openGraph` would inherit), and its canonical path as
 * og:url. `page` adds to or overrides these (a release is an `article` with its dates and image);
 * a page without an image of its own shows the organization's emblem (public/og.png), never none.
 */
export async function openGraphFor(
  locale: Locale,
  existing: Partial<Record<Locale, string>>,
  page: { title: string; description?: string | null } & OmitEach<OpenGraph, 'title' | 'description'>,
): Promise<OpenGraph> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const { description, ...rest } = page;
  return {
    type: 'website',
    siteName: t('siteName'),
    locale: OG_LOCALE[locale],
    alternateLocale: LOCALES.filter((l) => l !== locale && existing[l]).map((l) => OG_LOCALE[l]),
    url: existing[locale],
    ...(description ? { description } : {}),
    images: [{ url: SHARE_IMAGE.path, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt: t('shareImageAlt') }],
    ...rest,
  } as OpenGraph;
}

/**
 * A feed's title, the feed's own and its links' on the pages: a locale's ("OIM — Organisation
 * internationale pour les migrations — Actualités"), or one topic's or country's list's, its
 * heading after it ("… — Actualités — Thème : Lutte contre la traite").
 */
export async function feedTitle(locale: Locale, heading?: string): Promise<string> {
  const [meta, news] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getTranslations({ locale, namespace: 'News' })]);
  return [meta('siteName'), news('title'), ...(heading ? [heading] : [])].join(' — ');
}

/**
 * The RSS and Atom feeds a page names in `<link rel="alternate">`, each with its title and
 * format: a browser or feed reader that finds them offers them by these names. Home and the
 * news list name the locale's; a topic's or a country's list its own first, then the locale's.
 */
export async function feedLinks(locale: Locale, list?: { filter: FeedFilter; heading: string }): Promise<NonNullable<NonNullable<Metadata['alternates']>['types']>> {
  const feeds = await Promise.all([
    ...(list ? [feedTitle(locale, list.heading).then((title) => ({ title, paths: feedPaths(locale, list.filter) }))] : []),
    feedTitle(locale).then((title) => ({ title, paths: feedPaths(locale) })),
  ]);
  return {
    'application/rss+xml': feeds.map(({ title, paths }) => ({ url: paths.rss, title: `${title} (RSS)` })),
    'application/atom+xml': feeds.map(({ title, paths }) => ({ url: paths.atom, title: `${title} (Atom)` })),
  };
}

/**
 * schema.org NewsArticle of a release (its JSON-LD), as search engines read a news article:
 * headline, summary, language, dates with their time zone (ISO 8601, UTC), the page's image
 * (its main image, else the organization's emblem as its Open Graph preview has: Google asks an
 * article for one), and the organization as its author and its publisher, each with its name,
 * its home page in the page's language and, for the publisher, its logo (the 180 px emblem:
 * a logo is a bitmap of at least 112 px). `origin` is the site's absolute origin (lib/site.ts).
 */
export function newsArticleJsonLd(input: {
  origin: string;
  locale: Locale;
  path: string;
  title: string;
  lede: string | null;
  firstPublishedAt: string;
  modifiedAt: string;
  dateline?: string | null;
  heroSrc?: string | null;
  orgName: string;
  translations: { locale: Locale; path: string }[];
}): Record<string, unknown> {
  const { origin, locale } = input;
  const url = `${origin}${input.path}`;
  const organization = { '@type': 'Organization', name: input.orgName, url: `${origin}/${locale}` };
  const { '@context': _context, ...publisher } = organizationJsonLd(origin, locale, { name: input.orgName });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    ...(input.lede ? { description: input.lede } : {}),
    inLanguage: locale,
    datePublished: input.firstPublishedAt,
    dateModified: input.modifiedAt,
    ...(input.dateline ? { dateline: input.dateline } : {}),
    image: [`${origin}${input.heroSrc ?? SHARE_IMAGE.path}`],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    author: [organization],
    publisher,
    ...(input.translations.length > 0
      ? { workTranslation: input.translations.map((o) => ({ '@type': 'NewsArticle', inLanguage: o.locale, url: `${origin}${o.path}` })) }
      : {}),
  };
}

/**
 * schema.org Organization: the organization's name in the page's language (and its short name),
 * its home page in that language and its logo (the 180 px emblem: search engines take a bitmap
 * of at least 112 px). The home page says it; a release names it as its publisher.
 */
export function organizationJsonLd(origin: string, locale: Locale, org: { name: string; alternateName?: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    ...(org.alternateName && org.alternateName !== org.name ? { alternateName: org.alternateName } : {}),
    url: `${origin}/${locale}`,
    logo: { '@type': 'ImageObject', url: `${origin}/apple-icon.png`, width: APPLE_ICON_SIZE, height: APPLE_ICON_SIZE },
  };
}

/**
 * schema.org BreadcrumbList of a page's trail (components/site/breadcrumb.tsx), which search
 * engines show in a result instead of its address: each step's name and absolute address in
 * the page's language (`href` is locale-relative, as the trail's links take it); the last
 * step, the page itself, has no address of its own.
 */
export function breadcrumbJsonLd(origin: string, locale: Locale, items: { title: string; href?: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.title,
      ...(item.href ? { item: `${origin}/${locale}${item.href === '/' ? '' : item.href}` } : {}),
    })),
  };
}

/** A JSON-LD object as a script element's text: "<" escaped, so that no value can close the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
