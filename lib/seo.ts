import type { Metadata } from 'next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

/**
 * Canonical and hreflang alternates for a page that exists in `existing` locales (paths
 * without origin; metadataBase makes them absolute). Every version lists all the others and
 * itself, so the alternates are reciprocal; x-default is the French version when there is
 * one, else the first existing.
 */
export function alternatesFor(locale: Locale, existing: Partial<Record<Locale, string>>): Metadata['alternates'] {
  return { canonical: existing[locale], languages: hreflangs(existing) };
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

/** The locale's RSS and Atom feeds, for `<link rel="alternate">` (home and news list). */
export function feedLinks(locale: Locale): Record<'application/rss+xml' | 'application/atom+xml', string> {
  return { 'application/rss+xml': `/${locale}/feed.xml`, 'application/atom+xml': `/${locale}/atom.xml` };
}
