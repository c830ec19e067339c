/**
 * Deleting an organization page: only one no reader sees or will see, with no page below it,
 * and not one the site relies on; each refusal says, in the form's language, what to do first,
 * and deletes nothing. A deletion takes the translations, revisions and old addresses with it,
 * is audited, and expires the navigation of every language. Actions called as a forged POST would.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { deletePageAction } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { db } from '@/db';
import { createPage, pageDeleteBlock, savePageTranslation, setPageTranslationPublished } from '@/db/queries/page-writes';
import type { PublicUser } from '@/db/queries/users';
import { auditLog, pageRevisions, pages, pageSlugRedirects, pageTranslations } from '@/db/schema';
import { LOCALES } from '@/lib/locales';
import { tags } from '@/lib/cache/tags';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema, pageSaveSchema } from '@/lib/validation/pages';
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

const newPage = async (title: string, parentId = '') =>
  (await db.transaction((tx) => createPage(tx, editor, pageCreateSchema.parse({ title, parentId, position: '0' })))).pageId;
const save = (fields: Record<string, string>) =>
  db.transaction((tx) => savePageTranslation(tx, editor, pageSaveSchema.parse({ body: JSON.stringify(docFromParagraphs(['Texte.'])), ...fields })));
const exists = async (id: string) => (await db.select({ id: pages.id }).from(pages).where(eq(pages.id, id))).length === 1;

describe('deleting a page', () => {
  it('refuses a page readers see, in the form’s language, until every language is unpublished', async () => {
    const id = await newPage('Nos partenaires');
    await save({ pageId: id, contentLocale: 'fr', baseVersion: '1', title: 'Nos partenaires', intent: 'publish' });
    // Re-addressed once published: its first address became a redirect.
    await save({ pageId: id, contentLocale: 'fr', baseVersion: '2', title: 'Nos partenaires', slug: 'partenaires', intent: 'publish' });
    expect(await db.select({ slug: pageSlugRedirects.slug }).from(pageSlugRedirects)).toEqual([{ slug: 'nos-partenaires' }]);
    await save({ pageId: id, contentLocale: 'en', title: 'Our partners', intent: 'publish' });
    await save({ pageId: id, contentLocale: 'es', title: 'Nuestros socios' });

    const refused = await callAction(deletePageAction, { locale: 'fr', id });
    expect(refused.state).toMatchObject({
      status: 'error',
      formError: typeset('Les lecteurs voient cette page, ou la verront à l’heure prévue, en français et anglais : dépubliez-la dans chaque langue avant de la supprimer.', 'fr'),
    });
    expect(await exists(id)).toBe(true);

    // Unpublished in English only: still live in French.
    const [en] = await db.select().from(pageTranslations).where(eq(pageTranslations.pageId, id)).then((rows) => rows.filter((r) => r.locale === 'en'));
    await db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId: en!.id, baseVersion: en!.version, publish: false }));
    expect(await pageDeleteBlock(db, id)).toEqual({ status: 'live', locales: ['fr'] });
    const [fr] = await db.select().from(pageTranslations).where(eq(pageTranslations.pageId, id)).then((rows) => rows.filter((r) => r.locale === 'fr'));
    await db.transaction((tx) => setPageTranslationPublished(tx, editor, { translationId: fr!.id, baseVersion: fr!.version, publish: false }));
    expect(await pageDeleteBlock(db, id)).toBeNull();

    invalidated.length = 0;
    const run = await callAction(deletePageAction, { locale: 'en', id });
    expect(run.redirectedTo).toBe('/en/dashboard/pages?deleted=Our%20partners'); // named in the interface language
    expect(await exists(id)).toBe(false);
    expect(await db.select().from(pageTranslations).where(eq(pageTranslations.pageId, id))).toEqual([]);
    const translationIds = [fr!.id, en!.id];
    for (const t of translationIds) expect(await db.select().from(pageRevisions).where(eq(pageRevisions.translationId, t))).toEqual([]);
    expect(await db.select().from(pageSlugRedirects)).toEqual([]);
    expect(invalidated).toEqual(LOCALES.map((l) => tags.pages(l)));
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id)).then((rows) => rows.filter((r) => r.action === 'page.delete'));
    expect(entry).toMatchObject({ actorId: editor.id, outcome: 'ok', detail: { titles: { fr: 'Nos partenaires', en: 'Our partners', es: 'Nuestros socios' } } });
  });

  it('keeps a page that has pages below it, and the pages the site relies on', async () => {
    const parent = await newPage('Où nous travaillons aussi');
    await newPage('Amériques', parent);
    await newPage('Afrique', parent);
    const below = await callAction(deletePageAction, { locale: 'es', id: parent });
    expect(below.state).toMatchObject({
      status: 'error',
      formError: '2 páginas están situadas debajo de esta: muévalas o elimínelas antes de eliminar esta página.',
    });
    expect(await exists(parent)).toBe(true);

    const [structure] = await db.insert(pages).values({ key: 'structure' }).returning({ id: pages.id });
    const needed = await callAction(deletePageAction, { locale: 'ar', id: structure!.id });
    expect(needed.state).toMatchObject({ status: 'error', formError: expect.stringContaining('يعتمد الموقع على هذه الصفحة') });
    expect(await exists(structure!.id)).toBe(true);

    const gone = await callAction(deletePageAction, { locale: 'fr', id: '00000000-0000-4000-8000-000000000000' });
    expect(gone.state).toMatchObject({ status: 'error', formError: 'Cette page n’existe plus.' });
    expect(invalidated).toEqual([]);
  });

  it('writers may not delete pages; the refusal is audited and nothing is deleted', async () => {
    const id = await newPage('Brouillon');
    acting.user = writer;
    const run = await callAction(deletePageAction, { locale: 'fr', id });
    expect(run.state).toMatchObject({ status: 'error' });
    expect(await exists(id)).toBe(true);
    const denied = await db.select().from(auditLog).where(eq(auditLog.actorId, writer.id));
    expect(denied).toMatchObject([{ action: 'page.delete', outcome: 'denied' }]);
  });
});
