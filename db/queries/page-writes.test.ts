/**
 * Organization pages on a real database: the same conflict safety and revisions as articles,
 * publish/unpublish per locale with the tags of the navigation it changes, tree moves without
 * loops, slugs unique per locale.
 */
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { pageRevisions, pageSlugRedirects, pageTranslations } from '@/db/schema';
import type { PublicUser } from '@/db/queries/users';
import { tags } from '@/lib/cache/tags';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema, pageSaveSchema, pageSettingsSchema } from '@/lib/validation/pages';
import { insertUser } from '@/test/admin-fixtures';
import { refusalOf } from '@/test/refusal';
import { getPageTranslationForEdit, listPageRevisions, listPageTree } from './dashboard-pages';
import { createPage, restorePageRevision, savePageTranslation, setPageTranslationPublished, updatePageSettings } from './page-writes';
import { getNavigation, getPublicPage } from './public-pages';

let editor: PublicUser;
let other: PublicUser;
beforeAll(async () => {
  editor = await insertUser('editor');
  other = await insertUser('admin');
});

const newPage = async (title: string, parentId = '') => db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title, parentId, position: '0' })));

const save = (who: PublicUser, fields: Record<string, string>) => db.transaction((tx) => savePageTranslation(tx, who, pageSaveSchema.parse(fields)));

const body = (text: string) => JSON.stringify(docFromParagraphs([text]));

