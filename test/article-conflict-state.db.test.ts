/**
 * A release editor's save that meets a version someone else saved meanwhile (its text, the
 * settings every language shares, a workflow step) answers, beside the conflict, how the
 * translation stands now — its title, state, version, who saved it and when, who sent it for
 * review — for the editor's header, which would otherwise go on showing the version the page
 * was opened on; the person's text stays in the answer. A save (or a step) refused because
 * someone took a workflow step since also answers what the editor does from the state now
 * stored — the stamp its next save or step sends, the state its publish box words its buttons
 * for, the steps offered, whether this person may still edit it — so the editor follows that
 * state and is not refused again for the same change. Actions called as a forged POST would.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { deleteTranslationAction, saveArticleAction, transitionAction, type SaveRefusalData, type StepRefusalData } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { articleTranslations, auditLog } from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import fr from '@/messages/fr.json';
import { acting, callAction } from './action-harness';
import { articleForm, insertCountries, insertOffice, insertUser, paragraphBody as body } from './admin-fixtures';
import { typeset } from '@/lib/typography';

let edith: PublicUser;
let eric: PublicUser;
let wanda: PublicUser;
let officeId: string;
let n = 0;

const fields = (o: Record<string, string> = {}) => articleForm(officeId, `Communiqué en conflit ${++n}`, 'Texte de départ.', o);

beforeAll(async () => {
  await insertCountries();
  edith = await insertUser('editor');
  eric = await insertUser('editor');
  wanda = await insertUser('writer');
  officeId = await insertOffice();
});

/** A draft `author` saved (version 1), as a colleague's form holds it when they open it. */
async function openedDraft(author: PublicUser = edith) {
  acting.user = author;
  const f = fields();
  await callAction(saveArticleAction, f);
  const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
  return { t: t!, form: { ...f, articleId: t!.articleId, articleVersion: '1', baseVersion: '1', baseState: workflowStamp(t!), slug: t!.slug, slugAuto: '' } };
}

const stored = async (id: string) => (await db.select().from(articleTranslations).where(eq(articleTranslations.id, id)))[0]!;

const step = (translationId: string, baseState: string, transition: string, o: Record<string, string> = {}) =>
  callAction(transitionAction, { locale: 'fr', translationId, baseVersion: '1', baseState, transition, ...o });

const refusalData = (state: unknown) => (state as { data?: SaveRefusalData }).data;

describe('a save that meets a colleague’s version', () => {
  it('answers the translation as it now stands: their title, state and version, who saved and sent it', async () => {
    const { t, form } = await openedDraft();
    // Edith retitles it and sends it for review (version 2).
    await callAction(saveArticleAction, { ...form, title: 'Titre d’Edith', intent: 'submit' });

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, body: body('Texte d’Eric, à garder.') });
    expect(run.state).toMatchObject({ status: 'error', values: { body: body('Texte d’Eric, à garder.') } });
    const data = refusalData(run.state)!;
    expect(data.conflict).toMatchObject({ currentVersion: 2, savedBy: edith.name });
    expect(data.current).toMatchObject({
      title: 'Titre d’Edith',
      status: 'in_review',
      version: 2,
      lastSave: { byName: edith.name, shared: null },
      submittedByName: edith.name,
      returned: null,
    });
    const [stored] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, t.id));
    expect(stored).toMatchObject({ version: 2, title: 'Titre d’Edith', bodyText: 'Texte de départ.' });
  });

  it('answers it too when the shared settings met another save, naming what that save changed', async () => {
    const { form } = await openedDraft();
    await callAction(saveArticleAction, { ...form, type: 'news' });

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, type: 'statement' });
    const data = refusalData(run.state)!;
    expect(data.shared).toMatchObject({ currentVersion: 2, savedBy: edith.name });
    expect(data.current).toMatchObject({ status: 'draft', version: 1, lastSave: { byName: edith.name, shared: ['type'] } });
  });

  it('answers it when a step was taken since the page was opened', async () => {
    const { t, form } = await openedDraft();
    await callAction(transitionAction, { locale: 'fr', translationId: t.id, baseVersion: '1', baseState: form.baseState, transition: 'submit' });

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, intent: 'submit' });
    expect(run.state).toMatchObject({ status: 'error', values: { intent: 'submit' } });
    expect(refusalData(run.state)?.current).toMatchObject({ status: 'in_review', version: 1, submittedByName: edith.name });
  });

  it('answers no state with a refusal of the text itself', async () => {
    const { form } = await openedDraft();
    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, title: '' });
    expect(run.state).toMatchObject({ status: 'error', fieldErrors: { title: expect.any(String) } });
    expect(refusalData(run.state)).toBeUndefined();
  });
});

/** The refusal of a save for a step taken since the page was opened, naming who took it and the state now. */
const saveStateChanged = (who: string, state: string) =>
  typeset(`${who} a fait passer la traduction à l’état « ${state} » depuis l’ouverture de la page : rien n’a été enregistré. L’éditeur montre maintenant cet état, votre texte est conservé ; choisissez à nouveau l’étape suivante.`, 'fr');

