import { createHash } from 'node:crypto';
import { PUBLIC_CACHE_CONTROL } from './http';

/**
 * A public document answered with an ETag of its bytes, so that a feed reader polling every few
 * minutes downloads it again only when it changed (RFC 9110, 13.1): a request whose
 * `If-None-Match` names the current ETag gets `304 Not Modified` with no body. Next.js gives
 * pages an ETag of its own, not the responses of route handlers.
 *
 * No `Last-Modified`: a feed's newest change says nothing of a release taken out of it (the
 * feed then changed, its newest entry did not), so `If-Modified-Since` would keep a reader on a
 * feed that still lists it.
 */
export function conditionalResponse(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag };
  if (namesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': contentType } });
}

/**
 * Whether a request's `If-None-Match` names these bytes: by weak comparison (RFC 9110, 13.1.2),
 * since nginx marks a tag weak when it compresses; over a list (a cache holding several copies
 * sends them all); `*` for any.
 */
export function namesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
