/**
 * The state panel's steps on an organization page (publish the saved version, unpublish) when
 * the translation changed since the editor was opened, and what a refused save answers of its
 * source. A step refused because someone else published or unpublished the translation as it
 * was ('stepStateChanged': same version) or saved a new version of its text ('staleStatus')
 * answers the translation as now stored (`current`, as the page read anew computes it:
 * readPageEditor), so the header, the state panel and the form's buttons follow it without
 * the page being read again; nothing is done, and a step on a version the person has not read
 * is refused again — no text goes online unread. A refused save's answer carries the text the
 * translation translates as now stored (its revision, what changed in it since), so the panel
 * beside the form and "changes carried over" follow it too. Restoring an old version from a
 * history that showed the page in the other state is refused as well ('restoreStateChanged'):
 * the history asks before a restore readers see at once, and it had not asked. Refused for that
 * or for a new version saved since ('staleRestore'), the history is drawn again (refresh()).
 * A save over a page deleted meanwhile says who deleted it and when, the text kept.
 * Actions called as a forged POST would.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { deletePageAction, publishPageAction, restorePageRevisionAction, savePageAction, type PageSaveRefusalData } from '@/app/[locale]/(dashboard)/dashboard/pages/actions';
import { db } from '@/db';
import { getPageSourceComparison } from '@/db/queries/dashboard-pages';
import { createPage, createPageTranslation } from '@/db/queries/page-writes';
import type { PublicUser } from '@/db/queries/users';
import { pageRevisions, pageTranslations } from '@/db/schema';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { pageCreateSchema } from '@/lib/validation/pages';
import fr from '@/messages/fr.json';
import { acting, callAction } from './action-harness';
// The screens an action asks to be drawn again (lib/redraw-on-refusal.ts), counted.
import { refreshes } from './next-cache';
import { insertUser } from './admin-fixtures';
import { typeset } from '@/lib/typography';

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

const body = (text: string) => JSON.stringify(docFromParagraphs([text]));

/** A new page (its French text a draft, version 1). */
async function newPage() {
  const title = `Page aux étapes ${++n}`;
  const { pageId, translationId } = await db.transaction((tx) => createPage(tx, edith, pageCreateSchema.parse({ title, parentId: '', position: String(200 + n) })));
  return { pageId, translationId, title };
}
const stored = async (translationId: string) => (await db.select().from(pageTranslations).where(eq(pageTranslations.id, translationId)))[0]!;
const answerOf = (state: unknown) => state as { status: string; formError?: string; data?: PageSaveRefusalData };
/** The state panel's step, from the version and the state it shows. */
const step = (translationId: string, baseVersion: number, baseState: 'draft' | 'published', on: boolean) =>
  callAction(publishPageAction, { locale: 'fr', translationId, baseVersion: String(baseVersion), baseState, publish: on ? '1' : '0' });