describe('a save refused for a state changed since the page was opened', () => {
  it('answers the published state a colleague left: its stamp, buttons and steps; the next save goes through', async () => {
    const { t, form } = await openedDraft(edith);
    // Edith publishes it as it is (the text's version stays 1).
    expect((await step(t.id, form.baseState, 'publish')).redirectedTo).toBeDefined();
    const now = await stored(t.id);

    // Eric, on the draft's page, publishes his text: refused, his text kept.
    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, body: body('Texte d’Eric.'), intent: 'publish' });
    expect(run.state).toMatchObject({ status: 'error', formError: saveStateChanged(edith.name, 'Publié'), values: { body: body('Texte d’Eric.') } });
    const current = refusalData(run.state)!.current!;
    expect(current).toMatchObject({ status: 'published', version: 1 });
    expect(current.workflow).toEqual({
      stamp: workflowStamp(now),
      status: 'published',
      publishAt: now.publishAt!.toISOString(),
      edit: true,
      publish: true,
      ownSubmission: false,
      steps: ['unpublish', 'archive'],
      deletable: false,
      inReview: false,
      slugKnown: true,
    });

    // From that state his save goes through, without the page read again.
    const again = await callAction(saveArticleAction, { ...form, body: body('Texte d’Eric.'), baseState: current.workflow.stamp!, intent: 'publish' });
    expect(again.redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'published', version: 2, bodyText: 'Texte d’Eric.' });
  });

  it('answers the schedule a colleague set, for the time field', async () => {
    const { t, form } = await openedDraft(edith);
    const at = new Date(Date.now() + 86_400_000);
    at.setSeconds(0, 0);
    await step(t.id, form.baseState, 'publish', { publishAt: at.toISOString() });

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, intent: 'submit' });
    expect(refusalData(run.state)?.current?.workflow).toMatchObject({
      stamp: `published@${at.toISOString()}`,
      status: 'scheduled',
      publishAt: at.toISOString(),
      edit: true,
      steps: ['unpublish', 'archive'],
      slugKnown: false,
    });
  });

  it('answers the draft a colleague returned it to: a draft’s steps and buttons, and who returned it', async () => {
    const { t, form } = await openedDraft(wanda);
    await callAction(saveArticleAction, { ...form, intent: 'submit' });
    const inReview = await stored(t.id);
    // Eric opens it in review; Edith sends it back meanwhile.
    acting.user = edith;
    await step(t.id, workflowStamp(inReview), 'return', { note: 'À revoir.' });

    acting.user = eric;
    const run = await callAction(saveArticleAction, { ...form, baseState: workflowStamp(inReview), body: body('Relu par Eric.'), intent: 'publish' });
    expect(run.state).toMatchObject({ status: 'error', formError: saveStateChanged(edith.name, 'Brouillon') });
    const current = refusalData(run.state)!.current!;
    expect(current).toMatchObject({ status: 'draft', returned: { byName: edith.name, note: 'À revoir.' } });
    // No step below the form: a draft readers never saw is not archived (deleted, if anything).
    expect(current.workflow).toMatchObject({ stamp: 'draft', status: 'draft', edit: true, publish: true, ownSubmission: false, steps: [], deletable: true, inReview: false });
  });

  it('answers a writer’s save on a draft an editor has since published: no longer theirs to edit', async () => {
    const { t, form } = await openedDraft(wanda);
    acting.user = edith;
    await step(t.id, form.baseState, 'publish');

    acting.user = wanda;
    const run = await callAction(saveArticleAction, { ...form, body: body('Ajout de Wanda.') });
    expect(run.state).toMatchObject({ status: 'error', formError: fr.Errors.article.cannotEditPublished, values: { body: body('Ajout de Wanda.') } });
    const current = refusalData(run.state)!.current!;
    expect(current).toMatchObject({ status: 'published', version: 1 });
    expect(current.workflow).toMatchObject({ status: 'published', edit: false, publish: false, steps: [], deletable: false });
    expect(await stored(t.id)).toMatchObject({ version: 1, bodyText: 'Texte de départ.' });
  });
});

