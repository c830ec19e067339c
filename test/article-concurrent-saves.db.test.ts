/**
 * Two people on the same releases at once, through the save action as the editor posts it.
 *
 * - A plain save ("Enregistrer le brouillon", "Enregistrer (en ligne)") sent from a page that
 *   showed another workflow state than the one stored now: its button promised what the save
 *   would do (keep the text offline, change the text readers see), and a colleague's step since
 *   changed that. Refused like a step, nothing written, the text kept and the state now stored
 *   answered; the save sent again from that state goes through. Before, a draft's "save" over a
 *   release a colleague had published meanwhile put the text online, unreviewed.
 * - So is restoring an old version from a history page that showed the release offline when it
 *   is online or scheduled now (or the reverse): the history asks before a restore changes what
 *   readers get, and it did not ask. Before, the old text went online without a question.
 *   Restored from a history opened before a colleague saved a new version, or published a
 *   scheduled release at once (or for another time), it is refused too, and the history is drawn
 *   again with the versions and the state now, rather than telling the person to reload it.
 * - A topic or an image an administrator deletes at the very moment a release choosing it is
 *   saved: the save waits for the deletion, then says at the field that it is gone, the text
 *   kept and nothing written — rather than failing on the foreign key with "unexpected error".
 * - A writer's restore refused because the release was published meanwhile (they may no longer
 *   edit it) draws the history again, as the other refusals for a changed state do.
 * - Two releases saved at the same moment under the same address: the second one saved waits
 *   for the first and takes the next free address (or, typed, is told it is taken), rather than
 *   failing on the unique index with "unexpected error". So does the second of two "Translate
 *   into…" clicked at once: it opens the translation the first made.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { createTranslationAction, restoreRevisionAction, saveArticleAction, transitionAction, type SaveRefusalData } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { deleteMedia } from '@/db/queries/media';
import { deleteTopic } from '@/db/queries/topics';
import { articleRevisions, articleTranslations, articles, articleTopics, auditLog, media, offices, topics, topicTranslations } from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import { typeset } from '@/lib/typography';
import fr from '@/messages/fr.json';
import { acting, callAction, type ActionRun } from './action-harness';
// The screens an action asks to be drawn again (lib/redraw-on-refusal.ts), counted.
import { refreshes } from './next-cache';
import { atOnce } from './at-once';
import { articleForm, insertCountries, insertOffice, insertUser, paragraphBody as body } from './admin-fixtures';

let edith: PublicUser;
let eric: PublicUser;
let officeId: string;
let n = 0;

beforeAll(async () => {
  await insertCountries();
  edith = await insertUser('editor');
  eric = await insertUser('editor');
  officeId = await insertOffice();
});

const stored = async (id: string) => (await db.select().from(articleTranslations).where(eq(articleTranslations.id, id)))[0]!;

/** A draft Edith saved (version 1), as Eric's form holds it when he opens it. */
async function openedDraft() {
  acting.user = edith;
  const f = articleForm(officeId, `Deux à la fois ${++n} ${Date.now().toString(36)}`, 'Texte de départ.');
  await callAction(saveArticleAction, f);
  const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
  return { t: t!, form: { ...f, articleId: t!.articleId, articleVersion: '1', baseVersion: '1', baseState: workflowStamp(t!), slug: t!.slug, slugAuto: '' } };
}

/** The refusal of a save for a step taken since the page was opened, naming who took it and the state now. */
const saveStateChanged = (who: string, state: string) =>
  typeset(`${who} a fait passer la traduction à l’état « ${state} » depuis l’ouverture de la page : rien n’a été enregistré. L’éditeur montre maintenant cet état, votre texte est conservé ; choisissez à nouveau l’étape suivante.`, 'fr');

const step = (translationId: string, baseState: string, transition: string) =>
  callAction(transitionAction, { locale: 'fr', translationId, baseVersion: '1', baseState, transition });

