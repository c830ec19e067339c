/**
 * The article actions called directly, as a forged POST would (no UI in front): who may save,
 * submit and publish; every refusal in the audit log with who tried and nothing written; the
 * messages a person gets at the field; the conflict answer; and the exact cache tags a publish
 * expires. How the caller is chosen: test/action-harness.ts.
 */
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { deleteTranslationAction, saveArticleAction, transitionAction } from '@/app/[locale]/(dashboard)/dashboard/articles/actions';
import { db } from '@/db';
import type { ConflictData } from '@/db/queries/article-writes';
import type { PublicUser } from '@/db/queries/users';
import { listHeroAltChanges, listScheduleChanges } from '@/db/queries/article-history';
import { lastSharedChange, listSharedChanges } from '@/db/queries/article-shared';
import { articleRevisions, articles, articleTranslations, auditLog, media, mediaTranslations } from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import { tags } from '@/lib/cache/tags';
import { acting, callAction, invalidated } from './action-harness';
import { articleForm, insertCountries, insertOffice, insertUser, paragraphBody as body } from './admin-fixtures';
import { typeset } from '@/lib/typography';

let writer: PublicUser;
let editor: PublicUser;
let officeId: string;
let n = 0;

const fields = (o: Record<string, string> = {}) => articleForm(officeId, `Communiqué ${++n}`, 'Texte.', o);

async function translationOf(title: string) {
  const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.title, title));
  return t ?? null;
}

async function deniedEntries(actorId: string | null, action: string) {
  return db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.outcome, 'denied'), actorId ? eq(auditLog.actorId, actorId) : undefined));
}

beforeAll(async () => {
  await insertCountries();
  writer = await insertUser('writer');
  editor = await insertUser('editor');
  officeId = await insertOffice();
});

beforeEach(() => {
  invalidated.length = 0;
});

