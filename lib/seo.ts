import type { Metadata } from 'next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/locales';

/**
 * Canonical and hreflang alternates for a page that exists in `existing` locales (paths
 * without origin; metadataBase makes them absolute). Every version lists all the others and
 * itself, so the alternates are reciprocal; x-default is the French version when there is
 * one, else the first existing.
 */
export function alternatesFor(locale: Locale, existing: Partial<Record<Locale, string>>): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) {
    const href = existing[l];
    if (href) languages[l] = href;
  }
  const xDefault = existing[DEFAULT_LOCALE] ?? Object.values(languages)[0];
  if (xDefault) languages['x-default'] = xDefault;
  return { canonical: existing[locale], languages };
}