describe('a plain save from a page that showed another workflow state', () => {
  it('“save the draft” over a release a colleague published meanwhile: refused, nothing goes online, the text kept', async () => {
    const { t, form } = await openedDraft();
    acting.user = edith;
    expect((await step(t.id, form.baseState, 'publish')).redirectedTo).toBeDefined();
    const published = await stored(t.id);

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, body: body('Brouillon d’Eric, pas relu.') });
    expect(run.state).toMatchObject({ status: 'error', formError: saveStateChanged(edith.name, 'Publié'), values: { body: body('Brouillon d’Eric, pas relu.') } });
    // What readers see is still the text Edith published.
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 1, bodyText: 'Texte de départ.' });
    const current = (run.state as { data?: SaveRefusalData }).data!.current!;
    expect(current.workflow).toMatchObject({ stamp: workflowStamp(published), status: 'published' });

    // Sent again from the state now shown ("Enregistrer (en ligne)"), it goes through.
    const again = await callAction(saveArticleAction, { ...form, body: body('Brouillon d’Eric, pas relu.'), baseState: current.workflow.stamp! });
    expect(again.redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 2, bodyText: 'Brouillon d’Eric, pas relu.' });
  });

  it('“save (online)” over a release a colleague unpublished meanwhile: refused, the editor told it is offline now', async () => {
    const { t, form } = await openedDraft();
    acting.user = edith;
    await step(t.id, form.baseState, 'publish');
    const live = workflowStamp(await stored(t.id));
    await step(t.id, live, 'unpublish');

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, baseState: live, body: body('Correction en ligne.') });
    expect(run.state).toMatchObject({ status: 'error', formError: saveStateChanged(edith.name, 'Brouillon') });
    expect((run.state as { data?: SaveRefusalData }).data?.current?.workflow).toMatchObject({ stamp: 'draft', status: 'draft' });
    expect(await stored(t.id)).toMatchObject({ status: 'draft', version: 1 });
  });

  it('published meanwhile by no one the log knows (a script, the database by hand): the refusal says someone else', async () => {
    const { t, form } = await openedDraft();
    await db.update(articleTranslations).set({ status: 'published', publishAt: new Date() }).where(eq(articleTranslations.id, t.id));

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, body: body('Brouillon d’Eric, pas relu.') });
    expect(run.state).toMatchObject({ status: 'error', formError: saveStateChanged('Quelqu’un d’autre', 'Publié') });
  });

  it('a save from the state stored goes through as before', async () => {
    const { t, form } = await openedDraft();
    acting.user = eric;
    expect((await callAction(saveArticleAction, { ...form, body: body('Suite.') })).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'draft', version: 2, bodyText: 'Suite.' });
  });
});

/**
 * A release with two versions (a draft), its history open on Eric's screen: version 1 to restore,
 * the state the history showed (its stamp, sent with the restore).
 */
async function openedHistory() {
  const { t, form } = await openedDraft();
  acting.user = edith;
  expect((await callAction(saveArticleAction, { ...form, body: body('Version 2, relue.') })).redirectedTo).toBeDefined();
  const [v1] = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, t.id)).orderBy(articleRevisions.version).limit(1);
  return { t, v1: v1!, shown: workflowStamp(await stored(t.id)) };
}

const restore = (translationId: string, revisionId: string, baseState: string) =>
  callAction(restoreRevisionAction, { locale: 'fr', translationId, baseVersion: '2', baseState, revisionId });

const stepFrom = (translationId: string, transition: string, o: Record<string, string> = {}) =>
  callAction(transitionAction, { locale: 'fr', translationId, baseVersion: '2', transition, ...o });

/** The refusal for a state changed since the history was opened, naming who changed it and the state it is in now. */
const stateChanged = (who: string, state: string) =>
  typeset(`${who} a fait passer la traduction à l’état « ${state} » depuis l’ouverture de l’historique : rien n’a été restauré. L’historique montre maintenant cet état ; restaurez à nouveau si c’est bien ce que vous voulez.`, 'fr');

