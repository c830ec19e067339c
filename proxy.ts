import type { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

/**
 * Locale routing only, and only where it is needed: `/` and paths without a locale prefix are
 * redirected (explicit choice in the cookie first, then Accept-Language, then French). Paths
 * that already carry a locale never pass through here, so public pages get no cookie and stay
 * cacheable. Never the security gate: authorization is checked in lib/dal.ts.
 */
export default function proxy(request: NextRequest) {
  const response = handleI18nRouting(request);
  // next-intl writes the locale it negotiated into NEXT_LOCALE; only an explicit choice is
  // remembered (components/site/language-switcher.tsx), so no anonymous response sets a cookie.
  response.headers.delete('set-cookie');
  // The redirect depends on the reader's cookie and languages: no shared cache may keep it.
  if (response.headers.has('location')) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/', '/((?!api|_next|_vercel|(?:fr|en|es|ar)(?:/|$)|.*\\..*).*)'],
};
