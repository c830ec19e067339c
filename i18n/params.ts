import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isAppLocale, type AppLocale } from './routing';

/**
 * The one parameter value prerendered at build time. Pages are rendered on their first request
 * and then served from cache (docs/caching.md), so the build never touches the database:
 * generateStaticParams, which Cache Components wants non-empty, names only this placeholder,
 * which every page turns into a 404 before reading any data.
 */
export const BUILD_PLACEHOLDER = '_';

export const placeholderLocaleParams = () => [{ locale: BUILD_PLACEHOLDER }];

/** Validates the [locale] segment and tells next-intl, so translations never read headers. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