describe('restoring an old version from a history page that showed another workflow state', () => {
  it('a draft’s history, the release published meanwhile: refused, readers keep the text published; restored again from that state', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    expect((await stepFrom(t.id, 'publish', { baseState: shown })).redirectedTo).toBeDefined();
    const live = workflowStamp(await stored(t.id));

    // Eric's history still shows the draft: its restore asked nothing.
    acting.user = eric;
    const run = await restore(t.id, v1.id, shown);
    // Who published it, and that it is online now.
    expect(run.state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'Publié') });
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 2, bodyText: 'Version 2, relue.' });

    // The history read anew shows it online, and asks; restored from that state, it goes through.
    expect((await restore(t.id, v1.id, live)).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 3, bodyText: 'Texte de départ.' });
  });

  it('a draft’s history, the release scheduled meanwhile: refused', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    const at = new Date(Date.now() + 86_400_000).toISOString();
    expect((await stepFrom(t.id, 'publish', { baseState: shown, publishAt: at })).redirectedTo).toBeDefined();

    acting.user = eric;
    expect((await restore(t.id, v1.id, shown)).state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'Programmé') });
    expect(await stored(t.id)).toMatchObject({ version: 2, bodyText: 'Version 2, relue.' });
  });

  it('an online release’s history, unpublished meanwhile: refused too (it asked about readers who no longer see it)', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    await stepFrom(t.id, 'publish', { baseState: shown });
    const live = workflowStamp(await stored(t.id));
    await stepFrom(t.id, 'unpublish', { baseState: live });

    acting.user = eric;
    expect((await restore(t.id, v1.id, live)).state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'Brouillon') });
    expect(await stored(t.id)).toMatchObject({ status: 'draft', version: 2 });
  });

  it('a new version saved since the history was opened: refused, the history drawn again, and restored from it', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    const form = { ...articleForm(officeId, t.title, 'Version 3, d’Edith.'), articleId: t.articleId, articleVersion: '1', baseVersion: '2', baseState: shown, slug: t.slug, slugAuto: '' };
    expect((await callAction(saveArticleAction, form)).redirectedTo).toBeDefined();

    acting.user = eric;
    refreshes.clear();
    const run = await restore(t.id, v1.id, shown);
    // Who saved the version the history did not show yet.
    expect(run.state).toMatchObject({
      status: 'error',
      formError: typeset(
        `${edith.name} a enregistré une nouvelle version de cette traduction depuis l’ouverture de l’historique : rien n’a été restauré. L’historique la montre maintenant ; restaurez à nouveau si c’est bien ce que vous voulez.`,
        'fr',
      ),
    });
    expect(refreshes.count()).toBe(1);
    expect(await stored(t.id)).toMatchObject({ version: 3, bodyText: 'Version 3, d’Edith.' });

    // The history drawn again sends version 3: the restore goes through.
    refreshes.clear();
    expect((await callAction(restoreRevisionAction, { locale: 'fr', translationId: t.id, baseVersion: '3', baseState: shown, revisionId: v1.id })).redirectedTo).toBeDefined();
    expect(refreshes.count()).toBe(0);
    expect(await stored(t.id)).toMatchObject({ version: 4, bodyText: 'Texte de départ.' });
  });

  it('a refusal for the state changed draws the history again too', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    await stepFrom(t.id, 'publish', { baseState: shown });
    acting.user = eric;
    refreshes.clear();
    expect((await restore(t.id, v1.id, shown)).state).toMatchObject({ formError: stateChanged(edith.name, 'Publié') });
    expect(refreshes.count()).toBe(1);
  });

  it('a scheduled release’s history (“comes out on …”), published at once meanwhile: refused, the text online stays', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    expect((await stepFrom(t.id, 'publish', { baseState: shown, publishAt: new Date(Date.now() + 86_400_000).toISOString() })).redirectedTo).toBeDefined();
    const scheduled = workflowStamp(await stored(t.id));
    expect((await stepFrom(t.id, 'publish', { baseState: scheduled })).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 2 });
    expect((await stored(t.id)).publishAt!.getTime()).toBeLessThanOrEqual(Date.now());

    // Eric's history said the text restored would come out tomorrow: it would be online at once.
    acting.user = eric;
    refreshes.clear();
    expect((await restore(t.id, v1.id, scheduled)).state).toMatchObject({ status: 'error', formError: stateChanged(edith.name, 'Publié') });
    expect(refreshes.count()).toBe(1);
    expect(await stored(t.id)).toMatchObject({ version: 2, bodyText: 'Version 2, relue.' });

    // From the history drawn again (online now, it asks), it goes through.
    expect((await restore(t.id, v1.id, workflowStamp(await stored(t.id)))).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 3, bodyText: 'Texte de départ.' });
  });

  it('published by a script (no step in the audit log): "someone else" is named', async () => {
    const { t, v1, shown } = await openedHistory();
    await db.update(articleTranslations).set({ status: 'published', publishAt: new Date() }).where(eq(articleTranslations.id, t.id));

    acting.user = eric;
    expect((await restore(t.id, v1.id, shown)).state).toMatchObject({ status: 'error', formError: stateChanged('Quelqu’un d’autre', 'Publié') });
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 2 });
  });

  it('submitted for review meanwhile (still offline): restored as before', async () => {
    const { t, v1, shown } = await openedHistory();
    acting.user = edith;
    expect((await stepFrom(t.id, 'submit', { baseState: shown })).redirectedTo).toBeDefined();

    acting.user = eric;
    expect((await restore(t.id, v1.id, shown)).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'in_review', version: 3, bodyText: 'Texte de départ.' });
  });
});

