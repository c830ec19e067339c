import { LOCALES } from './locales';

/**
 * Where sign-in sends the person back (`?next=`): a path of this site, with its query kept
 * (a preview's `?ui=`), or `fallback`. Anything a browser could read as another site is
 * refused — an absolute or protocol-relative address (`https://…`, `//…`), a backslash (read as
 * a slash: `/\evil.example`), a control character or space (tabs and line breaks are dropped
 * by URL parsing: `/\t/evil.example`), and a path whose dot segments collapse into `//…`.
 */
export function safeCallbackPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || !/^\/[^/\\]/.test(next) || /[\\\s\u0000-\u001f\u007f]/.test(next)) return fallback;
  const base = 'http://callback.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  return url.origin === base && !url.pathname.startsWith('//') ? next : fallback;
}

/**
 * `next` (a safe path) with the interface in `locale`, the language the sign-in form was read
 * in: a person who switched the sign-in page to Arabic comes back to the same dashboard screen,
 * in Arabic, not in the language of the address that sent them there. Only the interface
 * language changes: a dashboard address's prefix (`/fr/dashboard/articles/…/en` edits the
 * English translation in any interface), a preview's `?ui=`. Public pages are left as they are
 * (their addresses differ by language).
 */
export function inInterfaceLanguage(next: string, locale: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) return next;
  if (DASHBOARD_PATH.test(next)) return `/${locale}${next.slice(next.indexOf('/', 1))}`;
  if (PREVIEW_PATH.test(next)) return next.replace(UI_PARAM, `$1${locale}`);
  return next;
}

const ANY_LOCALE = LOCALES.join('|');
const DASHBOARD_PATH = new RegExp(`^/(?:${ANY_LOCALE})/dashboard(?:[/?#]|$)`);
const PREVIEW_PATH = new RegExp(`^/(?:${ANY_LOCALE})/preview/`);
const UI_PARAM = new RegExp(`([?&]ui=)(?:${ANY_LOCALE})(?=[&#]|$)`);

/** The sign-in page in `locale`, coming back to `next` (a safe path of this site) once signed in. */
export function signInPath(locale: string, next?: string): string {
  return `/${locale}/sign-in?next=${encodeURIComponent(safeCallbackPath(next, `/${locale}/dashboard`))}`;
}

/**
 * Whether a request carries an Auth.js session cookie at all (`authjs.session-token`, its
 * `__Secure-` form over HTTPS, or one of its chunks). Not whether the session is valid: that is
 * for lib/dal.ts; without one, a dashboard address can go to sign-in at once (proxy.ts).
 */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (/^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name)) return true;
  return false;
}
