// Relative import: next.config.ts loads this file, where the @/ alias is not set up.
import { LOCALES } from '../locales';

/**
 * What a shared cache (the shipped nginx, a CDN) may do with a public response (docs/caching.md).
 *
 * Next.js derives a page's own header from its cache life (`s-maxage=86400,
 * stale-while-revalidate=518400` for ours): fine for Next's in-process cache, which our tags
 * expire on every change, but a shared cache hears nothing of those tags and would keep the
 * page for days after a release changed. A shared cache may therefore keep a public response
 * fresh for one second, serve it stale one second more while it fetches a new copy, and fall
 * back on it when the server fails. Browsers revalidate every time (ETag → 304).
 */
export const SHARED_FRESH_SECONDS = 1;
export const SHARED_STALE_WHILE_REVALIDATE_SECONDS = 1;
export const SHARED_STALE_IF_ERROR_SECONDS = 60 * 60 * 24;

export const PUBLIC_CACHE_CONTROL =
  `public, max-age=0, s-maxage=${SHARED_FRESH_SECONDS}, ` +
  `stale-while-revalidate=${SHARED_STALE_WHILE_REVALIDATE_SECONDS}, stale-if-error=${SHARED_STALE_IF_ERROR_SECONDS}`;

/**
 * First path segments under a locale that are not public pages: personal, rendered per request,
 * never given the public header (Next marks them `private, no-store` itself). A test
 * (lib/cache/http.test.ts) fails when a route folder outside `(site)` is missing here.
 */
export const NON_PUBLIC_SEGMENTS = ['dashboard', 'preview', 'sign-in', 'sign-out', 'setup', 'set-password'] as const;

/**
 * The `source` patterns of next.config.ts `headers()` that carry PUBLIC_CACHE_CONTROL: every
 * address under a locale prefix except NON_PUBLIC_SEGMENTS. The profile pages are a catch-all
 * (`[...path]`), so the public site cannot be listed route by route; it is "all but these".
 * Route handlers (feeds) set the same header themselves, which takes precedence.
 */
export function publicHeaderSources(): string[] {
  const locale = `:locale(${LOCALES.join('|')})`;
  const excluded = NON_PUBLIC_SEGMENTS.join('|');
  return [`/${locale}`, `/${locale}/:path((?!(?:${excluded})(?:/|$)).*)`];
}
