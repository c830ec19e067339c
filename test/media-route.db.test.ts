/**
 * /media/<file>: an uploaded image, kept for good by browsers and shared caches (its address is
 * its bytes). A cache asking again with the tag it holds — as sent, weakened by a proxy that
 * compressed it (W/"…"), among others, or `*` — gets 304 and no body; an address naming nothing,
 * 404 kept by no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/media/[file]/route';
import { db } from '@/db';
import { media, mediaFiles } from '@/db/schema';

const sha = 'ab'.repeat(32);
const file = `${sha.slice(0, 32)}.png`;
const bytes = Buffer.from('89504e470d0a1a0a', 'hex');
const etag = `"${sha.slice(0, 32)}"`;

const get = (name: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/media/${name}`, { headers }), { params: Promise.resolve({ file: name }) });

beforeAll(async () => {
  const [row] = await db.insert(media).values({ src: `/media/${file}`, width: 1, height: 1, mimeType: 'image/png' }).returning({ id: media.id });
  await db.insert(mediaFiles).values({ mediaId: row!.id, sha256: sha, data: bytes });
});

describe('GET /media/[file]', () => {
  it('serves the bytes with their tag, to be kept for good', async () => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('answers 304 to the tag a cache holds, weak or strong, alone or in a list, or to *', async () => {
    for (const header of [etag, `W/${etag}`, `"0000", ${etag}`, `"0000",W/${etag}`, '*']) {
      const res = await get(file, { 'if-none-match': header });
      expect(res.status, header).toBe(304);
      expect(res.headers.get('etag'), header).toBe(etag);
      expect(await res.text(), header).toBe('');
    }
  });

  it('sends the image again for another tag, and 404 for an address naming nothing', async () => {
    expect((await get(file, { 'if-none-match': '"0000"' })).status).toBe(200);
    expect((await get(file, { 'if-none-match': `W/"${sha.slice(0, 31)}"` })).status).toBe(200);
    const missing = await get(`${'cd'.repeat(16)}.png`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect((await get('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