describe('saving a page translation', () => {
  it('creates a draft in French with its first revision, then a Spanish translation, each with its own slug', async () => {
    const { pageId } = await newPage('Qui sommes-nous aujourd’hui');
    const fr = await getPageTranslationForEdit(pageId, 'fr');
    expect(fr).toMatchObject({ slug: 'qui-sommes-nous-aujourdhui', status: 'draft', version: 1 });
    const es = await save(editor, { pageId, contentLocale: 'es', title: 'Quiénes somos hoy', body: body('Texto.') });
    expect(es).toMatchObject({ created: true, version: 1, published: false, tags: [] });
    expect(await getPageTranslationForEdit(pageId, 'es')).toMatchObject({ slug: 'quienes-somos-hoy', status: 'draft' });
    expect((await listPageTree('es')).find((p) => p.id === pageId)?.locales).toMatchObject({
      fr: { state: 'draft' },
      es: { state: 'draft', title: 'Quiénes somos hoy' },
      en: { state: 'missing' },
    });
  });

  it('refuses a save over a version someone else replaced, with who, what and the difference', async () => {
    const { pageId } = await newPage('Partenaires');
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Partenaires', body: body('Première version.') });
    // Both opened version 2; the other one saves first.
    await save(other, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Partenaires', body: body('Leur version.') });
    const refusal = await refusalOf(save(editor, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Nos partenaires', slug: 'partenaires', body: body('Ma version.') }));
    expect(refusal.detail.formError).toBe('conflict');
    const data = refusal.detail.data as { conflict: { currentVersion: number; savedBy: string; diff: { field: string; changed: boolean }[] }; theirsBody: unknown };
    expect(data.conflict).toMatchObject({ currentVersion: 3, savedBy: other.name });
    expect(data.conflict.diff.filter((d) => d.changed).map((d) => d.field)).toEqual(['title', 'body']);
    expect(data.theirsBody).toEqual(JSON.parse(body('Leur version.')));
    // Nothing of the refused save was written; saving on top of version 3 works.
    expect((await getPageTranslationForEdit(pageId, 'fr'))?.title).toBe('Partenaires');
    expect((await save(editor, { pageId, contentLocale: 'fr', baseVersion: '3', title: 'Nos partenaires', body: body('Ma version.') })).version).toBe(4);
  });

  it('refuses to create a translation someone else created meanwhile', async () => {
    const { pageId } = await newPage('Engagez-vous');
    await save(other, { pageId, contentLocale: 'en', title: 'Get involved', body: body('x') });
    const refusal = await refusalOf(save(editor, { pageId, contentLocale: 'en', title: 'Get involved!', body: body('y') }));
    expect(refusal.detail.formError).toBe('conflict');
  });

  it('keeps a revision per change of text, none for a save that changes nothing', async () => {
    const { pageId } = await newPage('Données');
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Données', body: body('A') });
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Données', body: body('A') });
    const fr = await getPageTranslationForEdit(pageId, 'fr');
    expect((await listPageRevisions(fr!.id)).map((r) => r.version)).toEqual([2, 1]);
  });

  it('refuses a typed slug another page of the language uses, and a reserved one', async () => {
    const a = await newPage('Alpha');
    const b = await newPage('Bravo');
    const taken = await refusalOf(save(editor, { pageId: b.pageId, contentLocale: 'fr', baseVersion: '1', title: 'Bravo', slug: 'alpha', body: body('') }));
    expect(taken.detail.fieldErrors).toEqual({ slug: 'page.slugTaken' });
    const reserved = await refusalOf(save(editor, { pageId: b.pageId, contentLocale: 'fr', baseVersion: '1', title: 'Bravo', slug: 'news', body: body('') }));
    expect(reserved.detail.fieldErrors).toEqual({ slug: 'page.slugReserved' });
    // The same slug in another language is fine.
    expect((await save(editor, { pageId: a.pageId, contentLocale: 'es', title: 'Alfa', slug: 'alpha', body: body('') })).created).toBe(true);
  });
});

describe('publishing per locale', () => {
  it('publishes and unpublishes one language, expiring only that language’s page tree', async () => {
    const { pageId } = await newPage('Publiable');
    const saved = await save(editor, { pageId, contentLocale: 'es', title: 'Publicable', body: body('x'), intent: 'publish' });
    expect(saved).toMatchObject({ published: true, tags: ['pages:es'] });
    const es = await getPageTranslationForEdit(pageId, 'es');
    // A published page: every text change is visible at once.
    expect((await save(editor, { pageId, contentLocale: 'es', baseVersion: String(es!.version), title: 'Publicable hoy', body: body('x') })).tags).toEqual(['pages:es']);
    const now = await getPageTranslationForEdit(pageId, 'es');
    const off = await db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId: now!.id, baseVersion: now!.version, publish: false }));
    expect(off).toMatchObject({ changed: true, tags: ['pages:es'] });
    expect((await getPageTranslationForEdit(pageId, 'fr'))?.status).toBe('draft');
    // A draft's edits are not public: nothing to expire.
    expect((await save(editor, { pageId, contentLocale: 'es', baseVersion: String(now!.version), title: 'Borrador', body: body('y') })).tags).toEqual([]);
  });

  it('will not publish a version the person has not seen', async () => {
    const { pageId, translationId } = await newPage('Vue');
    await save(other, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Vue', body: body('changed') });
    const refusal = await refusalOf(db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId, baseVersion: 1, publish: true })));
    expect(refusal.detail.formError).toBe('staleStatus');
  });
});

describe('restoring a revision', () => {
  it('restores as a new version, noted, never rewriting history', async () => {
    const { pageId, translationId } = await newPage('Histoire');
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Histoire v2', body: body('deux') });
    const [v1] = await db.select().from(pageRevisions).where(and(eq(pageRevisions.translationId, translationId), eq(pageRevisions.version, 1)));
    const out = await db.transaction((tx) => restorePageRevision(tx, editor, { translationId, baseVersion: 2, revisionId: v1!.id }));
    expect(out).toMatchObject({ version: 3, restoredVersion: 1 });
    const revisions = await db.select({ version: pageRevisions.version, title: pageRevisions.title, note: pageRevisions.note }).from(pageRevisions).where(eq(pageRevisions.translationId, translationId)).orderBy(asc(pageRevisions.version));
    expect(revisions).toEqual([
      { version: 1, title: 'Histoire', note: null },
      { version: 2, title: 'Histoire v2', note: null },
      { version: 3, title: 'Histoire', note: 'restored:1' },
    ]);
  });
});