describe('a state panel step on a page someone else changed meanwhile', () => {
  it('published as it was: "publish the saved version" is refused for its state, answers the published page, then "unpublish" from it goes through', async () => {
    const { translationId } = await newPage();
    expect((await step(translationId, 1, 'draft', true)).redirectedTo).toMatch(/\?saved=published$/);

    // Eric's panel still shows the draft.
    acting.user = eric;
    const answer = answerOf((await step(translationId, 1, 'draft', true)).state);
    // Who published it, and that it is published now.
    expect(answer).toMatchObject({
      status: 'error',
      formError: typeset(`${edith.name} a publié cette page depuis que vous l’avez ouverte : rien n’a été fait. L’éditeur montre maintenant son état actuel et ses boutons ; choisissez à nouveau si c’est bien ce que vous voulez.`, 'fr'),
    });
    expect(answer.data?.current).toMatchObject({
      translationId,
      version: 1,
      status: 'published',
      slugKnown: true,
      chip: { state: 'published', label: fr.AdminPages.state.published },
    });

    // From the state answered (same version: he has read it), his step goes through.
    const next = await step(translationId, 1, answer.data!.current!.status!, false);
    expect(next.redirectedTo).toMatch(/\?saved=unpublished$/);
    expect(await stored(translationId)).toMatchObject({ version: 1, status: 'draft' });
  });

  it('unpublished as it was: "unpublish" is refused for its state and answers the draft', async () => {
    const { translationId } = await newPage();
    await step(translationId, 1, 'draft', true);
    await step(translationId, 1, 'published', false);

    acting.user = eric;
    const answer = answerOf((await step(translationId, 1, 'published', false)).state);
    expect(answer).toMatchObject({ status: 'error' });
    expect(answer.formError).toContain(typeset(`${edith.name} a dépublié cette page depuis que vous l’avez ouverte : rien n’a été fait.`, 'fr'));
    expect(answer.data?.current).toMatchObject({ version: 1, status: 'draft', chip: { state: 'draft', label: fr.AdminPages.state.draft } });
    expect(await stored(translationId)).toMatchObject({ version: 1, status: 'draft' });
  });

  it('a new version saved and published: the step is refused as the text changed, answers the page as stored, and is refused again on the version not read', async () => {
    const { pageId, translationId, title } = await newPage();
    expect(
      (await callAction(savePageAction, { locale: 'fr', pageId, contentLocale: 'fr', baseVersion: '1', baseState: 'draft', title, slug: '', summary: 'Le résumé d’Edith.', body: body('Texte.'), intent: 'publish' }))
        .redirectedTo,
    ).toBeDefined();

    acting.user = eric;
    const saidStale = typeset(`${edith.name} a enregistré une nouvelle version du texte (version 2) depuis que vous l’avez ouvert : rien n’a été fait. Ses différences avec votre texte sont montrées dans l’éditeur ; gardez vos modifications ou chargez sa version, puis choisissez à nouveau.`, 'fr');
    const answer = answerOf((await step(translationId, 1, 'draft', true)).state);
    expect(answer).toMatchObject({ status: 'error', formError: saidStale });
    expect(answer.data?.current).toMatchObject({ translationId, version: 2, status: 'published', lastSave: { byName: edith.name }, chip: { state: 'published' } });
    // Its text, and how it differs from the version Eric read, for his editor to show as a
    // save's conflict (keep his text over it, or load it) — rather than telling him to reload.
    expect(answer.data).toMatchObject({ conflict: { currentVersion: 2, savedBy: edith.name, theirs: { summary: 'Le résumé d’Edith.' } }, theirsBody: JSON.parse(body('Texte.')) });
    expect(answer.data!.conflict!.diff.filter((d) => d.changed).map((d) => d.field)).toEqual(['summary', 'body']);

    // The panel shows the published version 2, but Eric has not read it: unpublishing it from
    // the version he read is refused again, and nothing changed.
    const again = answerOf((await step(translationId, 1, 'published', false)).state);
    expect(again).toMatchObject({ status: 'error', formError: saidStale });
    expect(await stored(translationId)).toMatchObject({ version: 2, status: 'published' });
    await step(translationId, 2, 'published', false);
  });

  it('a step refused for another reason (a French copy not translated) answers no stored state', async () => {
    const { pageId } = await newPage();
    const made = await db.transaction((tx) => createPageTranslation(tx, edith, { pageId, contentLocale: 'en' }));
    const answer = answerOf((await step(made.translationId, 1, 'draft', true)).state);
    expect(answer.status).toBe('error');
    expect(answer.data?.current).toBeUndefined();
  });
});

