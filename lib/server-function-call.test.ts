/**
 * A cached read ('use cache') is callable as a server action by its id, on any address, with any
 * arguments (a search past its length limit, a page size of a million): proxy.ts refuses such a
 * call before it runs, by the header of a call from script and by the fields of a form sent
 * without it, and lets real actions and everything else through as before.
 */
import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import proxy, { config } from '@/proxy';
import { MEDIA_BODY_MAX_BYTES } from './media/limits';
import { callsCachedFunction, formActionIds, isCachedFunctionId } from './server-function-call';

// Ids of the kinds Next gives (a production build's server-reference-manifest.json): a cached
// read (first bit set) and two server actions (an action with `(prev, form)`, a sign-out `(form)`).
const CACHED = 'f87afc452ca99f2cf1870c4face1494e5a7dbe3ec0';
const CACHED_NO_ARGS = '80014cea2ad8cf4902cfc01142f991880168e23e32';
const ACTION = '7f3aa589e61d494d33526c01b75e17f3f6b2a3d6e5';
const SIGN_OUT = '409ec7652a97384542be962310e9d10c354cf56e4c';

// Locale routing (next-intl's middleware) stands in as a marker: which requests reach it.
vi.mock('next-intl/middleware', () => ({ default: () => () => new NextResponse(null, { headers: { 'x-test-locale-routing': '1' } }) }));

const BASE = 'http://127.0.0.1:3000';

function fetchCall(path: string, id: string, body = '["fr","mot",1,1000000]') {
  return new NextRequest(`${BASE}${path}`, { method: 'POST', headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' }, body });
}

/** A form posted without script, as React's no-JS form sends a bound server function. */
function formCall(path: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const request = new Request(`${BASE}${path}`, { method: 'POST', body: form });
  return request.arrayBuffer().then(
    (bytes) =>
      new NextRequest(`${BASE}${path}`, {
        method: 'POST',
        headers: { 'content-type': request.headers.get('content-type')!, 'content-length': String(bytes.byteLength) },
        body: bytes,
      }),
  );
}

const bound = (id: string) => ({ $ACTION_REF_1: '', '$ACTION_1:0': JSON.stringify({ id, bound: '$@1' }), '$ACTION_1:1': '["fr","mot",1,1000000]', $ACTION_KEY: 'k1' });

const refused = (response: Response) => response.status === 404 && response.headers.get('x-nextjs-action-not-found') === '1';
/** NextResponse.next(): the request goes on to Next as it came. */
const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';

describe('server function ids', () => {
  it('tells a cached read from a server action by the first bit of the id', () => {
    expect(isCachedFunctionId(CACHED)).toBe(true);
    expect(isCachedFunctionId(CACHED_NO_ARGS)).toBe(true);
    expect(isCachedFunctionId(ACTION)).toBe(false);
    expect(isCachedFunctionId(SIGN_OUT)).toBe(false);
    expect(isCachedFunctionId('not-an-id')).toBe(false);
  });

  it('reads the ids a form sent without script calls, as Next does', () => {
    const form = new FormData();
    form.append(`$ACTION_ID_${ACTION}`, '');
    form.append('$ACTION_REF_2', '');
    form.append('$ACTION_2:0', JSON.stringify({ id: CACHED, bound: null }));
    form.append('$ACTION_REF_3', '');
    form.append('$ACTION_3:0', 'not json');
    form.append('title', 'Titre');
    expect(formActionIds(form)).toEqual([ACTION, CACHED]);
  });

  it('does not read a form past the size the server takes', async () => {
    const request = await formCall('/fr/news', bound(CACHED));
    expect(await callsCachedFunction(request, MEDIA_BODY_MAX_BYTES)).toBe(true);
    const said = new NextRequest(request.url, { method: 'POST', headers: { 'content-type': request.headers.get('content-type')!, 'content-length': String(MEDIA_BODY_MAX_BYTES + 1) }, body: await request.arrayBuffer() });
    expect(await callsCachedFunction(said, MEDIA_BODY_MAX_BYTES)).toBe(false);
  });
});

describe('proxy', () => {
  it('is given every post that calls a server function, whatever its address', () => {
    const entries = config.matcher.filter((m): m is Exclude<typeof m, string> => typeof m !== 'string');
    expect(entries).toEqual([
      { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
      { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    ]);
  });

  it('refuses a cached read called from script, on a public page, the sign-in page or the dashboard', async () => {
    for (const path of ['/fr/news', '/ar', '/fr/sign-in', '/en/dashboard/articles', '/api/auth/session', '/']) {
      expect(refused(await proxy(fetchCall(path, CACHED))), path).toBe(true);
    }
  });

  it('refuses a cached read called from a form sent without script, by its bound reference or its id', async () => {
    expect(refused(await proxy(await formCall('/fr/news', bound(CACHED))))).toBe(true);
    expect(refused(await proxy(await formCall('/es/sign-in', { [`$ACTION_ID_${CACHED_NO_ARGS}`]: '' })))).toBe(true);
  });

  it('lets a server action through, from script or from a form, to a page that has no other business here', async () => {
    expect(passedOn(await proxy(fetchCall('/fr/sign-in', ACTION, '["$K1"]')))).toBe(true);
    expect(passedOn(await proxy(await formCall('/fr/sign-in', { [`$ACTION_ID_${ACTION}`]: '', email: 'a@example.org' })))).toBe(true);
    expect(passedOn(await proxy(await formCall('/fr/news', bound(ACTION))))).toBe(true);
  });

  it('leaves a dashboard post to its own checks, and a request without a locale to locale routing', async () => {
    const tooLarge = new NextRequest(`${BASE}/fr/dashboard/articles/new`, { method: 'POST', headers: { 'next-action': ACTION, 'content-length': String(MEDIA_BODY_MAX_BYTES + 1) } });
    expect((await proxy(tooLarge)).status).toBe(413);
    expect(passedOn(await proxy(fetchCall('/fr/dashboard/articles/new', ACTION, '[]')))).toBe(true);
    for (const path of ['/', '/news', '/feed.xml']) {
      expect((await proxy(new NextRequest(`${BASE}${path}`))).headers.get('x-test-locale-routing'), path).toBe('1');
      expect((await proxy(fetchCall(path, ACTION, '[]'))).headers.get('x-test-locale-routing'), path).toBe('1');
    }
  });
});
