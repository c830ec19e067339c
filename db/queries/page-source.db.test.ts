/**
 * Organization pages track what each translation is up to date with, as releases do
 * (./source-marker): made from the French, flagged "outdated" when the French changes, marked
 * current with the French revision the editor showed, restored with an old text's marker; a
 * translation still holding the French copy is not published.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { pageRevisions } from '@/db/schema';
import type { PublicUser } from '@/db/queries/users';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema, pageSaveSchema } from '@/lib/validation/pages';
import { insertUser } from '@/test/admin-fixtures';
import { refusalOf } from '@/test/refusal';
import { getPageSourceComparison, getPageTranslationForEdit, listPageRevisions, listPageTree } from './dashboard-pages';
import { createPage, createPageTranslation, restorePageRevision, savePageTranslation, setPageTranslationPublished } from './page-writes';

let editor: PublicUser;
beforeAll(async () => {
  editor = await insertUser('editor');
});

const body = (text: string) => JSON.stringify(docFromParagraphs([text]));
const save = (fields: Record<string, string>) => db.transaction((tx) => savePageTranslation(tx, editor, pageSaveSchema.parse(fields)));
const translate = (pageId: string, contentLocale: 'en' | 'es' | 'ar') => db.transaction((tx) => createPageTranslation(tx, editor, { pageId, contentLocale }));
const outdatedIn = async (pageId: string, locale: 'en' | 'es' | 'ar') => (await listPageTree('fr')).find((p) => p.id === pageId)!.locales[locale].outdated;
const latestFrench = async (pageId: string) => (await getPageSourceComparison(pageId, 'fr', null))!.current;

/** A page whose French text is saved once (version 2) and published. */
async function frenchPage(title: string, text: string): Promise<string> {
  const { pageId } = await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title, parentId: '', position: '0' })));
  await save({ pageId, contentLocale: 'fr', baseVersion: '1', title, body: body(text), intent: 'publish' });
  return pageId;
}

