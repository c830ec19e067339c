import { directionOf, isAppLocale } from '@/i18n/routing';
import { DEFAULT_LOCALE, type Locale } from '@/lib/locales';

/**
 * A path with a percent sign that does not start valid UTF-8 percent-encoding (`/fr/%`,
 * `/fr/news/%E0%A4%A`). Next's router decodes each segment to match dynamic routes and, on
 * such a path, fails with a plain 500 (vercel/next.js#92527, #94278) before any page runs:
 * proxy.ts answers it first. A segment never holds an encoded "/", so decoding the whole
 * path fails exactly when decoding one of its segments does.
 */
export function isUndecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The language of the answer: the path's first segment when it is a locale, else French. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isAppLocale(first) ? first : DEFAULT_LOCALE;
}

/**
 * 400 Bad Request with a small page in the path's language. The address is the same mistake
 * for everyone, but it is junk (a mangled link, a scanner): `no-store`, so no shared cache
 * keeps one entry per junk address, and the answer costs no render anyway. It sets no cookie
 * and does not repeat the address.
 */
export async function undecodablePathResponse(pathname: string): Promise<Response> {
  const locale = localeOfPath(pathname);
  const messages = (await import(`../messages/${locale}.json`)).default as {
    BadRequest: { title: string; body: string };
    NotFound: { home: string };
  };
  const { title, body } = messages.BadRequest;
  const html =
    `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>` +
    `<p><a href="/${locale}">${escapeHtml(messages.NotFound.home)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Language': locale,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The site's colours and measure, inline: this page is answered before any of the app's assets. */
const STYLE =
  'body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:#15191f;background:#fff}' +
  'main{max-width:40rem;margin:4rem auto;padding:0 1.25rem}h1{font-size:1.75rem;line-height:1.25;color:#0a2e5c}a{color:#0b3d7a}';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