describe('a step refused for a state changed since the page was opened', () => {
  it('says who moved it into which state, answers that state, and the step from it goes through', async () => {
    const { t, form } = await openedDraft(edith);
    await step(t.id, form.baseState, 'publish');

    acting.user = eric;
    const run = await step(t.id, form.baseState, 'archive');
    expect(run.state).toMatchObject({ status: 'error', formError: typeset(`${edith.name} a fait passer la traduction à l’état « Publié » depuis l’ouverture de la page : rien n’a été fait. L’éditeur montre maintenant cet état et les étapes possibles ; choisissez à nouveau l’étape.`, 'fr') });
    expect((run.state as { formError: string }).formError).not.toMatch(/rechargez/i);
    const current = (run.state as { data?: StepRefusalData }).data!.current!;
    expect(current.workflow).toMatchObject({ status: 'published', steps: ['unpublish', 'archive'] });
    expect((await step(t.id, current.workflow.stamp!, 'archive')).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'archived' });
  });

  it('when its text changed too: says who saved which version, and answers that text, from which the step goes through', async () => {
    const { t, form } = await openedDraft(edith);
    await callAction(saveArticleAction, { ...form, body: body('Version 2.'), intent: 'publish' });

    acting.user = eric;
    const run = await step(t.id, form.baseState, 'archive');
    expect(run.state).toMatchObject({
      status: 'error',
      formError: typeset(`${edith.name} a enregistré une nouvelle version du texte (version 2, état « Publié ») depuis l’ouverture de la page : rien n’a été fait. L’éditeur montre maintenant ce texte et son état ; relisez-le, puis choisissez à nouveau l’étape.`, 'fr'),
    });
    const data = (run.state as { data?: StepRefusalData }).data!;
    expect(data.current).toMatchObject({ version: 2, status: 'published' });
    expect(data.text).toMatchObject({ version: 2, title: t.title, slug: t.slug, body: JSON.parse(body('Version 2.')) });
    // The editor now reads version 2 in that state: the step sent from them goes through.
    expect((await step(t.id, data.current!.workflow.stamp!, 'archive', { baseVersion: '2' })).redirectedTo).toBeDefined();
    expect(await stored(t.id)).toMatchObject({ status: 'archived', version: 2 });
  });

  it('a step the state shown does not allow: said without “reload”, the state stored answered', async () => {
    const { t, form } = await openedDraft(edith);
    await step(t.id, form.baseState, 'publish');
    const live = workflowStamp(await stored(t.id));

    acting.user = eric;
    const run = await step(t.id, live, 'submit');
    expect(run.state).toMatchObject({ status: 'error', formError: fr.Errors.article.notFromState });
    expect(fr.Errors.article.notFromState).not.toMatch(/rechargez/i);
    expect((run.state as { data?: StepRefusalData }).data?.current?.workflow).toMatchObject({ stamp: live, status: 'published' });
  });
});

describe('a draft deleted from a page opened before a colleague saved a new version', () => {
  it('says who saved which version, answers that text and state, and the deletion from them goes through', async () => {
    const { t, form } = await openedDraft(wanda);
    await callAction(saveArticleAction, { ...form, body: body('Version 2 de Wanda.') });

    acting.user = eric;
    const run = await callAction(deleteTranslationAction, { locale: 'fr', translationId: t.id, baseVersion: '1' });
    expect(run.state).toMatchObject({
      status: 'error',
      formError: typeset(`${wanda.name} a enregistré une nouvelle version du texte (version 2, état « Brouillon ») depuis l’ouverture de la page : rien n’a été fait. L’éditeur montre maintenant ce texte et son état ; relisez-le, puis choisissez à nouveau l’étape.`, 'fr'),
    });
    const data = (run.state as { data?: StepRefusalData }).data!;
    expect(data.text).toMatchObject({ version: 2, body: JSON.parse(body('Version 2 de Wanda.')) });
    expect(data.current?.workflow).toMatchObject({ deletable: true });
    expect(await stored(t.id)).toMatchObject({ version: 2 });
    expect((await callAction(deleteTranslationAction, { locale: 'fr', translationId: t.id, baseVersion: '2' })).redirectedTo).toBeDefined();
  });

  it('from someone who may not delete it: told of the new version, and the denial is in the audit log all the same', async () => {
    const { t, form } = await openedDraft(edith);
    await callAction(saveArticleAction, { ...form, body: body('Version 2 d’Edith.') });

    // Wanda, a writer, may not delete an editor's draft: her stale page does not hide the attempt.
    acting.user = wanda;
    const run = await callAction(deleteTranslationAction, { locale: 'fr', translationId: t.id, baseVersion: '1' });
    expect(run.state).toMatchObject({ status: 'error' });
    expect(await stored(t.id)).toMatchObject({ version: 2 });
    const denials = await db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.delete'), eq(auditLog.entityId, t.id), eq(auditLog.actorId, wanda.id)));
    expect(denials).toEqual([{ outcome: 'denied' }]);
  });

  it('published as it was meanwhile: the deletion is refused as before, the editor answered the published state', async () => {
    const { t, form } = await openedDraft(edith);
    await step(t.id, form.baseState, 'publish');

    acting.user = eric;
    const run = await callAction(deleteTranslationAction, { locale: 'fr', translationId: t.id, baseVersion: '1' });
    expect(run.state).toMatchObject({ status: 'error', formError: fr.Errors.article.cannotDelete });
    expect((run.state as { data?: StepRefusalData }).data?.current?.workflow).toMatchObject({ status: 'published', deletable: false, steps: ['unpublish', 'archive'] });
    expect(await stored(t.id)).toMatchObject({ status: 'published' });
  });
});