describe('a page translation and its source', () => {
  it('starts as a copy of the French recording its revision, and shows outdated once the French changes', async () => {
    const pageId = await frenchPage('Mandat', 'Notre mandat.');
    const made = await translate(pageId, 'en');
    expect(made.created).toBe(true);
    const en = await getPageTranslationForEdit(pageId, 'en');
    const french = await latestFrench(pageId);
    expect(en).toMatchObject({ title: 'Mandat', status: 'draft', sourceLocale: 'fr', sourceRevisionId: french.id, outdated: false });
    expect((await listPageRevisions(en!.id))[0]).toMatchObject({ note: 'translated:fr' });
    // Asked again: the translation is left as it is.
    expect(await translate(pageId, 'en')).toMatchObject({ created: false, translationId: en!.id });

    await save({ pageId, contentLocale: 'en', baseVersion: '1', title: 'Mandate', body: body('Our mandate.') });
    expect(await outdatedIn(pageId, 'en')).toBe(false);
    // The French changes: the English is to update, with what changed since.
    await save({ pageId, contentLocale: 'fr', baseVersion: '2', title: 'Mandat', body: body('Notre mandat, élargi.') });
    expect(await outdatedIn(pageId, 'en')).toBe(true);
    const after = await getPageTranslationForEdit(pageId, 'en');
    expect(after?.outdated).toBe(true);
    const comparison = await getPageSourceComparison(pageId, 'fr', after!.sourceRevisionId);
    expect(comparison?.base?.version).toBe(2);
    expect(comparison?.current.version).toBe(3);
  });

  it('marks a translation current with the French revision its editor showed, never moving back', async () => {
    const pageId = await frenchPage('Gouvernance', 'Le conseil.');
    await translate(pageId, 'es');
    await save({ pageId, contentLocale: 'es', baseVersion: '1', title: 'Gobernanza', body: body('El consejo.') });
    await save({ pageId, contentLocale: 'fr', baseVersion: '2', title: 'Gouvernance', body: body('Le conseil et son bureau.') });
    const shown = await latestFrench(pageId);
    // A colleague changes the French again after the Spanish editor was opened.
    await save({ pageId, contentLocale: 'fr', baseVersion: '3', title: 'Gouvernance', body: body('Le conseil, son bureau et ses comités.') });
    await save({ pageId, contentLocale: 'es', baseVersion: '2', title: 'Gobernanza', body: body('El consejo y su mesa.'), markSourceCurrent: shown.id });
    let es = await getPageTranslationForEdit(pageId, 'es');
    expect(es).toMatchObject({ sourceRevisionId: shown.id, outdated: true, version: 3 });
    // The revision written records the mark.
    const markOf = async (version: number) => (await db.select().from(pageRevisions).where(eq(pageRevisions.translationId, es!.id))).find((r) => r.version === version)?.sourceRevisionId;
    expect(await markOf(3)).toBe(shown.id);

    // Marked with the latest, with no change of text: current, on the same version and revision.
    const latest = await latestFrench(pageId);
    await save({ pageId, contentLocale: 'es', baseVersion: '3', title: 'Gobernanza', body: body('El consejo y su mesa.'), markSourceCurrent: latest.id });
    es = await getPageTranslationForEdit(pageId, 'es');
    expect(es).toMatchObject({ sourceRevisionId: latest.id, outdated: false, version: 3 });
    expect(await markOf(3)).toBe(latest.id);
    // A page left open since the earlier mark cannot move it back; nor can another page's revision mark it.
    await save({ pageId, contentLocale: 'es', baseVersion: '3', title: 'Gobernanza', body: body('El consejo y su mesa.'), markSourceCurrent: shown.id });
    const elsewhere = await latestFrench(await frenchPage('Ailleurs', 'Autre page.'));
    await save({ pageId, contentLocale: 'es', baseVersion: '3', title: 'Gobernanza', body: body('El consejo y su mesa.'), markSourceCurrent: elsewhere.id });
    expect((await getPageTranslationForEdit(pageId, 'es'))?.sourceRevisionId).toBe(latest.id);
  });

  it('restoring an old text restores what it was up to date with', async () => {
    const pageId = await frenchPage('Histoire', 'Fondée en 1950.');
    await translate(pageId, 'en');
    await save({ pageId, contentLocale: 'en', baseVersion: '1', title: 'History', body: body('Founded in 1950.') });
    await save({ pageId, contentLocale: 'fr', baseVersion: '2', title: 'Histoire', body: body('Fondée en 1950 à Genève.') });
    const latest = await latestFrench(pageId);
    await save({ pageId, contentLocale: 'en', baseVersion: '2', title: 'History', body: body('Founded in 1950 in Geneva.'), markSourceCurrent: latest.id });
    expect(await outdatedIn(pageId, 'en')).toBe(false);
    const en = await getPageTranslationForEdit(pageId, 'en');
    const v2 = (await listPageRevisions(en!.id)).find((r) => r.version === 2)!;
    await db.transaction((tx) => restorePageRevision(tx, editor, { translationId: en!.id, baseVersion: 3, revisionId: v2.id }));
    expect(await getPageTranslationForEdit(pageId, 'en')).toMatchObject({ version: 4, outdated: true });
  });

  it('a new translation written beside the French records the revision shown', async () => {
    const pageId = await frenchPage('Contacts', 'Écrivez-nous.');
    const shown = await latestFrench(pageId);
    await save({ pageId, contentLocale: 'fr', baseVersion: '2', title: 'Contacts', body: body('Écrivez-nous ou appelez-nous.') });
    await save({ pageId, contentLocale: 'ar', title: 'اتصل بنا', body: body('راسلونا.'), markSourceCurrent: shown.id });
    expect(await getPageTranslationForEdit(pageId, 'ar')).toMatchObject({ sourceLocale: 'fr', sourceRevisionId: shown.id, outdated: true });
    // French itself has no source.
    expect(await getPageTranslationForEdit(pageId, 'fr')).toMatchObject({ sourceLocale: null, sourceRevisionId: null });
  });

  it('refuses to publish a translation still holding the French copy, at its text, naming French', async () => {
    const pageId = await frenchPage('Partenaires', 'Nos partenaires.');
    const { translationId } = await translate(pageId, 'es');
    // Published with a save: refused at the body, nothing written.
    const withSave = await refusalOf(save({ pageId, contentLocale: 'es', baseVersion: '1', title: 'Socios', body: body('Nos partenaires.'), intent: 'publish' }));
    expect(withSave.detail).toMatchObject({ fieldErrors: { body: 'page.untranslated' }, languages: ['fr'] });
    expect(await getPageTranslationForEdit(pageId, 'es')).toMatchObject({ title: 'Partenaires', status: 'draft', version: 1 });
    // Published as saved: refused too.
    const asSaved = await refusalOf(db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId, baseVersion: 1, publish: true })));
    expect(asSaved.detail).toMatchObject({ formError: 'untranslated', languages: ['fr'] });
    // Translated: published; saved live back to the French copy: refused.
    await save({ pageId, contentLocale: 'es', baseVersion: '1', title: 'Socios', body: body('Nuestros socios.'), intent: 'publish' });
    expect(await getPageTranslationForEdit(pageId, 'es')).toMatchObject({ status: 'published', version: 2 });
    const live = await refusalOf(save({ pageId, contentLocale: 'es', baseVersion: '2', title: 'Socios', body: body('Nos partenaires.') }));
    expect(live.detail).toMatchObject({ fieldErrors: { body: 'page.untranslated' }, languages: ['fr'] });
  });

  it('a published translation is not restored to its French copy: readers of the language would get the French', async () => {
    const pageId = await frenchPage('Histoire', 'Notre histoire.');
    const { translationId } = await translate(pageId, 'ar');
    await save({ pageId, contentLocale: 'ar', baseVersion: '1', title: 'تاريخنا', body: body('تاريخنا.'), intent: 'publish' });
    const [copy] = (await listPageRevisions(translationId)).filter((r) => r.version === 1);
    const refusal = await refusalOf(db.transaction((tx) => restorePageRevision(tx, editor, { translationId, baseVersion: 2, revisionId: copy!.id })));
    expect(refusal.detail).toMatchObject({ formError: 'restoreUntranslated', languages: ['fr'] });
    // Nothing written: readers still get the Arabic text.
    expect(await getPageTranslationForEdit(pageId, 'ar')).toMatchObject({ title: 'تاريخنا', status: 'published', version: 2 });
    // Unpublished, the copy may come back as a draft to work from.
    await db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId, baseVersion: 2, publish: false }));
    await db.transaction((tx) => restorePageRevision(tx, editor, { translationId, baseVersion: 2, revisionId: copy!.id }));
    expect(await getPageTranslationForEdit(pageId, 'ar')).toMatchObject({ title: 'Histoire', status: 'draft', version: 3 });
  });

  it('a translation written in an empty form is the person’s own text, even where it reads as the French', async () => {
    const pageId = await frenchPage('Sigles', 'ONU, OMS, UNESCO.');
    const out = await save({ pageId, contentLocale: 'en', title: 'Acronyms', body: body('ONU, OMS, UNESCO.'), intent: 'publish' });
    expect(out.published).toBe(true);
    expect(await getPageTranslationForEdit(pageId, 'en')).toMatchObject({ sourceLocale: 'fr', outdated: false });
  });

  it('the untouched copy of a page with no text yet is refused at its French title, as a release’s copy is; translated, it is published', async () => {
    const { pageId } = await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title: 'Rubrique', parentId: '', position: '0' })));
    const { translationId } = await translate(pageId, 'es');
    const empty = JSON.stringify({ type: 'doc', content: [] });
    // Saved and published as it came (the French title, no text): refused at the title, nothing written.
    const untouched = await refusalOf(save({ pageId, contentLocale: 'es', baseVersion: '1', title: 'Rubrique', body: empty, intent: 'publish' }));
    expect(untouched.detail).toMatchObject({ fieldErrors: { title: 'page.untranslatedTitle' }, languages: ['fr'] });
    expect(await getPageTranslationForEdit(pageId, 'es')).toMatchObject({ title: 'Rubrique', status: 'draft', version: 1 });
    // Published as saved: refused too.
    const asSaved = await refusalOf(db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId, baseVersion: 1, publish: true })));
    expect(asSaved.detail).toMatchObject({ formError: 'untranslated', languages: ['fr'] });
    // Its title translated: nothing of it is French any more.
    const out = await save({ pageId, contentLocale: 'es', baseVersion: '1', title: 'Sección', body: empty, intent: 'publish' });
    expect(out.published).toBe(true);
  });

  it('an empty text is no copy: a page with no text yet may be published in another language', async () => {
    const { pageId } = await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title: 'Vide', parentId: '', position: '0' })));
    await translate(pageId, 'en');
    const out = await save({ pageId, contentLocale: 'en', baseVersion: '1', title: 'Empty', body: JSON.stringify({ type: 'doc', content: [] }), intent: 'publish' });
    expect(out.published).toBe(true);
  });
});
