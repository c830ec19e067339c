import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SHARE_IMAGE } from '@/lib/icons';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

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

/** The locale's RSS and Atom feeds, for `<link rel="alternate">` (home and news list). */
export function feedLinks(locale: Locale): Record<'application/rss+xml' | 'application/atom+xml', string> {
  return { 'application/rss+xml': `/${locale}/feed.xml`, 'application/atom+xml': `/${locale}/atom.xml` };
}