describe('the page tree', () => {
  it('moves a page and expires the navigation of every locale, but never under itself', async () => {
    const parent = await newPage('Parent');
    const child = await newPage('Enfant', parent.pageId);
    const tree = await listPageTree('fr');
    const version = (id: string) => tree.find((p) => p.id === id)!.version;
    const loop = await refusalOf(
      db.transaction((tx) => updatePageSettings(tx, editor, pageSettingsSchema.parse({ id: parent.pageId, version: version(parent.pageId), parentId: child.pageId, position: '0' }))),
    );
    expect(loop.detail.fieldErrors).toEqual({ parentId: 'page.parentLoop' });
    const moved = await db.transaction((tx) => updatePageSettings(tx, editor, pageSettingsSchema.parse({ id: child.pageId, version: version(child.pageId), parentId: '', position: '5' })));
    expect(moved.tags.sort()).toEqual(['pages:ar', 'pages:en', 'pages:es', 'pages:fr']);
    // The old version no longer matches: a second move made from the same screen is a conflict.
    const stale = await refusalOf(db.transaction((tx) => updatePageSettings(tx, editor, pageSettingsSchema.parse({ id: child.pageId, version: version(child.pageId), parentId: parent.pageId, position: '1' }))));
    expect(stale.detail.formError).toBe('settingsConflict');
    // With the place as stored now, as the form's inputs hold it: the form compares it with the one chosen.
    const moved5 = (await listPageTree('fr')).find((p) => p.id === child.pageId)!;
    // Moved here without an action, so with no entry in the audit log: nobody to name (the
    // form then says "your colleague"; test/tree-row-conflict.db.test.ts names them).
    expect(stale.detail.data).toEqual({ conflict: { version: moved5.version, theirs: { parentId: '', position: '5' }, savedBy: null, savedAt: null } });
  });

  it('moves in the tree take turns: a second move waits for the first to end, then checks the tree as it is', async () => {
    const a = await newPage('Tour A');
    const b = await newPage('Tour B');
    const c = await newPage('Tour C');
    const tree = await listPageTree('fr');
    const version = (id: string) => tree.find((p) => p.id === id)!.version;
    const move = (id: string, parentId: string) => pageSettingsSchema.parse({ id, version: version(id), parentId, position: '0' });
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    // A moved under B, its transaction still open.
    let moving!: () => void;
    const moved = new Promise<void>((resolve) => (moving = resolve));
    const first = db.transaction(async (tx) => {
      await updatePageSettings(tx, editor, move(a.pageId, b.pageId));
      moving();
      await ended;
    });
    await moved;
    // Another page's move, meanwhile: it waits (before, it went ahead, and two crossing moves
    // could deadlock or both pass the loop check).
    let secondDone = false;
    const second = db.transaction((tx) => updatePageSettings(tx, editor, move(c.pageId, b.pageId))).then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondDone).toBe(false);
    end();
    await first;
    await second;
    // B under A, after A went under B: a loop, refused on the tree as it now is.
    const loop = await refusalOf(db.transaction((tx) => updatePageSettings(tx, editor, move(b.pageId, a.pageId))));
    expect(loop.detail.fieldErrors).toEqual({ parentId: 'page.parentLoop' });
  });

  it('orders pages of the same rank as the dashboard does, the same in every language', async () => {
    const parent = await newPage('Rangs égaux');
    const a = await newPage('Alpha égal', parent.pageId);
    const b = await newPage('Bravo égal', parent.pageId);
    for (const [pageId, fr, en] of [
      [parent.pageId, 'Rangs égaux', 'Equal ranks'],
      [a.pageId, 'Alpha égal', 'Zulu equal'],
      [b.pageId, 'Bravo égal', 'Alpha equal'],
    ] as const) {
      await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: fr, body: body('Texte.'), intent: 'publish' });
      await save(editor, { pageId, contentLocale: 'en', title: en, body: body('Text.'), intent: 'publish' });
    }
    // Both at order number 0 (a new page's default).
    const dashboard = (await listPageTree('fr')).filter((p) => p.parentId === parent.pageId).map((p) => p.id);
    expect(dashboard).toEqual([a.pageId, b.pageId]);
    for (const locale of ['fr', 'en'] as const) {
      const section = (await getNavigation(locale)).find((n) => n.pageId === parent.pageId);
      expect(section?.children.map((c) => c.pageId), locale).toEqual(dashboard);
    }
  });

  it('has one translation per page and locale, whatever happens', async () => {
    const { pageId } = await newPage('Unique');
    await expect(db.insert(pageTranslations).values({ pageId, locale: 'fr', slug: 'autre', title: 'x', body: { type: 'doc', content: [] } })).rejects.toThrow();
  });
});

