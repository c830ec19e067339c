/**
 * A release editor's save that meets a version someone else saved meanwhile (its text, the
 * settings every language shares, a workflow step) answers, beside the conflict, how the
 * translation stands now — its title, state, version, who saved it and when, who sent it for
 * review — for the editor's header, which would otherwise go on showing the version the page
 * was opened on; the person's text stays in the answer. Actions called as a forged POST would.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { saveArticleAction, transitionAction, type SaveRefusalData } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { db } from '@/db';
import type { PublicUser } from '@/db/queries/users';
import { articleTranslations } from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import { acting, callAction } from './action-harness';
import { articleForm, insertCountries, insertOffice, insertUser, paragraphBody as body } from './admin-fixtures';

let edith: PublicUser;
let eric: PublicUser;
let officeId: string;
let n = 0;

const fields = (o: Record<string, string> = {}) => articleForm(officeId, `Communiqué en conflit ${++n}`, 'Texte de départ.', o);

beforeAll(async () => {
  await insertCountries();
  edith = await insertUser('editor');
  eric = await insertUser('editor');
  officeId = await insertOffice();
});

/** A draft Edith saved (version 1), as Eric's form holds it when he opens it. */
async function openedDraft() {
  acting.user = edith;
  const f = fields();
  await callAction(saveArticleAction, f);
  const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, f.title));
  return { t: t!, form: { ...f, articleId: t!.articleId, articleVersion: '1', baseVersion: '1', baseState: workflowStamp(t!), slug: t!.slug, slugAuto: '' } };
}

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
