import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Locale routing only, and only where it is needed: `/` and paths without a locale prefix are
 * redirected (explicit choice in the cookie first, then Accept-Language, then French). Paths
 * that already carry a locale never pass through here, so public pages get no cookie and stay
 * cacheable. Never the security gate: authorization is checked in lib/dal.ts.
 */
export default createMiddleware(routing);

export const config = {
  matcher: ['/', '/((?!api|_next|_vercel|(?:fr|en|es|ar)(?:/|$)|.*\\..*).*)'],
};