describe('a refused save answers the source as now stored', () => {
  it('the French changed and the English was saved meanwhile: the answer shows the latest French, what changed, and the English as outdated', async () => {
    const { pageId, title } = await newPage();
    const french = (baseVersion: string, text: string) =>
      callAction(savePageAction, { locale: 'fr', pageId, contentLocale: 'fr', baseVersion, baseState: 'draft', title, slug: '', summary: '', body: body(text), intent: 'save' });
    await french('1', 'Notre mandat.');
    const english = await db.transaction((tx) => createPageTranslation(tx, edith, { pageId, contentLocale: 'en' }));
    const englishForm = { locale: 'fr', pageId, contentLocale: 'en', baseState: 'draft', title: 'Our page', slug: '', summary: '', intent: 'save' };
    // Eric opens the English (version 1, up to date with French version 2).
    // Edith then changes the French (version 3) and saves the English (version 2).
    await french('2', 'Notre mandat, élargi aux régions.');
    expect((await callAction(savePageAction, { ...englishForm, baseVersion: '1', body: body('Our mandate.') })).redirectedTo).toBeDefined();

    acting.user = eric;
    const answer = answerOf((await callAction(savePageAction, { ...englishForm, baseVersion: '1', body: body('Our mission.') })).state);
    expect(answer).toMatchObject({ status: 'error', formError: fr.AdminPages.refusal.conflict });
    const latest = (await getPageSourceComparison(pageId, 'fr', null))!.current;
    expect(latest.version).toBe(3);
    expect(answer.data?.current).toMatchObject({
      translationId: english.translationId,
      version: 2,
      outdated: true,
      source: {
        locale: 'fr',
        heading: 'Texte source (français)',
        revisionId: latest.id,
        title,
        paragraphs: ['Notre mandat, élargi aux régions.'],
        changes: { heading: 'Modifié dans la source depuis votre traduction (version 2 → 3)' },
      },
    });
    const changes = answer.data!.current!.source!.changes!.diffs.find((d) => d.field === 'body')!;
    expect(changes.parts.filter((p) => p.kind === 'added').map((p) => p.value).join('')).toContain('élargi aux régions');
  });
});

