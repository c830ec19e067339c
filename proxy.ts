import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { isAppLocale, routing } from './i18n/routing';
import { hasSessionCookie, signInPath } from './lib/callback-path';
import { isDashboardHandler } from './lib/dashboard-handlers';
import type { Locale } from './lib/locales';
import { MEDIA_BODY_MAX_BYTES } from './lib/media/limits';
import { normalizeQuery, searchPageNumber, searchPagePath } from './lib/search';
import { cachedFunctionCallResponse, callsCachedFunction } from './lib/server-function-call';
import { isUndecodablePath, undecodablePathResponse } from './lib/undecodable-path';

const handleI18nRouting = createMiddleware(routing);

/**
 * Locale routing only, and only where it is needed: `/` and paths without a locale prefix are
 * redirected (explicit choice in the cookie first, then Accept-Language, then French). Paths
 * that already carry a locale never pass through here (but for a percent sign's check and a
 * post's check of what it calls, which leave them untouched, and the dashboard's and previews'
 * sign-in shortcut), so public pages get no cookie and stay cacheable. Never the security gate: authorization is checked in lib/dal.ts.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A cached read called as a server action, on any address (lib/server-function-call.ts): it
  // does not run. Posts calling something come here for this check (the last two matcher
  // entries); those no other entry takes (a public page, the API) then go on untouched.
  if (await callsCachedFunction(request, MEDIA_BODY_MAX_BYTES)) return cachedFunctionCallResponse();
  if (!routedHere(pathname)) return NextResponse.next();
  // A malformed percent-encoding (`/fr/%`, `/api/%`, `/sitemap.xml%`) makes Next's router fail
  // with a 500 after this runs (lib/undecodable-path.ts): it is the client's mistake, a 400.
  // Every path with a percent sign comes here for this check (its matcher entry); those no
  // other entry takes (with a locale, API, Next's own files, a file name) then go on untouched.
  if (pathname.includes('%')) {
    if (isUndecodablePath(pathname)) return undecodablePathResponse(pathname);
    if (LOCALE_PREFIXED.test(pathname) || NOT_ROUTED.test(pathname)) return NextResponse.next();
  }
  // A dashboard page asked for without any session cookie: straight to sign-in, coming back
  // here, as a 307 (the page itself would answer a streamed redirect: a 200 with a meta refresh,
  // after its render). Only a shortcut for reading pages: with a cookie, valid or not, the page
  // decides (lib/dal.ts); a POST (a server action) and the audit export, a route handler, answer
  // and audit their refusal themselves.
  const dashboard = DASHBOARD_PATH.exec(pathname);
  if (dashboard) {
    if (request.method === 'POST' && Number(request.headers.get('content-length')) > MEDIA_BODY_MAX_BYTES) return bodyTooLarge(request);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isDashboardHandler(pathname)) return NextResponse.next();
    if (hasSessionCookie(request.cookies.getAll().map((c) => c.name))) return NextResponse.next();
    const response = NextResponse.redirect(new URL(signInPath(dashboard[1]!, `${pathname}${request.nextUrl.search}`), request.url), 307);
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  // A preview link opened without any session cookie (shared with a colleague): the same
  // shortcut, to sign-in in the interface language the link names (`?ui=`, else its own), as a
  // 307; the page would answer a blank 200 that a meta refresh leaves a second later.
  const preview = PREVIEW_PATH.exec(pathname);
  if (preview) {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || hasSessionCookie(request.cookies.getAll().map((c) => c.name))) return NextResponse.next();
    const ui = request.nextUrl.searchParams.get('ui');
    const response = NextResponse.redirect(new URL(signInPath(isAppLocale(ui) ? ui : preview[1]!, `${pathname}${request.nextUrl.search}`), request.url), 307);
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  // The news search's query string becomes a path, so its results are cacheable static output
  // like every public page (lib/search.ts, docs/caching.md "Search"): a rewrite, not a redirect.
  const search = SEARCH_PATH.exec(pathname);
  if (search) {
    const { searchParams } = request.nextUrl;
    const query = normalizeQuery(searchParams.get('q') ?? undefined);
    const path = searchPagePath(search[1] as Locale, query, query ? searchPageNumber(searchParams.get('page')) : 1);
    return NextResponse.rewrite(new URL(path, request.url));
  }
  const response = handleI18nRouting(request);
  // next-intl writes the locale it negotiated into NEXT_LOCALE; only an explicit choice is
  // remembered (components/site/language-switcher.tsx), so no anonymous response sets a cookie.
  response.headers.delete('set-cookie');
  // The redirect depends on the reader's cookie and languages: no shared cache may keep it.
  if (response.headers.has('location')) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * A dashboard post larger than the server reads (lib/media/limits.ts, next.config.ts), answered
 * before its body is read: Next would cut it off and the action fail on what remained (an error
 * page). Only an image upload gets so large, and its form checks the size before sending; one
 * sent without that check (its script not run) comes back to its form, the error at the file
 * field (`?tooBig=1`): by Next's own redirect header for a post from its script, a 303 for a
 * plain form. Anything else too large is refused with a 413.
 */
function bodyTooLarge(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!UPLOAD_PATH.test(pathname)) return new NextResponse('Request body too large.', { status: 413, headers: { 'Content-Type': 'text/plain' } });
  const back = `${pathname}?tooBig=1`;
  if (request.headers.has('next-action')) return new NextResponse(null, { status: 413, headers: { 'x-action-redirect': `${back};replace` } });
  return NextResponse.redirect(new URL(back, request.url), 303);
}

const UPLOAD_PATH = /^\/(fr|en|es|ar)\/dashboard\/media\/new\/?$/;
const SEARCH_PATH = /^\/(fr|en|es|ar)\/news\/search\/?$/;
const DASHBOARD_PATH = /^\/(fr|en|es|ar)\/dashboard(?:\/|$)/;
const PREVIEW_PATH = /^\/(fr|en|es|ar)\/preview\//;
const LOCALE_PREFIXED = /^\/(fr|en|es|ar)(\/|$)/;
/** What the second matcher entry leaves out: API routes, Next's own paths, file names. */
const NOT_ROUTED = /^\/(api|_next|_vercel)(\/|$)|\./;

/** Whether one of the matcher's entries but the last two (posts, for their check alone) takes `pathname`. */
function routedHere(pathname: string): boolean {
  return (
    pathname === '/feed.xml' ||
    pathname === '/atom.xml' ||
    pathname.includes('%') ||
    SEARCH_PATH.test(pathname) ||
    DASHBOARD_PATH.test(pathname) ||
    PREVIEW_PATH.test(pathname) ||
    (!LOCALE_PREFIXED.test(pathname) && !NOT_ROUTED.test(pathname))
  );
}

export const config = {
  matcher: [
    '/',
    // The feeds' usual addresses without a language, which feed readers try on their own: to
    // the reader's language's feed, as `/` goes to its home (a file name is otherwise left alone).
    '/feed.xml',
    '/atom.xml',
    '/((?!api|_next|_vercel|(?:fr|en|es|ar)(?:/|$)|.*\\..*).*)',
    '/:locale(fr|en|es|ar)/news/search',
    '/:locale(fr|en|es|ar)/dashboard',
    '/:locale(fr|en|es|ar)/dashboard/:path*',
    '/:locale(fr|en|es|ar)/preview/:path*',
    '/(.*%.*)',
    // Any post that calls a server function (by its header, or from a form sent without
    // script): a cached read is not one to call (lib/server-function-call.ts). Keep last.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
