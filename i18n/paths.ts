import type { Locale } from '@/lib/locales';

/**
 * The address of `href` (a path without locale, e.g. "/news") in `locale`. Every locale is
 * prefixed and paths are not translated (i18n/routing.ts), so this is what next-intl's
 * getPathname computes — without importing its navigation module, whose client Link would be
 * shipped with every public page.
 */
export function localizedPath(href: string, locale: Locale): string {
  return href === '/' ? `/${locale}` : `/${locale}${href.startsWith('/') ? href : `/${href}`}`;
}