describe('restoring an old version from a history that showed the page in another state', () => {
  /** A page with two versions (a draft), its history open: version 1 to restore. */
  async function twoVersions() {
    const { pageId, translationId, title } = await newPage();
    const saved = await callAction(savePageAction, { locale: 'fr', pageId, contentLocale: 'fr', baseVersion: '1', baseState: 'draft', title, slug: '', summary: '', body: body('Version 2.'), intent: 'save' });
    expect(saved.redirectedTo).toBeDefined();
    const [v1] = await db.select().from(pageRevisions).where(eq(pageRevisions.translationId, translationId)).orderBy(pageRevisions.version).limit(1);
    return { translationId, v1: v1! };
  }
  const restore = (translationId: string, revisionId: string, baseState: 'draft' | 'published') =>
    callAction(restorePageRevisionAction, { locale: 'fr', translationId, baseVersion: '2', baseState, revisionId });
  /** The refusal for a state changed since, naming who changed it and into what. */
  const stateChanged = (who: string, did: 'publié' | 'dépublié') =>
    typeset(`${who} a ${did} cette page depuis que vous avez ouvert l’historique : rien n’a été restauré. L’historique montre maintenant son état actuel ; restaurez à nouveau si c’est bien ce que vous voulez.`, 'fr');

  it('a draft’s history, the page published meanwhile: refused, readers keep version 2; restored again from that state', async () => {
    const { translationId, v1 } = await twoVersions();
    expect((await step(translationId, 2, 'draft', true)).redirectedTo).toBeDefined();

    acting.user = eric;
    refreshes.clear();
    expect((await restore(translationId, v1.id, 'draft')).state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'publié') });
    expect(refreshes.count()).toBe(1);
    expect(await stored(translationId)).toMatchObject({ status: 'published', version: 2 });

    expect((await restore(translationId, v1.id, 'published')).redirectedTo).toMatch(/\?saved=restored$/);
    expect(await stored(translationId)).toMatchObject({ status: 'published', version: 3 });
  });

  it('a new version saved since the history was opened: refused, the history drawn again, and restored from it', async () => {
    const { translationId, v1 } = await twoVersions();
    const { pageId, title } = await stored(translationId);
    await callAction(savePageAction, { locale: 'fr', pageId, contentLocale: 'fr', baseVersion: '2', baseState: 'draft', title, slug: '', summary: '', body: body('Version 3.'), intent: 'save' });

    acting.user = eric;
    refreshes.clear();
    // Who saved the version the history did not show yet.
    expect((await restore(translationId, v1.id, 'draft')).state).toMatchObject({
      status: 'error',
      formError: typeset(
        `${edith.name} a enregistré une nouvelle version de cette page depuis que vous avez ouvert l’historique : rien n’a été restauré. L’historique la montre maintenant ; restaurez à nouveau si c’est bien ce que vous voulez.`,
        'fr',
      ),
    });
    expect(refreshes.count()).toBe(1);
    expect(await stored(translationId)).toMatchObject({ version: 3, bodyText: 'Version 3.' });

    refreshes.clear();
    const again = await callAction(restorePageRevisionAction, { locale: 'fr', translationId, baseVersion: '3', baseState: 'draft', revisionId: v1.id });
    expect(again.redirectedTo).toMatch(/\?saved=restored$/);
    expect(refreshes.count()).toBe(0);
    expect(await stored(translationId)).toMatchObject({ version: 4 });
  });

  it('a published page’s history, unpublished meanwhile: refused too', async () => {
    const { translationId, v1 } = await twoVersions();
    await step(translationId, 2, 'draft', true);
    await step(translationId, 2, 'published', false);

    acting.user = eric;
    expect((await restore(translationId, v1.id, 'published')).state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'dépublié') });
    expect(await stored(translationId)).toMatchObject({ status: 'draft', version: 2 });
  });

  it('published by a script (no one the audit log knows): "someone else" published it', async () => {
    const { translationId, v1 } = await twoVersions();
    await db.update(pageTranslations).set({ status: 'published', publishAt: new Date() }).where(eq(pageTranslations.id, translationId));

    acting.user = eric;
    expect((await restore(translationId, v1.id, 'draft')).state).toMatchObject({ status: 'error', formError: stateChanged('Quelqu’un d’autre', 'publié') });
    expect(await stored(translationId)).toMatchObject({ status: 'published', version: 2 });
    await db.update(pageTranslations).set({ status: 'draft' }).where(eq(pageTranslations.id, translationId));
  });
});

describe('a save over a page deleted meanwhile', () => {
  it('says who deleted it and when, and keeps the text typed', async () => {
    const { pageId, title } = await newPage();
    acting.user = eric;
    expect((await callAction(deletePageAction, { locale: 'fr', id: pageId })).redirectedTo).toBeDefined();

    acting.user = edith;
    const form = { locale: 'fr', pageId, contentLocale: 'fr', baseVersion: '1', baseState: 'draft', title, slug: '', summary: '', body: body('Texte à ne pas perdre.'), intent: 'save' };
    const answer = (await callAction(savePageAction, form)).state as { status: string; formError?: string; values?: Record<string, unknown>; data?: PageSaveRefusalData };
    expect(answer).toMatchObject({ status: 'error', formError: fr.AdminPages.refusal.deletedMeanwhile, values: { body: body('Texte à ne pas perdre.') } });
    expect(answer.data?.deleted).toEqual({ by: eric.name, at: expect.any(String) });
    expect(Date.now() - new Date(answer.data!.deleted!.at!).getTime()).toBeLessThan(60_000);
  });

  it('a page the log knows no deletion of (an address made up): “no longer exists”, as before', async () => {
    const answer = (await callAction(savePageAction, { locale: 'fr', pageId: '00000000-0000-4000-8000-000000000001', contentLocale: 'fr', baseVersion: '1', baseState: 'draft', title: 'X', slug: '', summary: '', body: body('X'), intent: 'save' })).state;
    expect(answer).toMatchObject({ status: 'error', formError: fr.AdminPages.refusal.missing });
  });
});