/** The saves, held at their insert of the article (the office they name is locked meanwhile) until they meet. */
const sameMoment = (office: string, saves: (() => Promise<ActionRun>)[]) =>
  atOnce((tx) => tx.select({ id: offices.id }).from(offices).where(eq(offices.id, office)).for('update'), saves);

describe('two releases saved under the same address at the same moment', () => {
  it('with the address taken from the title: both saved, the second at the next free address', async () => {
    const office = await insertOffice();
    const title = `Même titre au même moment ${Date.now().toString(36)}`;
    acting.user = edith;
    const runs = await sameMoment(office, [
      () => callAction(saveArticleAction, articleForm(office, title, 'Texte d’Edith.')),
      () => callAction(saveArticleAction, articleForm(office, title, 'Texte d’Eric.')),
    ]);
    expect(runs.map((r) => r.state ?? null)).toEqual([null, null]);
    expect(runs.every((r) => r.redirectedTo)).toBe(true);
    const rows = await db.select({ slug: articleTranslations.slug }).from(articleTranslations).where(eq(articleTranslations.title, title));
    const slugs = rows.map((r) => r.slug).sort();
    expect(slugs).toHaveLength(2);
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
    // One article per save, each with its audit entry; none left without a translation.
    const made = await db.select({ id: articles.id }).from(articles).where(eq(articles.contactOfficeId, office));
    expect(made).toHaveLength(2);
    const entries = await db.select({ id: auditLog.id }).from(auditLog).where(sql`${auditLog.action} = 'article.create' and ${auditLog.detail}->>'articleId' in (${sql.join(made.map((m) => sql`${m.id}`), sql`, `)})`);
    expect(entries).toHaveLength(2);
  });

  it('with the same address typed: the second is told at its field that it is taken, its text kept', async () => {
    const office = await insertOffice();
    const slug = `adresse-tapee-${Date.now().toString(36)}`;
    acting.user = edith;
    const runs = await sameMoment(office, [
      () => callAction(saveArticleAction, articleForm(office, 'Premier', 'Texte d’Edith.', { slug, slugAuto: '' })),
      () => callAction(saveArticleAction, articleForm(office, 'Second', 'Texte d’Eric.', { slug, slugAuto: '' })),
    ]);
    const refused = runs.filter((r) => !r.redirectedTo);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.state).toMatchObject({ status: 'error', fieldErrors: { slug: fr.Validation.article.slugTaken }, values: { slug } });
    const made = await db
      .select({ body: articleTranslations.bodyText })
      .from(articles)
      .innerJoin(articleTranslations, eq(articleTranslations.articleId, articles.id))
      .where(eq(articles.contactOfficeId, office));
    expect(made).toHaveLength(1);
    // The one refused keeps its own text in the form (the other one's was saved).
    const kept = (refused[0]!.state as { values?: Record<string, string> }).values!.body;
    expect([body('Texte d’Edith.'), body('Texte d’Eric.')]).toContain(kept);
    expect(kept).not.toBe(body(made[0]!.body));
  });
});

describe('the same release translated twice at once', () => {
  it('makes one translation, which both are taken to', async () => {
    const { t } = await openedDraft();
    const translate = () => callAction(createTranslationAction, { locale: 'fr', articleId: t.articleId, contentLocale: 'en', sourceLocale: 'fr' });
    // Held at the insert of the translation (its article is locked meanwhile).
    const runs = await atOnce((tx) => tx.select({ id: articles.id }).from(articles).where(eq(articles.id, t.articleId)).for('update'), [translate, translate]);
    expect(runs.map((r) => r.state ?? null)).toEqual([null, null]);
    expect(runs[0]!.redirectedTo).toBe(runs[1]!.redirectedTo);
    const made = await db.select({ locale: articleTranslations.locale }).from(articleTranslations).where(eq(articleTranslations.articleId, t.articleId));
    expect(made.map((m) => m.locale).sort()).toEqual(['en', 'fr']);
  });
});