describe('renaming a published page', () => {
  const redirectsOf = async (pageId: string) => {
    const t = await getPageTranslationForEdit(pageId, 'fr');
    return db.select({ slug: pageSlugRedirects.slug }).from(pageSlugRedirects).where(eq(pageSlugRedirects.translationId, t!.id));
  };
  const publishedPage = async (title: string, parentId = '') => {
    const { pageId } = await newPage(title, parentId);
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title, body: body(`${title}.`), intent: 'publish' });
    return pageId;
  };

  it('keeps the old address working as a permanent redirect, and expires that language’s pages', async () => {
    const parentId = await publishedPage('Parent du renommage');
    const pageId = await publishedPage('Ancien nom', parentId);
    expect(await getPublicPage('fr', ['parent-du-renommage', 'ancien-nom'])).toMatchObject({ kind: 'found' });

    const renamed = await save(editor, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Nouveau nom', slug: 'nouveau-nom', body: body('Ancien nom.') });
    expect(renamed.tags).toEqual([tags.pages('fr')]);
    expect(await redirectsOf(pageId)).toEqual([{ slug: 'ancien-nom' }]);
    // The old address, under its parent or alone: where the page is now.
    expect(await getPublicPage('fr', ['parent-du-renommage', 'ancien-nom'])).toEqual({ kind: 'moved', path: ['parent-du-renommage', 'nouveau-nom'] });
    expect(await getPublicPage('fr', ['ancien-nom'])).toEqual({ kind: 'moved', path: ['parent-du-renommage', 'nouveau-nom'] });
    expect(await getPublicPage('fr', ['parent-du-renommage', 'nouveau-nom'])).toMatchObject({ kind: 'found', page: { title: 'Nouveau nom' } });
    // A reader of a language the page is not written in is offered the French one.
    expect(await getPublicPage('en', ['ancien-nom'])).toMatchObject({ kind: 'elsewhere', alternates: [{ locale: 'fr', path: ['parent-du-renommage', 'nouveau-nom'] }] });
  });

  it('makes no redirect for a page no reader has seen', async () => {
    const { pageId } = await newPage('Brouillon caché');
    const out = await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Brouillon caché', slug: 'brouillon-renomme', body: body('Texte.') });
    expect(out.tags).toEqual([]);
    expect(await redirectsOf(pageId)).toEqual([]);
  });

  it('ends the redirect when another page takes the old address, and expires the answer readers had', async () => {
    const pageId = await publishedPage('Adresse reprise');
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Adresse quittée', slug: 'adresse-quittee', body: body('Adresse reprise.') });
    expect(await getPublicPage('fr', ['adresse-reprise'])).toMatchObject({ kind: 'moved' });
    const taker = await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title: 'Autre page', slug: 'adresse-reprise', parentId: '', position: '0' })));
    expect(taker.tags).toEqual([tags.pages('fr')]);
    expect(await redirectsOf(pageId)).toEqual([]);
    // The page that took it is a draft: the address now answers "not found".
    expect(await getPublicPage('fr', ['adresse-reprise'])).toEqual({ kind: 'missing' });
  });

  it('redirects the address a restore leaves, and the restored address answers again', async () => {
    const pageId = await publishedPage('Premier titre');
    await save(editor, { pageId, contentLocale: 'fr', baseVersion: '2', title: 'Second titre', slug: 'second-titre', body: body('Premier titre.') });
    const t = (await getPageTranslationForEdit(pageId, 'fr'))!;
    const first = (await listPageRevisions(t.id)).find((r) => r.version === 2)!;
    expect(first.slug).toBe('premier-titre');
    const restored = await db.transaction((tx) => restorePageRevision(tx, editor, { translationId: t.id, baseVersion: t.version, revisionId: first.id }));
    expect(restored.tags).toEqual([tags.pages('fr')]);
    expect(await redirectsOf(pageId)).toEqual([{ slug: 'second-titre' }]);
    expect(await getPublicPage('fr', ['premier-titre'])).toMatchObject({ kind: 'found' });
    expect(await getPublicPage('fr', ['second-titre'])).toEqual({ kind: 'moved', path: ['premier-titre'] });
  });
});

