/**
 * Images pasted or dropped into a text (the rich-text editor): the file goes into the media
 * library through the library's own checks and cleaning, and the action answers with the image
 * (where it is, its size, its description in the text's language) instead of redirecting; the
 * same bytes find the image already there; what is not an image, or too big, is refused at the
 * file in the interface's language and nothing is stored; someone signed out is refused. The
 * description then typed for it is kept by the library in that language only if it had none.
 * Actions called as a forged POST would.
 */
import { and, count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { describeBodyImageAction, uploadBodyImageAction, uploadMediaAction } from '@/app/[locale]/(dashboard)/dashboard/media/actions';
import { db } from '@/db';
import { getMedia } from '@/db/queries/media';
import type { PublicUser } from '@/db/queries/users';
import { articles, articleTranslations, auditLog, media } from '@/db/schema';
import { tags } from '@/lib/cache/tags';
import { MEDIA_MAX_BYTES } from '@/lib/media/limits';
import { acting, callAction, invalidated } from './action-harness';
import { insertUser } from './admin-fixtures';

let writer: PublicUser;
let editor: PublicUser;
beforeAll(async () => {
  writer = await insertUser('writer');
  editor = await insertUser('editor');
});
beforeEach(() => {
  acting.user = writer;
  invalidated.length = 0;
});

/** A screenshot-like PNG, 40 × 20, of its own shade (two shades never make the same bytes). */
async function screenshot(shade: number, name = `capture-${shade}.png`): Promise<File> {
  const bytes = await sharp({ create: { width: 40, height: 20, channels: 3, background: { r: shade, g: 120, b: 200 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' });
}

const mediaCount = async () => ((await db.select({ n: count() }).from(media)) as [{ n: number }])[0].n;

async function paste(file: File, contentLocale = 'fr', locale = 'fr') {
  return (await callAction(uploadBodyImageAction, { locale, contentLocale, file })).state;
}

describe('an image file pasted into a text', () => {
  it('goes into the library and is answered with its address and size, not a redirect', async () => {
    const state = await paste(await screenshot(10), 'ar');
    expect(state).toMatchObject({ status: 'ok', data: { image: { src: expect.stringMatching(/^\/media\/[0-9a-f]{32}\.png$/), width: 40, height: 20, alt: '', label: 'capture-10.png' } } });
    const { id, src } = (state as { data: { image: { id: string; src: string } } }).data.image;
    expect(await getMedia(id)).toMatchObject({ src, fileName: 'capture-10.png', mimeType: 'image/png', alts: {}, credit: null });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'media.upload')));
    expect(entry).toMatchObject({ actorId: writer.id, outcome: 'ok', detail: { fileName: 'capture-10.png', width: 40, height: 20, inText: true } });
    expect(invalidated).toEqual([]);
  });

  it('finds the image already in the library, with its description in the text’s language', async () => {
    const photo = await screenshot(20, 'salle.png');
    const run = await callAction(uploadMediaAction, { locale: 'fr', file: photo, 'texts.fr.alt': 'La salle des conférences', 'texts.en.alt': 'The conference hall' });
    const id = /\/media\/([0-9a-f-]{36})\?/.exec(run.redirectedTo ?? '')![1]!;
    const before = await mediaCount();
    // Pasted again, from another name: the same bytes, the same image, its texts untouched.
    const again = await paste(new File([await photo.arrayBuffer()], 'image.png', { type: 'image/png' }), 'en', 'es');
    expect(again).toMatchObject({ status: 'ok', data: { image: { id, alt: 'The conference hall', label: 'salle.png' } } });
    expect((await paste(photo, 'es')) as unknown).toMatchObject({ data: { image: { id, alt: '' } } });
    expect(await mediaCount()).toBe(before);
    expect((await getMedia(id))?.alts).toEqual({ fr: 'La salle des conférences', en: 'The conference hall' });
    const entries = await db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'media.upload')));
    expect(entries.filter((e) => (e.detail as { existing?: boolean }).existing)).toHaveLength(2);
  });

  it('refuses what is not an image, or too big, at the file in the interface’s language, storing nothing', async () => {
    const before = await mediaCount();
    const pdf = new File(['%PDF-1.7 communiqué'], 'communique.pdf', { type: 'application/pdf' });
    expect(await paste(pdf, 'fr', 'es')).toMatchObject({
      status: 'error',
      fieldErrors: { file: 'Este archivo no es una imagen legible. Elija una foto JPEG, PNG, WebP o AVIF.' },
    });
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'], 'logo.svg', { type: 'image/svg+xml' });
    expect(await paste(svg, 'ar', 'ar')).toMatchObject({ status: 'error', fieldErrors: { file: expect.stringMatching(/^صيغة هذه الصورة غير مقبولة/) } });
    const huge = new File([new Uint8Array(MEDIA_MAX_BYTES + 1)], 'huge.png', { type: 'image/png' });
    expect(await paste(huge, 'fr', 'en')).toMatchObject({ status: 'error', fieldErrors: { file: expect.stringMatching(/^This file is too large: 10 MB at most/) } });
    expect(await paste(await screenshot(25), 'xx')).toMatchObject({ status: 'error', fieldErrors: { contentLocale: expect.any(String) } });
    expect(await mediaCount()).toBe(before);
  });

  it('is refused to someone signed out, and the refusal is audited', async () => {
    acting.user = null;
    const before = await mediaCount();
    expect(await paste(await screenshot(30))).toMatchObject({ status: 'error', formError: expect.stringContaining('reconnectez-vous') });
    expect(await mediaCount()).toBe(before);
    const denied = await db.select().from(auditLog).where(and(eq(auditLog.action, 'media.upload'), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThan(0);
  });
});

describe('the description typed for it', () => {
  it('is kept by the library in the text’s language where it had none, never over one it has', async () => {
    const state = await paste(await screenshot(40), 'es');
    const { id, src } = (state as { data: { image: { id: string; src: string } } }).data.image;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    const described = await callAction(describeBodyImageAction, { locale: 'fr', src, contentLocale: 'es', alt: '  Captura de la sala  ' });
    // Answered with the image as the library now has it (the editor's lists name it so at once).
    expect(described.state).toMatchObject({ status: 'ok', data: { image: { id, src, alt: 'Captura de la sala' } } });
    expect((await getMedia(id))?.alts).toEqual({ es: 'Captura de la sala' });
    // A release shows it as its main image: its pages say the new description.
    expect(invalidated).toEqual([tags.article(article!.id)]);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'media.update')));
    expect(entry).toMatchObject({ actorId: writer.id, outcome: 'ok', locale: 'es', detail: { fromText: true, completed: true } });

    invalidated.length = 0;
    expect((await callAction(describeBodyImageAction, { locale: 'fr', src, contentLocale: 'es', alt: 'Otro texto' })).state).toMatchObject({
      status: 'ok',
      data: { image: { id, alt: 'Captura de la sala' } },
    });
    expect((await getMedia(id))?.alts).toEqual({ es: 'Captura de la sala' });
    expect(invalidated).toEqual([]);
    // The next paste of it in Spanish comes with it.
    expect(await paste(await screenshot(40), 'es')).toMatchObject({ data: { image: { id, alt: 'Captura de la sala' } } });
  });

  it('is not kept from a writer for an image a live release shows as its main image, in any language; said at the description, audited', async () => {
    const state = await paste(await screenshot(45), 'fr');
    const { id, src } = (state as { data: { image: { id: string; src: string } } }).data.image;
    expect((await callAction(describeBodyImageAction, { locale: 'fr', src, contentLocale: 'fr', alt: 'La salle' })).state).toMatchObject({ status: 'ok' });
    // The main image of a release published in French only (described there, as publishing
    // asks); the English is described from a text, where no reader sees it yet.
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    await db.insert(articleTranslations).values({
      articleId: article!.id, locale: 'fr', title: 'La salle', slug: `salle-${id.slice(0, 8)}`, body: { type: 'doc', content: [] }, bodyText: '', status: 'published', publishAt: new Date(Date.now() - 60_000),
    } as typeof articleTranslations.$inferInsert);
    const before = await getMedia(id);
    invalidated.length = 0;

    const refused = await callAction(describeBodyImageAction, { locale: 'es', src, contentLocale: 'en', alt: 'The hall' });
    expect(refused.state).toMatchObject({
      status: 'error',
      fieldErrors: { alt: 'Esta imagen es la imagen principal de un comunicado publicado o programado: solo los editores pueden completar sus descripciones en la mediateca. Su descripción se queda en el texto.' },
    });
    expect(await getMedia(id)).toEqual(before);
    expect(invalidated).toEqual([]);
    const [denied] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.outcome, 'denied')));
    expect(denied).toMatchObject({ action: 'media.update', actorId: writer.id, locale: 'en', detail: { permission: 'article.editPublished', published: ['fr'], articles: [article!.id], fromText: true } });

    // An editor, who may change a live release, describes it; the release's page says it.
    acting.user = editor;
    const kept = await callAction(describeBodyImageAction, { locale: 'fr', src, contentLocale: 'en', alt: 'The hall' });
    expect(kept.state).toMatchObject({ status: 'ok', data: { image: { id, alt: 'The hall' } } });
    expect((await getMedia(id))?.alts.en).toBe('The hall');
    expect(invalidated).toEqual([tags.article(article!.id)]);
  });

  it('is refused for an image no longer in the library, or without text', async () => {
    const gone = await callAction(describeBodyImageAction, { locale: 'en', src: `/media/${'0'.repeat(32)}.jpg`, contentLocale: 'en', alt: 'Anything' });
    expect(gone.state).toMatchObject({ status: 'error', formError: 'This image is no longer in the media library.' });
    const state = await paste(await screenshot(50), 'fr');
    const { src } = (state as { data: { image: { src: string } } }).data.image;
    const empty = await callAction(describeBodyImageAction, { locale: 'fr', src, contentLocale: 'fr', alt: '   ' });
    expect(empty.state).toMatchObject({ status: 'error', fieldErrors: { alt: expect.any(String) } });
    const outside = await callAction(describeBodyImageAction, { locale: 'fr', src: '/images/photo.jpg', contentLocale: 'fr', alt: 'Photo' });
    expect(outside.state).toMatchObject({ status: 'error', fieldErrors: { src: expect.any(String) } });
  });
});
