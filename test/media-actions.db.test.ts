/**
 * The media library: an upload is cleaned (metadata gone, orientation applied) and stored in
 * PostgreSQL, served at an address named after its bytes; a second upload of the same bytes
 * finds the first; a file that is not an image is refused at its field in the form's language,
 * the texts typed beside it kept; texts are edited conflict-safe and expire the pages of the
 * releases showing the image, and cannot be emptied in a language where a release shows it as its
 * main image to readers; an image a release shows cannot be deleted, and writers, who may
 * upload, may not delete. A text showing an image deleted meanwhile is refused at the text, a
 * restored version leaves it out, and a deletion waits for a save holding the image; two uploads
 * of the same bytes at once end in one image. Actions called as a forged POST would.
 */
import { count, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { restoreRevisionAction, saveArticleAction } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { deleteMediaAction, updateMediaAction, uploadMediaAction } from '@/app/[locale]/(dashboard)/dashboard/media/actions';
import { savePageAction } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { GET } from '@/app/media/[file]/route';
import { db } from '@/db';
import { transitionTranslation } from '@/db/queries/article-writes';
import { lockLibraryImages } from '@/db/queries/body-images';
import { listEditorOptions } from '@/db/queries/dashboard-articles';
import { createUploadedMedia, getMedia, listMedia, MEDIA_PAGE_SIZE } from '@/db/queries/media';
import type { PublicUser } from '@/db/queries/users';
import { articleRevisions, articles, articleTranslations, auditLog, media, mediaFiles, mediaTranslations, pages, pageTranslations } from '@/db/schema';
import { tags } from '@/lib/cache/tags';
import { workflowStamp } from '@/lib/articles/workflow';
import { MEDIA_MAX_BYTES } from '@/lib/media/limits';
import { processImage } from '@/lib/media/process';
import { acting, callAction, invalidated } from './action-harness';
import { insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

let editor: PublicUser;
let writer: PublicUser;
beforeAll(async () => {
  editor = await insertUser('editor');
  writer = await insertUser('writer');
});
beforeEach(() => {
  acting.user = editor;
  invalidated.length = 0;
});

/** A camera's JPEG: turned (orientation 6), with its maker and a GPS position in EXIF. */
async function cameraPhoto(shade: number): Promise<File> {
  const bytes = await sharp({ create: { width: 60, height: 30, channels: 3, background: { r: shade, g: 90, b: 60 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'Camera Maker' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '34/1 54/1 0/1' } })
    .toBuffer();
  return new File([new Uint8Array(bytes)], `sommet-${shade}.jpg`, { type: 'image/jpeg' });
}

/** Until some other transaction waits for a lock (the one the test arranged), at most 5 s. */
async function untilSomeoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no transaction came to wait for the lock');
}

const idFrom = (to: string | undefined) => /\/dashboard\/media\/([0-9a-f-]{36})\?/.exec(to ?? '')?.[1];

async function upload(file: File, fields: Record<string, string> = {}, locale = 'fr') {
  const run = await callAction(uploadMediaAction, { locale, file, ...fields });
  return { ...run, fileError: run.state?.status === 'error' ? run.state.fieldErrors?.file : undefined };
}

/**
 * An image described in French and English, the main image of a release whose English text is
 * being published by an editor, held open before its commit: `whileHeld` starts a library edit of
 * the image (opened before the publication), which must wait for the image's row; then the
 * publication commits, and the edit's answer is returned.
 */
async function editDuringPublication(shade: number, whileHeld: (id: string, opened: string) => Promise<Awaited<ReturnType<typeof callAction>>>) {
  const id = idFrom((await upload(await cameraPhoto(shade), { 'texts.fr.alt': 'Salle', 'texts.en.alt': 'Hall' })).redirectedTo)!;
  const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
  const [en] = await db
    .insert(articleTranslations)
    .values({ articleId: article!.id, locale: 'en', title: 'Hall', slug: `hall-${shade}-${id.slice(0, 8)}`, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] }, bodyText: 'Text.', status: 'draft' })
    .returning();
  const opened = (await getMedia(id))!.version;
  let checked!: () => void;
  const isChecked = new Promise<void>((resolve) => (checked = resolve));
  let commit!: () => void;
  const mayCommit = new Promise<void>((resolve) => (commit = resolve));
  // The publish has read the English text of the image (it has one) and not committed yet.
  const publishing = db.transaction(async (tx) => {
    await transitionTranslation(tx, editor, { translationId: en!.id, baseVersion: en!.version, baseState: workflowStamp(en!), transition: 'publish', publishAt: null });
    checked();
    await mayCommit;
  });
  await isChecked;
  const editing = whileHeld(id, opened);
  // The library edit waits for the image's row; the publish commits first, and the edit sees it.
  try {
    await untilSomeoneWaitsForALock();
  } finally {
    commit();
  }
  await publishing;
  return { id, answer: await editing };
}

