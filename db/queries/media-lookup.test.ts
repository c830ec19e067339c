/**
 * An image's page is found by the id in its address: an address mistyped or cut short names no
 * image (the dashboard then says "not found"), it does not make the database fail.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { media } from '@/db/schema';
import { getMedia } from './media';

describe('getMedia', () => {
  it('finds an image by its id, and nothing by an id that cannot be one', async () => {
    const [row] = await db
      .insert(media)
      .values({ src: '/media/00112233445566778899aabbccddeeff.jpg', width: 40, height: 30, mimeType: 'image/jpeg' })
      .returning({ id: media.id });
    expect(await getMedia(row!.id)).toMatchObject({ id: row!.id, width: 40, height: 30 });
    expect(await getMedia(row!.id.toUpperCase())).toMatchObject({ id: row!.id });
    expect(await getMedia('00000000-0000-0000-0000-000000000000')).toBeNull();
    for (const id of ['not-a-uuid', '1', row!.id.slice(0, 20), `${row!.id}x`, '']) expect(await getMedia(id), id).toBeNull();
  });
});