describe('article actions called directly', () => {
  it('anonymous callers are refused and recorded; nothing is written', async () => {
    acting.user = null;
    const f = fields();
    const run = await callAction(saveArticleAction, f);
    expect(run.state).toMatchObject({ status: 'error' });
    expect(await translationOf(f.title)).toBeNull();
    expect((await deniedEntries(null, 'article.save')).length).toBeGreaterThan(0);
  });

  it('a writer saves and submits, but a forged "publish" is refused, recorded, and writes nothing', async () => {
    acting.user = writer;
    const forged = fields({ intent: 'publish' });
    const run = await callAction(saveArticleAction, forged);
    expect(run.state).toMatchObject({ status: 'error', formError: 'Votre rôle ne vous permet pas de faire cela.' });
    expect(await translationOf(forged.title)).toBeNull();
    expect(await deniedEntries(writer.id, 'article.publish')).toHaveLength(1);

    const submitted = fields({ intent: 'submit' });
    expect((await callAction(saveArticleAction, submitted)).redirectedTo).toMatch(/^\/fr\/dashboard\/articles\/[0-9a-f-]{36}\/fr$/);
    const t = await translationOf(submitted.title);
    expect(t?.status).toBe('in_review');
    expect(invalidated).toEqual([]); // nothing public changed

    const step = await callAction(transitionAction, { locale: 'fr', translationId: t!.id, baseVersion: '1', baseState: workflowStamp(t!), transition: 'publish' });
    expect(step.state).toMatchObject({ status: 'error', formError: 'Votre rôle ne vous permet pas de faire cela.' });
    expect(await deniedEntries(writer.id, 'article.publish')).toHaveLength(2);
    expect((await translationOf(submitted.title))?.status).toBe('in_review');
  });

  it('an editor publishes: exactly the article, its locale lists and its slug are expired', async () => {
    acting.user = writer;
    const f = fields({ intent: 'submit' });
    await callAction(saveArticleAction, f);
    const t = (await translationOf(f.title))!;
    acting.user = editor;
    const run = await callAction(transitionAction, { locale: 'fr', translationId: t.id, baseVersion: '1', baseState: workflowStamp(t), transition: 'publish' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/articles/${t.articleId}/fr`);
    expect([...invalidated].sort()).toEqual([tags.article(t.articleId), tags.articleLists('fr'), tags.slug(t.slug)].sort());
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.publish'), eq(auditLog.entityId, t.id), eq(auditLog.outcome, 'ok')));
    expect(entry).toMatchObject({ actorId: editor.id, locale: 'fr' });
  });

  it('a writer deletes a draft readers never saw; a published one is refused, recorded, and kept', async () => {
    acting.user = writer;
    const draft = fields();
    await callAction(saveArticleAction, draft);
    const d = (await translationOf(draft.title))!;
    const run = await callAction(deleteTranslationAction, { locale: 'fr', translationId: d.id, baseVersion: '1' });
    expect(run.redirectedTo).toBe(`/fr/dashboard/articles?deleted=${encodeURIComponent(draft.title)}`);
    expect(await translationOf(draft.title)).toBeNull();
    expect(await db.select().from(articles).where(eq(articles.id, d.articleId))).toEqual([]);
    expect(invalidated).toEqual([]); // nothing public changed
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.delete'), eq(auditLog.entityId, d.id), eq(auditLog.outcome, 'ok')));
    expect(entry).toMatchObject({ actorId: writer.id, locale: 'fr', detail: { title: draft.title, articleDeleted: true } });

    const live = fields({ intent: 'submit' });
    await callAction(saveArticleAction, live);
    const l = (await translationOf(live.title))!;
    acting.user = editor;
    await callAction(transitionAction, { locale: 'fr', translationId: l.id, baseVersion: '1', baseState: workflowStamp(l), transition: 'publish' });
    const refused = await callAction(deleteTranslationAction, { locale: 'fr', translationId: l.id, baseVersion: '1' });
    expect(refused.state).toMatchObject({
      status: 'error',
      formError: typeset('Seule une traduction que les lecteurs n’ont jamais vue peut être supprimée ; une traduction déjà publiée s’archive.', 'fr'),
    });
    expect(await deniedEntries(editor.id, 'article.delete')).toHaveLength(1);
    expect((await translationOf(live.title))?.status).toBe('published');
  });

  it('bad input answers each problem at its field, translated, with what was typed', async () => {
    acting.user = editor;
    const run = await callAction(saveArticleAction, fields({ title: 'x'.repeat(201), contactOfficeId: 'pas-un-bureau', intent: 'publish', publishAt: 'demain' }));
    expect(run.state).toMatchObject({
      status: 'error',
      fieldErrors: {
        title: typeset('Le titre est trop long : 200 caractères au plus.', 'fr'),
        contactOfficeId: typeset('Ce bureau n’existe pas (ou plus) : choisissez-en un dans la liste.', 'fr'),
        publishAt: 'Cette date n’est pas valide.',
      },
      values: { title: 'x'.repeat(201) },
    });
    const past = await callAction(saveArticleAction, fields({ intent: 'publish', publishAt: new Date(Date.now() - 3_600_000).toISOString() }));
    expect(past.state).toMatchObject({ fieldErrors: { publishAt: typeset('Cette date est passée : choisissez un moment à venir, ou laissez vide pour publier maintenant.', 'fr') } });
    const empty = await callAction(saveArticleAction, fields({ intent: 'publish', body: JSON.stringify({ type: 'doc', content: [] }) }));
    expect(empty.state).toMatchObject({ fieldErrors: { body: typeset('Le texte est vide : écrivez-le avant de publier.', 'fr') } });
    const taken = fields();
    await callAction(saveArticleAction, { ...taken, slug: 'adresse-prise', slugAuto: '' });
    const clash = await callAction(saveArticleAction, fields({ slug: 'adresse-prise', slugAuto: '' }));
    expect(clash.state).toMatchObject({ fieldErrors: { slug: 'Cette adresse est déjà celle d’un autre article dans cette langue.' } });
  });

  it('a publish with a time typed and not read (no publishAt sent) is refused at the field, never published now', async () => {
    acting.user = editor;
    for (const typed of ['202660-12-24T09:30', 'incomplete']) {
      const f = fields({ intent: 'publish', publishAt: '', publishAtTyped: typed });
      const run = await callAction(saveArticleAction, f);
      expect(run.state).toMatchObject({
        status: 'error',
        fieldErrors: { publishAt: typeset('Cette date est incomplète ou impossible : saisissez le jour, le mois, l’année (4 chiffres) et l’heure, ou videz le champ pour publier maintenant.', 'fr') },
        values: { title: f.title, publishAtTyped: typed },
      });
      expect(await translationOf(f.title)).toBeNull();
    }
  });

  it('a stale save is refused with who saved and when, and the stored text to compare', async () => {
    acting.user = editor;
    const f = fields();
    await callAction(saveArticleAction, f);
    const t = (await translationOf(f.title))!;
    const base = { ...f, articleId: t.articleId, slug: t.slug, slugAuto: '' };
    await callAction(saveArticleAction, { ...base, baseVersion: '1', body: body('Version 2.') });
    acting.user = writer;
    const run = await callAction(saveArticleAction, { ...base, baseVersion: '1', body: body('Mon texte.') });
    expect(run.state).toMatchObject({ status: 'error', values: { body: body('Mon texte.') } });
    const data = (run.state as { data?: ConflictData }).data!;
    expect(data.conflict).toMatchObject({ currentVersion: 2, savedBy: editor.name, theirs: { body: 'Version 2.' } });
    expect(new Date(data.conflict!.savedAt).getTime()).toBeGreaterThan(0);
  });
  it('a save over a translation deleted meanwhile says who deleted it and when, keeps the text, and saving as new recreates it', async () => {
    acting.user = editor;
    const f = fields();
    await callAction(saveArticleAction, f);
    const fr = (await translationOf(f.title))!;
    const en = { ...f, contentLocale: 'en', articleId: fr.articleId, articleVersion: '1', title: `Deleted ${n}`, slug: '' };
    // The writer's English draft (theirs alone: they may delete it).
    acting.user = writer;
    await callAction(saveArticleAction, en);
    const t = (await translationOf(en.title))!;
    // The editor has it open at version 1; the writer deletes it.
    expect((await callAction(deleteTranslationAction, { locale: 'fr', translationId: t.id, baseVersion: '1' })).redirectedTo).toBeDefined();
    acting.user = editor;
    const mine = { ...en, slug: t.slug, slugAuto: '', body: body('Mon texte tapé.') };
    const run = await callAction(saveArticleAction, { ...mine, baseVersion: '1' });
    expect(run.state).toMatchObject({
      status: 'error',
      formError: typeset('Cette traduction a été supprimée pendant que vous travailliez : rien n’a été enregistré. Votre texte est conservé ci-dessous ; enregistrez à nouveau pour recréer la traduction avec lui.', 'fr'),
      values: { body: body('Mon texte tapé.') },
      data: { deleted: { by: writer.name, article: false } },
    });
    expect(new Date((run.state as { data?: ConflictData }).data!.deleted!.at!).getTime()).toBeGreaterThan(0);
    expect(await translationOf(en.title)).toBeNull();
    // The form sends no base version any more: the translation is made again, with that text.
    expect((await callAction(saveArticleAction, mine)).redirectedTo).toBe(`/fr/dashboard/articles/${fr.articleId}/en`);
    expect((await translationOf(en.title))?.bodyText).toBe('Mon texte tapé.');
  });

  it('a main image not described in a live language is refused at its field, naming the languages in the form’s language', async () => {
    acting.user = editor;
    const [image] = await db.insert(media).values({ src: '/media/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1.jpg', width: 800, height: 450, mimeType: 'image/jpeg' }).returning({ id: media.id });
    await db.insert(mediaTranslations).values({ mediaId: image!.id, locale: 'fr', alt: 'Une salle' });
    const f = fields();
    await callAction(saveArticleAction, f);
    const fr = (await translationOf(f.title))!;
    await callAction(saveArticleAction, { ...f, contentLocale: 'en', articleId: fr.articleId, articleVersion: '1', title: `Live ${n}`, slug: '', intent: 'publish' });
    await callAction(saveArticleAction, { ...f, contentLocale: 'es', articleId: fr.articleId, articleVersion: '1', title: `Vivo ${n}`, slug: '', intent: 'publish' });
    const withImage = { ...f, articleId: fr.articleId, articleVersion: '1', baseVersion: '1', slug: fr.slug, slugAuto: '', heroMediaId: image!.id, heroAlt: 'Une salle' };
    const run = await callAction(saveArticleAction, withImage);
    expect(run.state).toMatchObject({
      status: 'error',
      fieldErrors: { heroMediaId: expect.stringMatching(/^Cette image n’a pas de texte de remplacement dans ces langues, où ce communiqué est publié ou programmé\s: anglais et espagnol\./) },
      values: { heroMediaId: image!.id, heroAlt: 'Une salle' },
    });
    const english = await callAction(saveArticleAction, { ...withImage, locale: 'en' });
    expect(english.state).toMatchObject({ fieldErrors: { heroMediaId: expect.stringMatching(/^This image has no alternative text in English and Spanish,/) } });
    expect((await db.select().from(articles).where(eq(articles.id, fr.articleId)))[0]?.heroMediaId).toBeNull();
  });

  it('the audit entry of a save says what it changed: the shared fields, the image’s text, or nothing', async () => {
    acting.user = editor;
    const [image] = await db.insert(media).values({ src: '/media/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2.jpg', width: 800, height: 450, mimeType: 'image/jpeg' }).returning({ id: media.id });
    const f = fields();
    await callAction(saveArticleAction, f);
    const t = (await translationOf(f.title))!;
    const saved = { ...f, articleId: t.articleId, baseVersion: '1', slug: t.slug, slugAuto: '' };
    const lastSave = async () => {
      const [entry] = await db
        .select({ detail: auditLog.detail })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'article.save'), eq(auditLog.entityId, t.id)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      return entry?.detail;
    };

    await callAction(saveArticleAction, { ...saved, articleVersion: '1', type: 'news' });
    expect(await lastSave()).toEqual({ articleId: t.articleId, version: 1, contentChanged: false, sharedChanged: ['type'], shared: { type: { before: 'press_release', after: 'news' } } });

    await callAction(saveArticleAction, { ...saved, articleVersion: '2', type: 'news', heroMediaId: image!.id, heroAlt: 'Une tente' });
    expect(await lastSave()).toEqual({
      articleId: t.articleId,
      version: 1,
      contentChanged: false,
      sharedChanged: ['heroMediaId'],
      shared: { heroMediaId: { before: null, after: image!.id } },
      heroAltChanged: true,
      heroMediaId: image!.id,
      changed: { 'heroAlt.fr': { before: null, after: 'Une tente' } },
    });

    // The image's text before and after, in the log's format of a change: the history shows it.
    await callAction(saveArticleAction, { ...saved, articleVersion: '3', type: 'news', heroMediaId: image!.id, heroAlt: 'Une tente bleue' });
    expect(await lastSave()).toEqual({
      articleId: t.articleId,
      version: 1,
      contentChanged: false,
      heroAltChanged: true,
      heroMediaId: image!.id,
      changed: { 'heroAlt.fr': { before: 'Une tente', after: 'Une tente bleue' } },
    });

    await callAction(saveArticleAction, { ...saved, articleVersion: '3', type: 'news', heroMediaId: image!.id, heroAlt: 'Une tente bleue' });
    expect(await lastSave()).toEqual({ articleId: t.articleId, version: 1, contentChanged: false });
  });

  it('an editor’s change of a writer’s release’s shared settings is its last save, with who, when and what, for every language begun before it', async () => {
    acting.user = writer;
    const f = fields();
    await callAction(saveArticleAction, f);
    const t = (await translationOf(f.title))!;
    expect(await lastSharedChange(writer, t.articleId)).toBeNull();
    const since = (await db.select({ at: articleRevisions.createdAt }).from(articleRevisions).where(eq(articleRevisions.translationId, t.id)))[0]!.at;

    const geneva = await insertOffice({ name: 'Bureau de Genève' });
    acting.user = editor;
    const shared = { ...f, articleId: t.articleId, articleVersion: '1', baseVersion: '1', slug: t.slug, slugAuto: '', type: 'news', contactOfficeId: geneva, 'countries[]': 'UY' };
    expect((await callAction(saveArticleAction, shared)).redirectedTo).toBeDefined();
    const last = await lastSharedChange(writer, t.articleId);
    expect(last).toMatchObject({ byName: editor.name, fields: ['type', 'contactOfficeId', 'countryCodes'] });
    // Later than the writer's text: the header names the editor.
    expect(last!.at > since.toISOString()).toBe(true);
    const changes = { type: { before: 'press_release', after: 'news' }, contactOfficeId: { before: officeId, after: geneva }, countryCodes: { before: [], after: ['UY'] } };
    expect(await listSharedChanges(writer, t.articleId, since)).toEqual([{ at: last!.at, byName: editor.name, fields: ['type', 'contactOfficeId', 'countryCodes'], changes }]);

    // A save that changes nothing shared, or is refused, adds nothing; a language begun after it does not list it.
    await callAction(saveArticleAction, { ...shared, articleVersion: '2', lede: 'Un chapeau.' });
    const stale = await callAction(saveArticleAction, { ...shared, articleVersion: '1', baseVersion: '2', type: 'statement' });
    expect(stale.state).toMatchObject({ status: 'error' });
    expect(await listSharedChanges(writer, t.articleId, since)).toHaveLength(1);
    expect(await listSharedChanges(writer, t.articleId, new Date())).toEqual([]);
    // The last change by time stays the editor's, whoever saves the text after it (the header compares the two).
    expect((await lastSharedChange(writer, t.articleId))?.at).toBe(last!.at);
  });

  it('a release’s history reads its main image’s description and its schedule from the entries of the saves and steps that changed them', async () => {
    acting.user = editor;
    const [image] = await db.insert(media).values({ src: '/media/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb3.jpg', width: 800, height: 450, mimeType: 'image/jpeg' }).returning({ id: media.id });
    const f = fields({ heroMediaId: image!.id, heroAlt: 'Une tente' });
    await callAction(saveArticleAction, f);
    let t = (await translationOf(f.title))!;
    const since = (await db.select({ at: articleRevisions.createdAt }).from(articleRevisions).where(eq(articleRevisions.translationId, t.id)))[0]!.at;
    await callAction(saveArticleAction, { ...f, articleId: t.articleId, articleVersion: '1', baseVersion: '1', slug: t.slug, slugAuto: '', heroAlt: 'Une tente bleue' });
    expect((await listHeroAltChanges(editor, t.articleId, 'fr', since)).map((c) => c.text)).toEqual([
      { before: 'Une tente', after: 'Une tente bleue' },
      { before: null, after: 'Une tente' },
    ]);
    // Another language's description is its own history's.
    expect(await listHeroAltChanges(editor, t.articleId, 'en', since)).toEqual([]);

    const step = async (transition: string, publishAt = '') => {
      t = (await translationOf(f.title))!;
      const run = await callAction(transitionAction, { locale: 'fr', translationId: t.id, baseVersion: String(t.version), baseState: workflowStamp(t), transition, publishAt });
      expect(run.redirectedTo).toBeDefined();
    };
    const first = '2031-05-04T08:00:00.000Z';
    const second = '2031-06-01T08:00:00.000Z';
    await step('publish', first);
    await step('publish', second);
    await step('unpublish');
    const changes = await listScheduleChanges(editor, t.id);
    expect(changes.map(({ kind, publishAt, previousPublishAt, to, byName }) => ({ kind, publishAt, previousPublishAt, to, byName }))).toEqual([
      { kind: 'cancelled', publishAt: null, previousPublishAt: second, to: 'draft', byName: editor.name },
      { kind: 'rescheduled', publishAt: second, previousPublishAt: first, to: 'scheduled', byName: editor.name },
      { kind: 'scheduled', publishAt: first, previousPublishAt: null, to: 'scheduled', byName: editor.name },
    ]);
    // The time a step moved or withdrew is in its own entry, from now on.
    const [cancel] = await db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.action, 'article.unpublish'), eq(auditLog.entityId, t.id)));
    expect(cancel!.detail).toMatchObject({ from: 'scheduled', to: 'draft', previousPublishAt: second });
  });

  it('a save with a step is logged in the order it happened: the save, then the step, from the same address', async () => {
    acting.user = editor;
    acting.ip = '203.0.113.9';
    const f = fields({ intent: 'publish' });
    await callAction(saveArticleAction, f);
    acting.ip = null;
    const t = (await translationOf(f.title))!;
    const entries = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId, ip: auditLog.ip })
      .from(auditLog)
      .where(eq(auditLog.entityId, t.id))
      .orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: 'article.create', actorId: editor.id, ip: '203.0.113.9' },
      { action: 'article.publish', actorId: editor.id, ip: '203.0.113.9' },
    ]);
  });
});
