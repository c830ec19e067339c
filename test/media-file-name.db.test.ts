/**
 * An upload's file name as the library keeps it: a Mac sends "réunion" decomposed ("e" and a
 * combining accent); kept in one form (NFC), it is found by the search as typed, and shown the same.
 * A double quote in it, sent by the browser as %22, is a double quote again.
 */
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { uploadMediaAction } from '@/app/[locale]/(dashboard)/dashboard/media/actions';
import { getMedia, listMedia } from '@/db/queries/media';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

describe('an uploaded file’s name', () => {
  it('is kept composed (NFC), so the search finds it as it is typed', async () => {
    acting.user = await insertUser('writer');
    const bytes = await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 10, g: 200, b: 90 } } }).png().toBuffer();
    const decomposed = 'Re\u0301union a\u0300 Gene\u0300ve.png';
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const run = await callAction(uploadMediaAction, { locale: 'fr', file: new File([new Uint8Array(bytes)], decomposed, { type: 'image/png' }) });
    const id = run.redirectedTo?.match(/media\/([0-9a-f-]{36})/)?.[1];
    expect(id, JSON.stringify(run.state)).toBeDefined();
    expect((await getMedia(id!))?.fileName).toBe('Réunion à Genève.png');
    const found = await listMedia({ q: 'réunion à genève', page: 1 });
    expect(found.items.map((i) => i.id)).toEqual([id]);
  });

  it('has back the double quotes the browser escaped as %22 in the form post', async () => {
    acting.user = await insertUser('writer');
    const bytes = await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 200, g: 10, b: 90 } } }).png().toBuffer();
    // What a browser sends for a file named: Rapport "final".png (the HTML standard's multipart encoding).
    const run = await callAction(uploadMediaAction, { locale: 'fr', file: new File([new Uint8Array(bytes)], 'Rapport %22final%22.png', { type: 'image/png' }) });
    const id = run.redirectedTo?.match(/media\/([0-9a-f-]{36})/)?.[1];
    expect(id, JSON.stringify(run.state)).toBeDefined();
    expect((await getMedia(id!))?.fileName).toBe('Rapport "final".png');
  });
});