async function serve(src: string, headers: Record<string, string> = {}) {
  const file = src.replace('/media/', '');
  return GET(new Request(`http://localhost${src}`, { headers }), { params: Promise.resolve({ file }) });
}

describe('media library', () => {
  it('stores an upload without its metadata, upright, and serves it at an address made of its bytes', async () => {
    acting.user = writer;
    const run = await upload(await cameraPhoto(10), { 'texts.fr.alt': 'Le Directeur général à la tribune', 'texts.ar.alt': 'المدير العام على المنصة', credit: '© OIM 2006' });
    expect(run.redirectedTo).toMatch(/^\/fr\/dashboard\/media\/[0-9a-f-]{36}\?uploaded=1$/);
    const id = idFrom(run.redirectedTo)!;
    const item = await getMedia(id);
    expect(item).toMatchObject({
      width: 30,
      height: 60,
      mimeType: 'image/jpeg',
      fileName: 'sommet-10.jpg',
      credit: '© OIM 2006',
      alts: { fr: 'Le Directeur général à la tribune', ar: 'المدير العام على المنصة' },
      articles: 0,
    });
    expect(item!.src).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);

    const [stored] = await db.select().from(mediaFiles).where(eq(mediaFiles.mediaId, id));
    expect(stored!.data.length).toBe(item!.byteSize);
    expect(stored!.sha256.startsWith(item!.src.slice(7, 39))).toBe(true);
    expect(stored!.data.includes(Buffer.from('Camera Maker'))).toBe(false);
    expect((await sharp(stored!.data).metadata()).exif).toBeUndefined();

    const res = await serve(item!.src);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(stored!.data)).toBe(true);
    const again = await serve(item!.src, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
    const unknown = await serve('/media/0123456789abcdef0123456789abcdef.jpg');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect((await serve('/media/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);

    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({ action: 'media.upload', actorId: writer.id, outcome: 'ok', detail: { fileName: 'sommet-10.jpg', width: 30, height: 60 } });
    // Nothing public shows it yet: nothing to expire.
    expect(invalidated).toEqual([]);
    // The release editor offers it, named by its text in the interface language.
    const options = await listEditorOptions({ id: editor.id, role: 'editor' } as never, 'ar', 'fr');
    expect(options.media).toContainEqual({ id, src: item!.src, width: 30, height: 60, label: 'المدير العام على المنصة (sommet-10.jpg)', alt: 'Le Directeur général à la tribune' });
  });

  it('finds the image already there when the same bytes come again, taking only the texts it lacked', async () => {
    const photo = await cameraPhoto(20);
    const first = idFrom((await upload(photo, { 'texts.fr.alt': 'Première description' })).redirectedTo)!;
    const [article] = await db.insert(articles).values({ heroMediaId: first }).returning({ id: articles.id });
    const before = (await listMedia()).total;
    invalidated.length = 0;
    const second = await upload(photo, { 'texts.fr.alt': 'Autre texte', 'texts.es.alt': 'Descripción', credit: '© OIM' });
    expect(second.redirectedTo).toBe(`/fr/dashboard/media/${first}?completed=1`);
    expect((await listMedia()).total).toBe(before);
    expect(await getMedia(first)).toMatchObject({ alts: { fr: 'Première description', es: 'Descripción' }, credit: '© OIM' });
    // The release showing it says the new Spanish text at once.
    expect(invalidated).toEqual([tags.article(article!.id)]);
    const third = await upload(photo, { 'texts.fr.alt': 'Encore un autre' });
    expect(third.redirectedTo).toBe(`/fr/dashboard/media/${first}?existing=1`);
    expect((await getMedia(first))?.alts.fr).toBe('Première description');
  });

  it('takes no text from a writer’s second upload of an image a live release shows, saying so and giving back what was typed', async () => {
    const photo = await cameraPhoto(25);
    const id = idFrom((await upload(photo, { 'texts.fr.alt': 'Les quais' })).redirectedTo)!;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    // Scheduled in French: readers will see its texts at its time.
    await db.insert(articleTranslations).values({
      articleId: article!.id, locale: 'fr', title: 'Les quais', slug: `quais-${id.slice(0, 8)}`, body: { type: 'doc', content: [] }, bodyText: '', status: 'published', publishAt: new Date(Date.now() + 3_600_000),
    } as typeof articleTranslations.$inferInsert);
    const before = (await getMedia(id))!;
    invalidated.length = 0;

    // A writer: the image is found, none of the texts it lacks (English, a credit) is taken, in no language.
    acting.user = writer;
    const typed = { 'texts.fr.alt': 'Autre texte', 'texts.en.alt': 'The quays', credit: '© Rédactrice' };
    const run = await upload(photo, typed, 'en');
    expect(run.redirectedTo).toBeUndefined();
    expect(run.state).toEqual({
      status: 'ok',
      data: { withheld: { id, typed: { ...typed, 'texts.es.alt': '', 'texts.ar.alt': '' } } },
    });
    expect(await getMedia(id)).toEqual(before);
    expect(invalidated).toEqual([]);
    const lastUpload = async () => (await db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(sql`${auditLog.at} desc`).limit(1))[0];
    expect(await lastUpload()).toMatchObject({ action: 'media.upload', actorId: writer.id, outcome: 'ok', detail: { existing: true, completed: false, withheld: ['alt.en', 'credit'] } });
    // Nothing it lacks typed: the usual answer for an image already there.
    expect((await upload(photo, { 'texts.fr.alt': 'Autre texte' })).redirectedTo).toBe(`/fr/dashboard/media/${id}?existing=1`);

    // An editor, who may change a live release, completes it as before; the release's page is expired.
    acting.user = editor;
    invalidated.length = 0;
    expect((await upload(photo, typed)).redirectedTo).toBe(`/fr/dashboard/media/${id}?completed=1`);
    expect(await getMedia(id)).toMatchObject({ alts: { fr: 'Les quais', en: 'The quays' }, credit: '© Rédactrice' });
    expect(invalidated).toEqual([tags.article(article!.id)]);
    expect((await lastUpload())!.detail).toMatchObject({ existing: true, completed: true });
    expect((await lastUpload())!.detail).not.toHaveProperty('withheld');

    // Once no release shows it live, a writer’s upload completes it again.
    await db.update(articleTranslations).set({ status: 'draft', publishAt: null }).where(eq(articleTranslations.articleId, article!.id));
    acting.user = writer;
    expect((await upload(photo, { 'texts.es.alt': 'Los muelles' })).redirectedTo).toBe(`/fr/dashboard/media/${id}?completed=1`);
    expect((await getMedia(id))?.alts.es).toBe('Los muelles');
  });

  it('moves the version a media form checks with every write of the image’s texts: a release’s editor, a second upload', async () => {
    const photo = await cameraPhoto(27);
    // Uploaded by a writer; every write after it is the editor's, and the refusal names them
    // (a description typed in a release's editor is that release's save, which names the image).
    acting.user = writer;
    const id = idFrom((await upload(photo, { 'texts.fr.alt': 'Une salle' })).redirectedTo)!;
    acting.user = editor;
    const mediaForm = (version: string, fr: string) => callAction(updateMediaAction, { locale: 'fr', id, version, 'texts.fr.alt': fr, 'texts.en.alt': 'A hall', credit: '' });
    const conflict = { status: 'error', formError: expect.stringMatching(new RegExp(`^${editor.name} a modifié cette image`)), values: { 'texts.fr.alt': 'Texte de la médiathèque' } };

    // The media form is opened; the image's French text is then written from a release's editor.
    const opened = (await getMedia(id))!.version;
    const title = `Salle décrite ${Date.now()}`;
    const release = { locale: 'fr', contentLocale: 'fr', type: 'press_release', title, slug: '', slugAuto: '1', lede: '', dateline: 'Genève', intent: 'save', heroMediaId: id, heroAlt: 'La grande salle',
      body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Une salle.' }] }] }),
    };
    expect((await callAction(saveArticleAction, release)).state?.status).not.toBe('error');
    expect((await getMedia(id))?.alts.fr).toBe('La grande salle');
    // The media form saved after it is told, with what was typed kept; the release's text stays.
    expect((await mediaForm(opened, 'Texte de la médiathèque')).state).toMatchObject(conflict);
    expect((await getMedia(id))?.alts.fr).toBe('La grande salle');

    // The same with a second upload that gives a text it lacked.
    const reopened = (await getMedia(id))!.version;
    expect((await upload(photo, { 'texts.es.alt': 'Una sala' })).redirectedTo).toBe(`/fr/dashboard/media/${id}?completed=1`);
    expect((await mediaForm(reopened, 'Texte de la médiathèque')).state).toMatchObject(conflict);
    // Opened on the current version, it saves.
    expect((await mediaForm((await getMedia(id))!.version, 'La salle')).redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
  });

  it('stores a photo of exactly the largest size taken', async () => {
    const photo = new Uint8Array(await (await cameraPhoto(17)).arrayBuffer());
    const padded = new Uint8Array(MEDIA_MAX_BYTES);
    padded.set(photo); // a JPEG's reader stops at its end marker: the zeros after it are not read
    const run = await upload(new File([padded], 'juste.jpg', { type: 'image/jpeg' }), { 'texts.fr.alt': 'Au poids le plus lourd accepté' });
    expect(run.redirectedTo).toMatch(/^\/fr\/dashboard\/media\/[0-9a-f-]{36}\?uploaded=1$/);
  });

  it('refuses what is not an image at its field, in the form’s language, keeping the texts typed', async () => {
    const [{ n: before }] = (await db.select({ n: count() }).from(media)) as [{ n: number }];
    const pdf = new File(['%PDF-1.7 communiqué'], 'communique.pdf', { type: 'application/pdf' });
    const run = await upload(pdf, { 'texts.es.alt': 'El Director General', credit: 'OIM' }, 'es');
    expect(run.state).toMatchObject({
      status: 'error',
      fieldErrors: { file: 'Este archivo no es una imagen legible. Elija una foto JPEG, PNG, WebP o AVIF.' },
      values: { 'texts.es.alt': 'El Director General', credit: 'OIM' },
    });
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'], 'logo.svg', { type: 'image/svg+xml' });
    expect((await upload(svg)).fileError).toMatch(/^Ce format d’image n’est pas accepté/);
    const empty = new File([], '', { type: 'application/octet-stream' });
    expect((await upload(empty, {}, 'ar')).fileError).toBe('اختر صورة من حاسوبك.');
    const huge = new File([new Uint8Array(MEDIA_MAX_BYTES + 1)], 'huge.jpg', { type: 'image/jpeg' });
    expect((await upload(huge, {}, 'en')).fileError).toBe('This file is too large: 10 MB at most. Export a smaller one (2,400 pixels wide is plenty).');
    const tooLong = await upload(await cameraPhoto(30), { 'texts.fr.alt': 'x'.repeat(301) });
    expect(tooLong.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.fr.alt': expect.any(String) } });
    const [{ n: after }] = (await db.select({ n: count() }).from(media)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('edits texts over the version it was opened on, and expires the pages of the releases showing it', async () => {
    const id = idFrom((await upload(await cameraPhoto(40), { 'texts.fr.alt': 'Première' })).redirectedTo)!;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    const opened = (await getMedia(id))!.version;
    invalidated.length = 0;
    // Saved by a colleague (a writer may edit an image no live release shows), then by the editor from the page opened before.
    acting.user = writer;
    const saved = await callAction(updateMediaAction, { locale: 'fr', id, version: opened, 'texts.fr.alt': 'Deuxième', 'texts.en.alt': 'Second', credit: '' });
    acting.user = editor;
    expect(saved.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    expect((await getMedia(id))?.alts).toEqual({ fr: 'Deuxième', en: 'Second' });
    expect(invalidated).toEqual([tags.article(article!.id)]);
    const stale = await callAction(updateMediaAction, { locale: 'fr', id, version: opened, 'texts.fr.alt': 'Troisième' });
    // Who saved meanwhile, named in the refusal as in the panel below it.
    expect(stale.state).toMatchObject({
      status: 'error',
      formError: typeset(`${writer.name} a modifié cette image pendant que vous la décriviez : rien n’a été enregistré. Votre saisie est conservée ; comparez avec sa version ci-dessous, puis choisissez.`, 'fr'),
      values: { 'texts.fr.alt': 'Troisième' },
    });
    // Their version comes back with the refusal, as the form's inputs hold it: the form compares it with what was typed.
    const current = (await getMedia(id))!;
    expect(stale.state).toMatchObject({
      data: {
        conflict: {
          version: current.version,
          theirs: { 'texts.fr.alt': 'Deuxième', 'texts.en.alt': 'Second', 'texts.es.alt': '', 'texts.ar.alt': '', credit: '' },
          // Named and dated from the log, for the form's panel.
          savedBy: writer.name,
          savedAt: (await db.select({ at: auditLog.at }).from(auditLog).where(eq(auditLog.entityId, id)).orderBy(sql`${auditLog.at} desc`).limit(1))[0]!.at.toISOString(),
        },
      },
    });
    expect(current.alts.fr).toBe('Deuxième');
    // Saved over their version (what "save my version" sends), it goes through.
    const over = await callAction(updateMediaAction, { locale: 'fr', id, version: current.version, 'texts.fr.alt': 'Troisième', 'texts.en.alt': 'Second', credit: '' });
    expect(over.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    expect((await getMedia(id))?.alts.fr).toBe('Troisième');
  });

  it('refuses to empty a text in a language where a release shows the image as its main one, at that text', async () => {
    const id = idFrom((await upload(await cameraPhoto(45), { 'texts.fr.alt': 'Salle', 'texts.en.alt': 'Hall', 'texts.es.alt': 'Sala' })).redirectedTo)!;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    const translation = (locale: 'fr' | 'en' | 'es', status: 'draft' | 'published', publishAt: Date | null) => ({
      articleId: article!.id, locale, title: `Salle ${locale}`, slug: `salle-${locale}-${id.slice(0, 8)}`, body: { type: 'doc', content: [] }, bodyText: '', status, publishAt,
    });
    // English out, Spanish scheduled, French a draft.
    await db.insert(articleTranslations).values([
      translation('en', 'published', new Date(Date.now() - 60_000)),
      translation('es', 'published', new Date(Date.now() + 3_600_000)),
      translation('fr', 'draft', null),
    ] as (typeof articleTranslations.$inferInsert)[]);
    const opened = (await getMedia(id))!.version;
    const emptied = { locale: 'fr', id, version: opened, 'texts.fr.alt': '', 'texts.en.alt': ' ', 'texts.es.alt': '', credit: 'AFP' };
    const run = await callAction(updateMediaAction, emptied);
    const refusal = typeset('Un communiqué publié ou programmé dans cette langue montre cette image en image principale : gardez-lui un texte de remplacement, ou changez d’abord l’image du communiqué.', 'fr');
    expect(run.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.en.alt': refusal, 'texts.es.alt': refusal }, values: { 'texts.fr.alt': '', credit: 'AFP' } });
    expect(run.state).not.toHaveProperty(['fieldErrors', 'texts.fr.alt']);
    expect((await getMedia(id))?.alts).toEqual({ fr: 'Salle', en: 'Hall', es: 'Sala' });
    // The draft's language may go without (it is checked when published); the live ones keep theirs.
    const saved = await callAction(updateMediaAction, { ...emptied, 'texts.en.alt': 'Hall', 'texts.es.alt': 'Sala grande' });
    expect(saved.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    expect((await getMedia(id))?.alts).toEqual({ en: 'Hall', es: 'Sala grande' });
  });

  it('makes a library edit that empties a text wait for a release being published with the image, then refuse', async () => {
    const { id, answer } = await editDuringPublication(47, (id, version) =>
      callAction(updateMediaAction, { locale: 'fr', id, version, 'texts.fr.alt': 'Salle', 'texts.en.alt': '', credit: '' }),
    );
    expect(answer.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.en.alt': expect.stringContaining('Un communiqué publié ou programmé') } });
    expect((await getMedia(id))?.alts).toMatchObject({ en: 'Hall' });
  });

  it('lets a writer change the texts readers see under a live release’s main image only through an editor', async () => {
    const id = idFrom((await upload(await cameraPhoto(110), { 'texts.fr.alt': 'Tribune', 'texts.en.alt': 'Rostrum', credit: '© OIM' })).redirectedTo)!;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });
    const text = (locale: 'fr' | 'en', status: 'draft' | 'published', publishAt: Date | null) =>
      ({ articleId: article!.id, locale, title: `Tribune ${locale}`, slug: `tribune-${locale}-${id.slice(0, 8)}`, body: { type: 'doc', content: [] }, bodyText: '', status, publishAt }) as typeof articleTranslations.$inferInsert;
    const [fr] = await db.insert(articleTranslations).values(text('fr', 'draft', null)).returning();
    const form = (fields: Record<string, string>) => ({ locale: 'fr', id, 'texts.fr.alt': 'Tribune', 'texts.en.alt': 'Rostrum', credit: '© OIM', ...fields });
    const version = async () => (await getMedia(id))!.version;

    // Only a draft shows it: a writer describes it as they like.
    acting.user = writer;
    const draft = await callAction(updateMediaAction, form({ version: await version(), 'texts.fr.alt': 'La tribune' }));
    expect(draft.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);

    // Scheduled in English: readers will see its texts at its time, unreviewed. Refused, nothing written, what was typed kept.
    await db.insert(articleTranslations).values(text('en', 'published', new Date(Date.now() + 3_600_000)));
    const typed = form({ version: await version(), 'texts.fr.alt': 'Texte du rédacteur', credit: 'Crédit du rédacteur' });
    invalidated.length = 0;
    const refused = await callAction(updateMediaAction, typed);
    const refusal = typeset('Cette image est l’image principale d’un communiqué publié ou programmé : ses lecteurs voient ses textes, que seuls les éditeurs peuvent modifier. Votre saisie est conservée ci-dessous.', 'fr');
    expect(refused.state).toMatchObject({ status: 'error', formError: refusal, values: { 'texts.fr.alt': 'Texte du rédacteur', credit: 'Crédit du rédacteur' } });
    expect(await getMedia(id)).toMatchObject({ alts: { fr: 'La tribune', en: 'Rostrum' }, credit: '© OIM' });
    expect(invalidated).toEqual([]);
    const [denied] = await db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(sql`${auditLog.at} desc`).limit(1);
    expect(denied).toMatchObject({ action: 'media.update', actorId: writer.id, outcome: 'denied', detail: { permission: 'article.editPublished', published: ['en'], articles: [article!.id] } });
    // In the form's language; published (not only scheduled) alike.
    await db.update(articleTranslations).set({ status: 'published', publishAt: new Date(Date.now() - 60_000) }).where(eq(articleTranslations.id, fr!.id));
    const ar = await callAction(updateMediaAction, { ...typed, locale: 'ar', version: await version() });
    expect(ar.state).toMatchObject({ status: 'error', formError: expect.stringMatching(/^هذه الصورة هي الصورة الرئيسية/) });
    expect((await getMedia(id))?.alts.fr).toBe('La tribune');

    // An editor, who may change a live release, may change them; so may the writer again once no release shows it live.
    acting.user = editor;
    expect((await callAction(updateMediaAction, form({ version: await version(), 'texts.fr.alt': 'Tribune de l’éditeur' }))).redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    await db.update(articleTranslations).set({ status: 'archived' }).where(eq(articleTranslations.articleId, article!.id));
    acting.user = writer;
    const archived = await callAction(updateMediaAction, form({ version: await version(), 'texts.fr.alt': 'Tribune du rédacteur' }));
    expect(archived.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    expect((await getMedia(id))?.alts.fr).toBe('Tribune du rédacteur');
  });

  it('lets a writer describe an image a live release shows only inside its text (the text holds its own description)', async () => {
    const id = idFrom((await upload(await cameraPhoto(130), { 'texts.fr.alt': 'Port' })).redirectedTo)!;
    const { src } = (await getMedia(id))!;
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    await db.insert(articleTranslations).values({
      articleId: article!.id, locale: 'fr', title: 'Port', slug: `port-${id.slice(0, 8)}`, status: 'published', publishAt: new Date(Date.now() - 60_000),
      body: { type: 'doc', content: [{ type: 'image', attrs: { src, alt: 'Le port de Montevideo', width: 30, height: 60 } }] }, bodyText: '',
    } as typeof articleTranslations.$inferInsert);
    acting.user = writer;
    const run = await callAction(updateMediaAction, { locale: 'fr', id, version: (await getMedia(id))!.version, 'texts.fr.alt': 'Port de Montevideo' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
  });

  it('makes a writer’s library edit wait for a release being published with the image, then refuse', async () => {
    const { id, answer } = await editDuringPublication(150, (id, version) => {
      acting.user = writer;
      return callAction(updateMediaAction, { locale: 'en', id, version, 'texts.fr.alt': 'Salle', 'texts.en.alt': 'Big hall' });
    });
    expect(answer.state).toMatchObject({ status: 'error', formError: expect.stringMatching(/^This image is the main image of a published or scheduled release/) });
    expect((await getMedia(id))?.alts).toEqual({ fr: 'Salle', en: 'Hall' });
  });

  it('records in the audit log each text a save changed, as it was and as it is', async () => {
    const id = idFrom((await upload(await cameraPhoto(170), { 'texts.fr.alt': 'Avant', 'texts.es.alt': 'Igual', 'texts.ar.alt': 'قديم', credit: '© OIM' })).redirectedTo)!;
    await db.insert(articles).values({ heroMediaId: id });
    const run = await callAction(updateMediaAction, {
      locale: 'fr', id, version: (await getMedia(id))!.version, 'texts.fr.alt': 'Après', 'texts.en.alt': 'New', 'texts.es.alt': 'Igual', 'texts.ar.alt': '', credit: '© OIM 2006',
    });
    expect(run.redirectedTo).toBe(`/fr/dashboard/media/${id}?saved=1`);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'media.update')).orderBy(sql`${auditLog.at} desc`).limit(1);
    expect(entry).toMatchObject({ entityType: 'media', entityId: id, actorId: editor.id, outcome: 'ok' });
    expect(entry!.detail).toEqual({
      changed: {
        'alt.fr': { before: 'Avant', after: 'Après' },
        'alt.en': { before: null, after: 'New' },
        'alt.ar': { before: 'قديم', after: null },
        credit: { before: '© OIM', after: '© OIM 2006' },
      },
      articles: 1,
    });
  });

  it('deletes only an image no release shows, and only for editors', async () => {
    const id = idFrom((await upload(await cameraPhoto(50))).redirectedTo)!;
    const { src, fileName } = (await getMedia(id))!;
    const [article] = await db.insert(articles).values({ heroMediaId: id }).returning({ id: articles.id });

    acting.user = writer;
    const denied = await callAction(deleteMediaAction, { locale: 'fr', id });
    expect(denied.state?.status).toBe('error');
    const [refusal] = await db.select().from(auditLog).where(eq(auditLog.actorId, writer.id)).orderBy(auditLog.at);
    expect(refusal).toBeDefined();

    acting.user = editor;
    const inUse = await callAction(deleteMediaAction, { locale: 'fr', id });
    expect(inUse.state).toMatchObject({ status: 'error', formError: typeset('Un communiqué ou une page montre cette image : retirez-la de là avant de la supprimer.', 'fr') });
    expect(await getMedia(id)).not.toBeNull();

    await db.update(articles).set({ heroMediaId: null }).where(eq(articles.id, article!.id));
    const done = await callAction(deleteMediaAction, { locale: 'fr', id });
    expect(done.redirectedTo).toBe(`/fr/dashboard/media?deleted=${encodeURIComponent(fileName!)}`);
    expect(await getMedia(id)).toBeNull();
    expect(await db.select().from(mediaFiles).where(eq(mediaFiles.mediaId, id))).toEqual([]);
    expect((await serve(src)).status).toBe(404);
  });

  it('finds images by their texts, file name or credit, by use, a page at a time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < MEDIA_PAGE_SIZE + 6; i++) {
      const [row] = await db
        .insert(media)
        .values({ src: `/images/lot-${i}.jpg`, width: 10, height: 10, mimeType: 'image/jpeg', fileName: `lot_${i}.jpg`, credit: i === 3 ? 'Studio Ñandú' : null })
        .returning({ id: media.id });
      ids.push(row!.id);
    }
    await db.insert(mediaTranslations).values({ mediaId: ids[5]!, locale: 'ar', alt: 'ميناء مونتيفيديو' });
    await db.insert(articles).values({ heroMediaId: ids[7]! });

    const first = await listMedia({ q: 'lot_', page: 1 });
    expect(first).toMatchObject({ total: MEDIA_PAGE_SIZE + 6, pageCount: 2 });
    expect(first.items).toHaveLength(MEDIA_PAGE_SIZE);
    expect((await listMedia({ q: 'lot_', page: 2 })).items).toHaveLength(6);
    // What is typed is matched as written: "%" is no wildcard.
    expect((await listMedia({ q: 'lot%', page: 1 })).total).toBe(0);
    expect((await listMedia({ q: 'مونتيفيديو', page: 1 })).items.map((m) => m.id)).toEqual([ids[5]]);
    expect((await listMedia({ q: 'ñandú', page: 1 })).items.map((m) => m.id)).toEqual([ids[3]]);
    expect((await listMedia({ q: 'lot_', usage: 'used', page: 1 })).items.map((m) => m.id)).toEqual([ids[7]]);
    expect((await listMedia({ q: 'lot_', usage: 'unused', page: 1 })).total).toBe(MEDIA_PAGE_SIZE + 5);
  });

  it('counts and protects an image shown inside the text of a release or a page', async () => {
    const id = idFrom((await upload(await cameraPhoto(60), { 'texts.fr.alt': 'Dans le texte' })).redirectedTo)!;
    const { src } = (await getMedia(id))!;
    const body = (alt: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Avant.' }] }, { type: 'image' as const, attrs: { src, alt, width: 30, height: 60 } }] });
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    await db.insert(articleTranslations).values({ articleId: article!.id, locale: 'es', slug: `con-imagen-${Date.now()}`, title: 'Con imagen', body: body('En el texto') });
    const [page] = await db.insert(pages).values({ key: `page-${Date.now()}` }).returning({ id: pages.id });
    await db.insert(pageTranslations).values({ pageId: page!.id, locale: 'fr', slug: `avec-image-${Date.now()}`, title: 'Avec image', body: body('Dans la page') });

    expect(await getMedia(id)).toMatchObject({ articles: 1, pages: 1 });
    expect((await listMedia({ q: 'Dans le texte', usage: 'used', page: 1 })).items.map((m) => m.id)).toEqual([id]);
    const refused = await callAction(deleteMediaAction, { locale: 'fr', id });
    expect(refused.state).toMatchObject({ status: 'error', formError: typeset('Un communiqué ou une page montre cette image : retirez-la de là avant de la supprimer.', 'fr') });

    await db.delete(articleTranslations).where(eq(articleTranslations.articleId, article!.id));
    expect(await getMedia(id)).toMatchObject({ articles: 0, pages: 1 });
    expect((await callAction(deleteMediaAction, { locale: 'fr', id })).state?.status).toBe('error');
    await db.delete(pageTranslations).where(eq(pageTranslations.pageId, page!.id));
    expect((await callAction(deleteMediaAction, { locale: 'fr', id })).redirectedTo).toBe('/fr/dashboard/media?deleted=Dans%20le%20texte');
  });

  it('refuses a text showing an image deleted meanwhile, at the text, and restores old versions without it', async () => {
    const id = idFrom((await upload(await cameraPhoto(70), { 'texts.fr.alt': 'Bientôt supprimée' })).redirectedTo)!;
    const { src } = (await getMedia(id))!;
    const para = { type: 'paragraph', content: [{ type: 'text', text: 'Le texte reste.' }] };
    const withImage = JSON.stringify({ type: 'doc', content: [para, { type: 'image', attrs: { src, alt: 'Bientôt supprimée', width: 30, height: 60 } }] });
    const withoutImage = JSON.stringify({ type: 'doc', content: [para] });
    const title = `Avec une image ${Date.now()}`;
    const article = { locale: 'fr', contentLocale: 'fr', type: 'press_release', title, slug: '', slugAuto: '1', lede: '', dateline: 'Genève', intent: 'save' };
    expect((await callAction(saveArticleAction, { ...article, body: withImage })).state?.status).not.toBe('error');
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, title));
    expect((await callAction(saveArticleAction, { ...article, articleId: t!.articleId, baseVersion: '1', body: withoutImage })).state?.status).not.toBe('error');
    expect((await callAction(deleteMediaAction, { locale: 'fr', id })).redirectedTo).toBe(`/fr/dashboard/media?deleted=${encodeURIComponent('Bientôt supprimée')}`);

    // An editor still holding the image in an open editor saves: refused at the text, kept as typed.
    const stale = await callAction(saveArticleAction, { ...article, articleId: t!.articleId, baseVersion: '2', body: withImage });
    expect(stale.state).toMatchObject({
      status: 'error',
      fieldErrors: { body: typeset('Une image de ce texte a été supprimée de la médiathèque entre-temps : retirez-la, ou choisissez-en une autre, puis enregistrez.', 'fr') },
      values: { body: withImage },
    });
    const [after] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, t!.id));
    expect(after).toMatchObject({ version: 2, body: JSON.parse(withoutImage) });

    // Version 1 showed it: restored with its text, without the image; the history says so.
    const [v1] = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, t!.id)).orderBy(articleRevisions.version).limit(1);
    expect(v1!.body.content).toHaveLength(2);
    expect((await callAction(restoreRevisionAction, { locale: 'fr', translationId: t!.id, baseVersion: '2', revisionId: v1!.id })).state?.status).not.toBe('error');
    const [restored] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, t!.id));
    expect(restored).toMatchObject({ version: 3, body: JSON.parse(withoutImage) });
    const [v3] = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, t!.id)).orderBy(articleRevisions.version).offset(2);
    expect(v3?.note).toBe('restored:1:1');

    const [page] = await db.insert(pages).values({ key: `page-img-${Date.now()}` }).returning({ id: pages.id });
    const pageRun = await callAction(savePageAction, { locale: 'es', pageId: page!.id, contentLocale: 'es', title: 'Con una imagen', body: withImage, intent: 'save' });
    expect(pageRun.state).toMatchObject({ fieldErrors: { body: 'Una imagen de este texto se ha eliminado de la mediateca entretanto: quítela o elija otra, y guarde.' } });
    expect(await db.select().from(pageTranslations).where(eq(pageTranslations.pageId, page!.id))).toEqual([]);
  });

  it('makes a deletion wait for a text being saved with the image, then refuse', async () => {
    const id = idFrom((await upload(await cameraPhoto(80))).redirectedTo)!;
    const { src } = (await getMedia(id))!;
    const doc = { type: 'doc' as const, content: [{ type: 'image' as const, attrs: { src, alt: '', width: 30, height: 60 } }] };
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    const saving = db.transaction(async (tx) => {
      expect(await lockLibraryImages(tx, doc)).toEqual({ missing: [] });
      locked();
      await mayFinish;
      await tx.insert(articleTranslations).values({ articleId: article!.id, locale: 'fr', slug: `verrou-${Date.now()}`, title: 'Verrou', body: doc });
    });
    await isLocked;
    const deleting = callAction(deleteMediaAction, { locale: 'fr', id });
    // The deletion waits for the image's row; the save goes on and commits first.
    await untilSomeoneWaitsForALock();
    finish();
    await saving;
    expect((await deleting).state).toMatchObject({ status: 'error', formError: typeset('Un communiqué ou une page montre cette image : retirez-la de là avant de la supprimer.', 'fr') });
    expect(await getMedia(id)).toMatchObject({ articles: 1 });
  });

  it('gives the second of two uploads of the same bytes at once the first one’s image', async () => {
    const photo = await cameraPhoto(90);
    const processed = await processImage(Buffer.from(await photo.arrayBuffer()));
    if (!processed.ok) throw new Error('not processed');
    const { image } = processed;
    const texts = (fr: string) => ({ alts: { fr, en: '', es: '', ar: '' }, credit: '', fileName: photo.name });
    let stored!: () => void;
    const isStored = new Promise<void>((resolve) => (stored = resolve));
    let commit!: () => void;
    const mayCommit = new Promise<void>((resolve) => (commit = resolve));
    const first = db.transaction(async (tx) => {
      const out = await createUploadedMedia(tx, editor, image, texts('Premier envoi'));
      stored();
      await mayCommit;
      return out;
    });
    await isStored;
    const second = db.transaction((tx) => createUploadedMedia(tx, editor, image, { ...texts(''), alts: { fr: 'Second envoi', en: 'Second upload', es: '', ar: '' } }));
    await untilSomeoneWaitsForALock();
    commit();
    const a = await first;
    expect(a.status).toBe('created');
    expect(await second).toMatchObject({ status: 'existing', id: a.id, completed: true });
    expect(await getMedia(a.id)).toMatchObject({ alts: { fr: 'Premier envoi', en: 'Second upload' } });
  });
});
