/**
 * An organization page's save refused because the translation changed since the editor was
 * opened — a colleague saved a version (and published it), or published or unpublished it as it
 * was (no new version: the save is then refused for the state it was sent from, 'stateChanged',
 * rather than going online, or staying offline, against what its buttons said) — answers the
 * translation as now stored: its state, version, who saved it and when, its state chip, whether
 * readers know its address, the state panel's words. The page computes the same from what it
 * reads (pageEditorState), so the editor follows that state, and the next save sent from it goes
 * through. Nothing is written by a refused save; the person's text stays in the answer.
 * Actions called as a forged POST would.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { publishPageAction, savePageAction, type PageSaveRefusalData } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { db } from '@/db';
import { createPage } from '@/db/queries/page-writes';
import type { PublicUser } from '@/db/queries/users';
import { pageTranslations } from '@/db/schema';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema } from '@/lib/validation/pages';
import fr from '@/messages/fr.json';
import { typeset } from '@/lib/typography';
import { acting, callAction } from './action-harness';
import { insertUser } from './admin-fixtures';

let edith: PublicUser;
let eric: PublicUser;
let n = 0;
beforeAll(async () => {
  edith = await insertUser('editor');
  eric = await insertUser('editor');
});
beforeEach(() => {
  acting.user = edith;
});

const body = JSON.stringify(docFromParagraphs(['Texte de la page.']));

/** A new page (its French text a draft, version 1), and the form its editor sends. */
async function openedPage() {
  const title = `Page en conflit ${++n}`;
  const { pageId, translationId } = await db.transaction((tx) => createPage(tx, edith, pageCreateSchema.parse({ title, parentId: '', position: String(100 + n) })));
  return { pageId, translationId, form: { locale: 'fr', pageId, contentLocale: 'fr', baseVersion: '1', baseState: 'draft', title, slug: '', summary: '', body } };
}
const stored = async (translationId: string) => (await db.select().from(pageTranslations).where(and(eq(pageTranslations.id, translationId))))[0]!;
const refusal = (state: unknown) => state as { status: string; formError?: string; data?: PageSaveRefusalData; values?: Record<string, unknown> };
const publish = (translationId: string, baseVersion: number, on: boolean) =>
  callAction(publishPageAction, { locale: 'fr', translationId, baseVersion: String(baseVersion), publish: on ? '1' : '0' });
/** The refusal of a save for a state changed since the page was opened, naming who changed it. */
const stateChanged = (who: string, did: 'publié' | 'dépublié') =>
  typeset(`${who} a ${did} cette page depuis que vous l’avez ouverte : rien n’a été enregistré. L’éditeur montre maintenant son état actuel et ses boutons, votre texte est conservé ; enregistrez à nouveau si c’est bien ce que vous voulez.`, 'fr');

describe('a page save that meets a colleague’s change', () => {
  it('a version saved and published meanwhile: the conflict answers the page as now stored', async () => {
    const { translationId, form } = await openedPage();
    expect((await callAction(savePageAction, { ...form, summary: 'Le résumé d’Edith.', intent: 'publish' })).redirectedTo).toBeDefined();

    acting.user = eric;
    const run = await callAction(savePageAction, { ...form, summary: 'Le résumé d’Eric.', intent: 'save' });
    const answer = refusal(run.state);
    expect(answer).toMatchObject({ status: 'error', formError: fr.AdminPages.refusal.conflict, values: { summary: 'Le résumé d’Eric.' } });
    expect(answer.data?.conflict).toMatchObject({ currentVersion: 2, savedBy: edith.name });
    expect(answer.data?.current).toMatchObject({
      translationId,
      version: 2,
      status: 'published',
      slugKnown: true,
      chip: { state: 'published', label: fr.AdminPages.state.published, why: null },
      lastSave: { byName: edith.name },
    });
    expect(await stored(translationId)).toMatchObject({ version: 2, summary: 'Le résumé d’Edith.', status: 'published' });

    // Sent from the state and version answered: it goes through, on the live page.
    const next = await callAction(savePageAction, { ...form, baseVersion: '2', baseState: answer.data!.current!.status!, summary: 'Le résumé d’Eric.', intent: 'save' });
    expect(next.redirectedTo).toMatch(/\?saved=save$/);
    expect(await stored(translationId)).toMatchObject({ version: 3, summary: 'Le résumé d’Eric.', status: 'published' });
  });

  it('published as it was meanwhile: a draft’s save is refused for its state, nothing saved, then goes through from the state answered', async () => {
    const { translationId, form } = await openedPage();
    expect((await publish(translationId, 1, true)).redirectedTo).toBeDefined();
    expect(await stored(translationId)).toMatchObject({ version: 1, status: 'published' });

    acting.user = eric;
    const run = await callAction(savePageAction, { ...form, summary: 'Pas pour les lecteurs.', intent: 'save' });
    const answer = refusal(run.state);
    expect(answer).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'publié'), values: { summary: 'Pas pour les lecteurs.' } });
    expect(answer.data?.conflict).toBeUndefined();
    expect(answer.data?.current).toMatchObject({ translationId, version: 1, status: 'published', slugKnown: true, chip: { state: 'published' } });
    expect(await stored(translationId)).toMatchObject({ version: 1, summary: null, status: 'published' });

    const next = await callAction(savePageAction, { ...form, baseState: 'published', summary: 'Pour les lecteurs.', intent: 'save' });
    expect(next.redirectedTo).toBeDefined();
    expect(await stored(translationId)).toMatchObject({ version: 2, summary: 'Pour les lecteurs.', status: 'published' });
  });

  it('published meanwhile by no one the log knows (a script, the database by hand): the refusal says someone else', async () => {
    const { translationId, form } = await openedPage();
    await db.update(pageTranslations).set({ status: 'published', publishAt: new Date() }).where(eq(pageTranslations.id, translationId));

    acting.user = eric;
    const answer = refusal((await callAction(savePageAction, { ...form, summary: 'Pas pour les lecteurs.', intent: 'save' })).state);
    expect(answer).toMatchObject({ status: 'error', formError: stateChanged('Quelqu’un d’autre', 'publié') });
  });

  it('unpublished meanwhile: "save (live)" is refused for its state, then the draft is saved from the state answered', async () => {
    const { translationId, form } = await openedPage();
    await publish(translationId, 1, true);
    const opened = { ...form, baseState: 'published' };
    await publish(translationId, 1, false);

    acting.user = eric;
    const answer = refusal((await callAction(savePageAction, { ...opened, summary: 'Pour les lecteurs.', intent: 'save' })).state);
    expect(answer).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'dépublié') });
    expect(answer.data?.current).toMatchObject({ version: 1, status: 'draft', chip: { state: 'draft', label: fr.AdminPages.state.draft } });
    expect(await stored(translationId)).toMatchObject({ version: 1, summary: null, status: 'draft' });

    const next = await callAction(savePageAction, { ...opened, baseState: 'draft', summary: 'Pour les lecteurs.', intent: 'save' });
    expect(next.redirectedTo).toBeDefined();
    expect(await stored(translationId)).toMatchObject({ version: 2, summary: 'Pour les lecteurs.', status: 'draft' });
  });

  it('a save refused for another reason (an address taken) answers no stored state', async () => {
    const a = await openedPage();
    const b = await openedPage();
    const taken = (await stored(a.translationId)).slug;
    const answer = refusal((await callAction(savePageAction, { ...b.form, slug: taken })).state);
    expect(answer.status).toBe('error');
    expect(answer.data?.current).toBeUndefined();
  });
});