describe('an image pasted without a description', () => {
  it('may wait in a draft, not on a page readers see', async () => {
    const { pageId } = await newPage('Galerie collée');
    const withImage = (alt: string) =>
      JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }, { type: 'image', attrs: { src: 'https://example.org/photo.jpg', alt } }] });
    const fr = (await getPageTranslationForEdit(pageId, 'fr'))!;
    const draft = await save(editor, { pageId, contentLocale: 'fr', baseVersion: String(fr.version), title: 'Galerie collée', slug: 'galerie-collee', body: withImage('') });
    const withStep = await refusalOf(save(editor, { pageId, contentLocale: 'fr', baseVersion: String(draft.version), title: 'Galerie collée', slug: 'galerie-collee', body: withImage(''), intent: 'publish' }));
    expect(withStep.detail.fieldErrors).toEqual({ body: 'page.bodyImageAltRequiredOnPublish' });
    const toggle = await refusalOf(db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId: draft.translationId, baseVersion: draft.version, publish: true })));
    expect(toggle.detail.formError).toBe('bodyImageUndescribed');
    const described = await save(editor, { pageId, contentLocale: 'fr', baseVersion: String(draft.version), title: 'Galerie collée', slug: 'galerie-collee', body: withImage('Des bénévoles'), intent: 'publish' });
    expect(described.published).toBe(true);
    const live = await refusalOf(save(editor, { pageId, contentLocale: 'fr', baseVersion: String(described.version), title: 'Galerie collée', slug: 'galerie-collee', body: withImage('') }));
    expect(live.detail.fieldErrors).toEqual({ body: 'page.bodyImageAltRequiredOnPublish' });
  });

  it('is not brought back by restoring, on a page readers see, the version that had it', async () => {
    const { pageId } = await newPage('Galerie restaurée');
    const withImage = (alt: string) =>
      JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }, { type: 'image', attrs: { src: 'https://example.org/photo.jpg', alt } }] });
    const draft = await save(editor, { pageId, contentLocale: 'fr', baseVersion: '1', title: 'Galerie restaurée', slug: 'galerie-restauree', body: withImage('') });
    const live = await save(editor, { pageId, contentLocale: 'fr', baseVersion: String(draft.version), title: 'Galerie restaurée', slug: 'galerie-restauree', body: withImage('Des bénévoles'), intent: 'publish' });
    const undescribed = (await listPageRevisions(live.translationId)).find((r) => r.version === draft.version)!;
    const refusal = await refusalOf(db.transaction((tx) => restorePageRevision(tx, editor, { translationId: live.translationId, baseVersion: live.version, revisionId: undescribed.id })));
    expect(refusal.detail.formError).toBe('restoreUndescribed');
    expect(await getPageTranslationForEdit(pageId, 'fr')).toMatchObject({ status: 'published', version: live.version });
  });
});
