import { describe, expect, it } from 'vitest';
import { conditionalResponse } from './conditional';
import { PUBLIC_CACHE_CONTROL } from './http';

const XML = '<rss version="2.0"><channel><title>Actualités — l’OIM</title></channel></rss>';
const TYPE = 'application/rss+xml; charset=utf-8';

function get(headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/fr/feed.xml', { headers });
}

describe('conditionalResponse', () => {
  it('sends the document with an ETag of its bytes and the public Cache-Control', async () => {
    const res = conditionalResponse(get(), XML, TYPE);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(XML);
    expect(res.headers.get('content-type')).toBe(TYPE);
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
    expect(conditionalResponse(get(), XML, TYPE).headers.get('etag')).toBe(res.headers.get('etag'));
    expect(conditionalResponse(get(), `${XML} `, TYPE).headers.get('etag')).not.toBe(res.headers.get('etag'));
  });

  it('answers 304 with no body to a reader that holds the same bytes, weak or in a list', async () => {
    const etag = conditionalResponse(get(), XML, TYPE).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = conditionalResponse(get({ 'if-none-match': ifNoneMatch }), XML, TYPE);
      expect(res.status, ifNoneMatch).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    }
  });

  it('sends the document again once it changed, and never answers a date alone with 304', async () => {
    const old = conditionalResponse(get(), XML, TYPE).headers.get('etag')!;
    const changed = conditionalResponse(get({ 'if-none-match': old }), XML.replace('OIM', 'OIM (mis à jour)'), TYPE);
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('mis à jour');
    const dated = conditionalResponse(get({ 'if-modified-since': new Date(Date.now() + 86_400_000).toUTCString() }), XML, TYPE);
    expect(dated.status).toBe(200);
    expect(dated.headers.get('last-modified')).toBeNull();
  });
});