describe('a topic or an image deleted by an administrator at the moment a release choosing it is saved', () => {
  it('the topic: the save waits, then says at the topics that one is gone; its text kept, nothing half-saved', async () => {
    const { t, form } = await openedDraft();
    const [topic] = await db.insert(topics).values({ key: `supprime-${Date.now().toString(36)}` }).returning({ id: topics.id });
    await db.insert(topicTranslations).values({ topicId: topic!.id, locale: 'fr', name: 'Thème supprimé', slug: `theme-supprime-${Date.now().toString(36)}` });
    acting.user = eric;
    // The administrator's deletion is under way (the topic locked and deleted, not yet committed) as Eric saves.
    const [run] = await atOnce(
      async (tx) => expect(await deleteTopic(tx, topic!.id)).toEqual({ status: 'deleted' }),
      [() => callAction(saveArticleAction, { ...form, 'topics[]': topic!.id, body: body('Texte d’Eric, avec un thème.') })],
    );
    expect(run!.state).toMatchObject({ status: 'error', fieldErrors: { topics: fr.Validation.article.topicUnknown }, values: { body: body('Texte d’Eric, avec un thème.') } });
    expect(await stored(t.id)).toMatchObject({ version: 1, bodyText: 'Texte de départ.' });
    expect(await db.select().from(articleTopics).where(eq(articleTopics.articleId, t.articleId))).toEqual([]);
  });

  it('the main image: the save waits, then says at the image that it is gone; its text kept', async () => {
    const { t, form } = await openedDraft();
    const [image] = await db.insert(media).values({ src: `/images/supprimee-${Date.now().toString(36)}.jpg`, width: 800, height: 600, mimeType: 'image/jpeg' }).returning({ id: media.id });
    acting.user = eric;
    const [run] = await atOnce(
      async (tx) => expect(await deleteMedia(tx, image!.id)).toMatchObject({ status: 'deleted' }),
      [() => callAction(saveArticleAction, { ...form, heroMediaId: image!.id, body: body('Texte d’Eric, avec une image.') })],
    );
    expect(run!.state).toMatchObject({ status: 'error', fieldErrors: { heroMediaId: fr.Validation.article.heroUnknown }, values: { body: body('Texte d’Eric, avec une image.') } });
    expect(await stored(t.id)).toMatchObject({ version: 1, bodyText: 'Texte de départ.' });
    expect((await db.select({ hero: articles.heroMediaId }).from(articles).where(eq(articles.id, t.articleId)))[0]!.hero).toBeNull();
  });
});

describe('a writer’s restore refused because the release was published since the history was opened', () => {
  it('draws the history again, as the other refusals for a changed state do', async () => {
    const wanda = await insertUser('writer');
    acting.user = wanda;
    const f = articleForm(officeId, `Restauration d’une rédactrice ${++n} ${Date.now().toString(36)}`, 'Texte de départ.');
    await callAction(saveArticleAction, f);
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
    const form = { ...f, articleId: t!.articleId, articleVersion: '1', baseVersion: '1', baseState: workflowStamp(t!), slug: t!.slug, slugAuto: '' };
    expect((await callAction(saveArticleAction, { ...form, body: body('Version 2 de Wanda.') })).redirectedTo).toBeDefined();
    const [v1] = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, t!.id)).orderBy(articleRevisions.version).limit(1);
    const shown = workflowStamp(await stored(t!.id));
    acting.user = edith;
    expect((await stepFrom(t!.id, 'publish', { baseState: shown })).redirectedTo).toBeDefined();

    acting.user = wanda;
    refreshes.clear();
    expect((await restore(t!.id, v1!.id, shown)).state).toMatchObject({ status: 'error', formError: fr.Errors.article.cannotEditPublished });
    expect(refreshes.count()).toBe(1);
    expect(await stored(t!.id)).toMatchObject({ status: 'published', version: 2 });
  });
});
