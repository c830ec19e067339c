/**
 * Topics as editors keep them: addresses derived or typed, refused at their field when another
 * topic holds them; conflict-safe edits; a topic filed on a release cannot be deleted; the cache
 * tags an edit expires (the filters, and the page of every release filed under it); the editor's
 * pick list names a topic translated only into French. Actions called as a forged POST would.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/dal', async () => (await import('@/test/action-harness')).dalMock);
vi.mock('next-intl/server', async () => (await import('@/test/action-harness')).intlMock);
vi.mock('@/lib/cache/invalidate', async () => (await import('@/test/action-harness')).invalidateMock);
vi.mock('server-only', () => ({}));

import { createTopicAction, deleteTopicAction, updateTopicAction } from '@/app/[locale]/(dashboard)/dashboard/topics/actions';
import { db } from '@/db';
import { listEditorOptions } from '@/db/queries/dashboard-articles';
import { movedTopicSlug } from '@/db/queries/public-news';
import { getTopic, listTopicReleases, listTopics, TOPIC_RELEASES_NAMED } from '@/db/queries/topics';
import type { PublicUser } from '@/db/queries/users';
import { articles, articleTopics, articleTranslations, auditLog, topics } from '@/db/schema';
import { insertArticleIfMissing, type ArticleTranslationContent } from '@/db/seed/articles';
import { emptySummary } from '@/db/seed/context';
import type { Locale } from '@/lib/locales';
import { docFromParagraphs } from '@/lib/rich-text/from-text';
import { tags } from '@/lib/cache/tags';
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

const idFrom = (redirectedTo: string | undefined) => /saved=([0-9a-f-]{36})/.exec(redirectedTo ?? '')?.[1];

async function create(fields: Record<string, string>): Promise<string> {
  const run = await callAction(createTopicAction, { locale: 'fr', ...fields });
  const id = idFrom(run.redirectedTo);
  if (!id) throw new Error(`not created: ${JSON.stringify(run.state)}`);
  return id;
}

describe('topics', () => {
  it('derives each named language’s address from its name, unique in that language', async () => {
    const a = await create({ 'texts.fr.name': 'Climat et migration', 'texts.ar.name': 'المناخ والهجرة' });
    const b = await create({ 'texts.fr.name': 'Climat  et migration !' });
    expect((await getTopic(a))?.texts).toEqual({
      fr: { name: 'Climat et migration', slug: 'climat-et-migration' },
      ar: { name: 'المناخ والهجرة', slug: 'almnakh-walhjra' },
    });
    expect((await getTopic(b))?.texts.fr?.slug).toBe('climat-et-migration-2');
    expect(invalidated).toEqual([tags.taxonomy(), tags.taxonomy()]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, a));
    expect(entry).toMatchObject({ action: 'topic.create', actorId: editor.id, outcome: 'ok', detail: { names: { fr: 'Climat et migration', ar: 'المناخ والهجرة' } } });
  });

  it('refuses at the field, in the form’s language, and keeps what was typed', async () => {
    await create({ 'texts.fr.name': 'Santé des migrants', 'texts.es.name': 'Salud de los migrantes' });
    const run = await callAction(createTopicAction, {
      locale: 'es',
      'texts.fr.name': 'Santé',
      'texts.fr.slug': 'sante-des-migrants',
      'texts.es.slug': 'Salud!',
      'texts.en.slug': 'health',
    });
    expect(run.state).toMatchObject({
      status: 'error',
      fieldErrors: {
        'texts.es.slug': 'La dirección solo puede contener letras minúsculas sin tilde, cifras y guiones.',
        'texts.es.name': 'Dé un nombre al tema en este idioma, o vacíe su dirección.',
        'texts.en.name': 'Dé un nombre al tema en este idioma, o vacíe su dirección.',
      },
      values: { 'texts.fr.name': 'Santé', 'texts.es.slug': 'Salud!' },
    });
    // Valid in form, refused by what is stored: the French address belongs to another topic.
    const taken = await callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': 'Santé', 'texts.fr.slug': 'sante-des-migrants' });
    expect(taken.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.fr.slug': 'Un autre thème de cette langue utilise déjà cette adresse.' } });
    // A name nothing can be made of (only symbols) asks for an address.
    const symbols = await callAction(createTopicAction, { locale: 'en', 'texts.fr.name': '★ ★' });
    expect(symbols.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.fr.slug': 'No address can be made from this name: type one.' } });
    const missing = await callAction(createTopicAction, { locale: 'ar', 'texts.en.name': 'Health' });
    expect(missing.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.fr.name': 'أعطِ الموضوع اسمًا.' } });
    expect(invalidated).toEqual([tags.taxonomy()]);
  });

  it('refuses a name another topic has in that language, case and accents aside, at its field', async () => {
    const id = await create({ 'texts.fr.name': 'Droits des réfugiés', 'texts.en.name': 'Refugee rights' });
    invalidated.length = 0;
    const again = await callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': '  droits des refugies ' });
    expect(again.state).toMatchObject({
      status: 'error',
      fieldErrors: { 'texts.fr.name': typeset('Un autre thème s’appelle déjà « Droits des réfugiés » dans cette langue.', 'fr') },
      values: { 'texts.fr.name': '  droits des refugies ' },
    });
    // Each language has its own names: the English one is refused in English, at its own field.
    const english = await callAction(createTopicAction, { locale: 'en', 'texts.fr.name': 'Réfugiés', 'texts.en.name': 'REFUGEE RIGHTS' });
    expect(english.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.en.name': 'Another topic is already called “Refugee rights” in this language.' } });
    expect(Object.keys((english.state as { fieldErrors: object }).fieldErrors)).toEqual(['texts.en.name']);
    // A name another topic has in another language only is free.
    await create({ 'texts.fr.name': 'Refugee rights' });
    expect(invalidated).toEqual([tags.taxonomy()]);
    expect((await listTopics()).filter((t) => t.texts.fr?.name.toLowerCase().startsWith('droits des r'))).toHaveLength(1);

    // An edit keeps its own name (even re-cased), and may not take another topic's.
    const save = async (fields: Record<string, string>) => callAction(updateTopicAction, { locale: 'es', id, version: (await getTopic(id))!.version, ...fields });
    expect((await save({ 'texts.fr.name': 'Droits des Réfugiés', 'texts.en.name': 'Refugee rights' })).redirectedTo).toBe(`/es/dashboard/topics?saved=${id}`);
    const taken = await save({ 'texts.fr.name': 'Refugee Rights' });
    expect(taken.state).toMatchObject({ status: 'error', fieldErrors: { 'texts.fr.name': 'Otro tema ya se llama «Refugee rights» en este idioma.' } });
    expect((await getTopic(id))?.texts.fr?.name).toBe('Droits des Réfugiés');

    // Two editors saving the same name (under different addresses) at once: the second waits for
    // the first, then is refused.
    const both = await Promise.all(
      [['Apatridie', 'apatridie'], ['apatridie', 'sans-nationalite']].map(([name, slug]) =>
        callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': name!, 'texts.fr.slug': slug! }),
      ),
    );
    expect(both.filter((run) => run.redirectedTo).length).toBe(1);
    expect(both.filter((run) => run.state?.status === 'error').length).toBe(1);
  });

  it('an edit expires the filters and the page of every release filed under the topic; a stale form is a conflict', async () => {
    const id = await create({ 'texts.fr.name': 'Retour et réintégration', 'texts.en.name': 'Return and reintegration' });
    const [article] = await db.insert(articles).values({}).returning({ id: articles.id });
    await db.insert(articleTopics).values({ articleId: article!.id, topicId: id });
    const before = (await getTopic(id))!;
    invalidated.length = 0;

    const run = await callAction(updateTopicAction, {
      locale: 'fr',
      id,
      version: before.version,
      'texts.fr.name': 'Retour volontaire et réintégration',
      'texts.fr.slug': '',
      'texts.en.name': 'Return and reintegration',
      'texts.en.slug': 'return-and-reintegration',
    });
    expect(run.redirectedTo).toBe(`/fr/dashboard/topics?saved=${id}`);
    expect(invalidated).toEqual([tags.taxonomy(), tags.article(article!.id)]);
    const after = (await getTopic(id))!;
    expect(after.texts).toEqual({
      fr: { name: 'Retour volontaire et réintégration', slug: 'retour-volontaire-et-reintegration' },
      en: { name: 'Return and reintegration', slug: 'return-and-reintegration' },
    });
    expect(after.articles).toBe(1);

    // Saved over the version it was opened on: refused, nothing written, what was typed kept.
    const stale = await callAction(updateTopicAction, { locale: 'en', id, version: before.version, 'texts.fr.name': 'Autre nom' });
    // The refusal carries their version, as the form's inputs hold it: the form compares it with what was typed.
    expect(stale.state).toEqual({
      status: 'error',
      // Who saved it meanwhile, named: the panel below names them too.
      formError: `${editor.name} changed this topic while you were editing it: nothing was saved. What you typed is kept; compare it with their version below, then choose.`,
      values: expect.objectContaining({ 'texts.fr.name': 'Autre nom' }),
      data: {
        conflict: {
          version: after.version,
          theirs: {
            'texts.fr.name': 'Retour volontaire et réintégration',
            'texts.fr.slug': 'retour-volontaire-et-reintegration',
            'texts.en.name': 'Return and reintegration',
            'texts.en.slug': 'return-and-reintegration',
            'texts.es.name': '',
            'texts.es.slug': '',
            'texts.ar.name': '',
            'texts.ar.slug': '',
          },
          // Who saved it, and when, as the log says: the form's panel names them.
          savedBy: editor.name,
          savedAt: (await db.select({ at: auditLog.at }).from(auditLog).where(and(eq(auditLog.action, 'topic.update'), eq(auditLog.entityId, id))).orderBy(desc(auditLog.at)).limit(1))[0]!.at.toISOString(),
        },
      },
    });
    // Saved over their version (what "save my version" sends), it goes through.
    const over = await callAction(updateTopicAction, { locale: 'en', id, version: after.version, 'texts.fr.name': 'Autre nom', 'texts.en.name': 'Return and reintegration' });
    expect(over.redirectedTo).toBe(`/en/dashboard/topics?saved=${id}`);
    expect((await getTopic(id))?.texts.fr?.name).toBe('Autre nom');
    await callAction(updateTopicAction, { locale: 'fr', id, version: (await getTopic(id))!.version, 'texts.fr.name': 'Retour volontaire et réintégration', 'texts.en.name': 'Return and reintegration' });
    expect((await getTopic(id))?.texts.fr?.name).toBe('Retour volontaire et réintégration');

    // Filed on a release: kept, and the refusal says why.
    const refused = await callAction(deleteTopicAction, { locale: 'fr', id });
    expect(refused.state).toMatchObject({ status: 'error', formError: expect.stringContaining('1 communiqué est classé sous ce thème') });
    expect(await getTopic(id)).not.toBeNull();

    await db.delete(articleTopics).where(eq(articleTopics.topicId, id));
    expect((await callAction(deleteTopicAction, { locale: 'fr', id })).redirectedTo).toBe(`/fr/dashboard/topics?deleted=${encodeURIComponent('Retour volontaire et réintégration')}`);
    expect(await db.select().from(topics).where(eq(topics.id, id))).toEqual([]);
    expect((await listTopics()).some((t) => t.id === id)).toBe(false);
  });

  it('a topic in use is kept, and the refusal names its releases, newest first, in the form’s language, the rest counted', async () => {
    const id = await create({ 'texts.fr.name': 'Traite des personnes', 'texts.en.name': 'Human trafficking' });
    const tr = (locale: Locale, title: string): ArticleTranslationContent => ({ locale, title, lede: '', body: docFromParagraphs(['Texte.']), dateline: '', status: 'draft', publishAt: null });
    // Filed one after another: release n was created n minutes into the day.
    const file = async (n: number, translations: [ArticleTranslationContent, ...ArticleTranslationContent[]]) => {
      const articleId = (await db.transaction((tx) =>
        insertArticleIfMissing({ tx, summary: emptySummary() }, { key: `traite-${n}`, type: 'press_release', isSample: false, contactOfficeId: null, topicIds: [id], countryCodes: [], translations }),
      ))!;
      await db.update(articles).set({ createdAt: new Date(Date.UTC(2025, 0, 1, 0, n)) }).where(eq(articles.id, articleId));
      return articleId;
    };
    const first = await file(1, [tr('fr', 'Communiqué 1 : en français et en anglais'), tr('en', 'Release 1: in French and English')]);
    const arabicOnly = await file(2, [tr('ar', 'بيان بالعربية فقط')]);
    for (let n = 3; n <= TOPIC_RELEASES_NAMED + 1; n++) await file(n, [tr('fr', `Communiqué ${n}`)]);

    // As many as are named in full and one more: all named, not "and 1 more".
    const all = await listTopicReleases(id, 'en');
    expect(all.more).toBe(0);
    expect(all.named.map((r) => r.title)).toEqual([
      ...Array.from({ length: TOPIC_RELEASES_NAMED - 1 }, (_, i) => `Communiqué ${TOPIC_RELEASES_NAMED + 1 - i}`),
      'بيان بالعربية فقط',
      'Release 1: in French and English',
    ]);
    // Each named in the interface's language when it has it, else French, else its own: the link opens that editor.
    expect(all.named.slice(-2)).toEqual([
      { id: arabicOnly, locale: 'ar', title: 'بيان بالعربية فقط' },
      { id: first, locale: 'en', title: 'Release 1: in French and English' },
    ]);
    expect((await listTopicReleases(id, 'es')).named.at(-1)).toEqual({ id: first, locale: 'fr', title: 'Communiqué 1 : en français et en anglais' });

    // Two more: the newest named, the others counted.
    await file(TOPIC_RELEASES_NAMED + 2, [tr('fr', `Communiqué ${TOPIC_RELEASES_NAMED + 2}`)]);
    await file(TOPIC_RELEASES_NAMED + 3, [tr('fr', `Communiqué ${TOPIC_RELEASES_NAMED + 3}`)]);
    const total = TOPIC_RELEASES_NAMED + 3;
    const some = await listTopicReleases(id, 'fr');
    expect(some.named.map((r) => r.title)).toEqual(Array.from({ length: TOPIC_RELEASES_NAMED }, (_, i) => `Communiqué ${total - i}`));
    expect(some.more).toBe(3);

    invalidated.length = 0;
    const refused = await callAction(deleteTopicAction, { locale: 'fr', id });
    const named = some.named.map((r) => `«\u00a0${r.title}\u00a0»`).join(', ');
    expect(refused.state).toMatchObject({
      status: 'error',
      formError: `${total} communiqués sont classés sous ce thème\u00a0: ${named} et 3 autres. Retirez-le de ces communiqués avant de supprimer le thème.`,
    });
    // In Arabic, a French title keeps its own direction inside the sentence.
    const arabic = await callAction(deleteTopicAction, { locale: 'ar', id });
    expect((arabic.state as { formError: string }).formError).toContain(`«\u2066Communiqué ${total}\u2069»`);
    expect((arabic.state as { formError: string }).formError).toContain('3 بيانات أخرى');
    expect(await getTopic(id)).not.toBeNull();
    expect(invalidated).toEqual([]);

    // One release left: named in the sentence of one.
    await db.delete(articleTopics).where(and(eq(articleTopics.topicId, id), ne(articleTopics.articleId, first)));
    const one = await callAction(deleteTopicAction, { locale: 'en', id });
    expect(one.state).toMatchObject({
      status: 'error',
      formError: '1 release is filed under this topic, “Release 1: in French and English”: remove the topic from it before deleting the topic.',
    });
    await db.delete(articleTranslations).where(eq(articleTranslations.articleId, first));
    expect((await callAction(deleteTopicAction, { locale: 'es', id })).state).toMatchObject({
      formError: '1 comunicado está clasificado bajo este tema, (sin título): quíteselo antes de eliminar el tema.',
    });
  });

  it('a former address leads to the topic’s current one in its language until another topic takes it', async () => {
    const id = await create({ 'texts.fr.name': 'Migration de travail', 'texts.en.name': 'Labour migration' });
    const save = async (fields: Record<string, string>) => {
      const { version } = (await getTopic(id))!;
      const run = await callAction(updateTopicAction, { locale: 'fr', id, version, 'texts.fr.name': 'Migration de travail', ...fields });
      expect(run.redirectedTo).toBe(`/fr/dashboard/topics?saved=${id}`);
    };
    await save({ 'texts.fr.slug': 'mobilite-de-main-d-oeuvre', 'texts.en.name': 'Labour migration', 'texts.en.slug': 'labour-migration' });
    expect(await movedTopicSlug('fr', 'migration-de-travail')).toBe('mobilite-de-main-d-oeuvre');
    // Unchanged in English: nothing to redirect; the French slug means nothing in English.
    expect(await movedTopicSlug('en', 'labour-migration')).toBeNull();
    expect(await movedTopicSlug('en', 'migration-de-travail')).toBeNull();

    // Moved again: both former addresses lead to the newest one, not through a chain.
    await save({ 'texts.fr.slug': 'travailleurs-migrants', 'texts.en.name': 'Labour migration', 'texts.en.slug': 'labour-migration' });
    expect(await movedTopicSlug('fr', 'migration-de-travail')).toBe('travailleurs-migrants');
    expect(await movedTopicSlug('fr', 'mobilite-de-main-d-oeuvre')).toBe('travailleurs-migrants');

    // The English name removed: its former address leads nowhere (that list is the news list's).
    await save({ 'texts.fr.slug': 'travailleurs-migrants' });
    expect(await movedTopicSlug('en', 'labour-migration')).toBeNull();

    // Taken back by the topic itself, or by another topic: no longer a redirect.
    await save({ 'texts.fr.slug': 'migration-de-travail' });
    expect(await movedTopicSlug('fr', 'migration-de-travail')).toBeNull();
    expect(await movedTopicSlug('fr', 'travailleurs-migrants')).toBe('migration-de-travail');
    await create({ 'texts.fr.name': 'Travailleurs migrants' });
    expect(await movedTopicSlug('fr', 'travailleurs-migrants')).toBeNull();
    expect(await movedTopicSlug('fr', 'mobilite-de-main-d-oeuvre')).toBe('migration-de-travail');

    // A deleted topic leaves no redirect behind.
    expect((await callAction(deleteTopicAction, { locale: 'fr', id })).redirectedTo).toBe('/fr/dashboard/topics?deleted=Migration%20de%20travail');
    expect(await movedTopicSlug('fr', 'mobilite-de-main-d-oeuvre')).toBeNull();
  });

  it('writers may not change topics; the refusal is audited and nothing is written', async () => {
    acting.user = writer;
    const run = await callAction(createTopicAction, { locale: 'fr', 'texts.fr.name': 'Interdit' });
    expect(run.state).toMatchObject({ status: 'error' });
    expect((await listTopics()).some((t) => t.texts.fr?.name === 'Interdit')).toBe(false);
    const denied = await db.select().from(auditLog).where(eq(auditLog.actorId, writer.id));
    expect(denied).toMatchObject([{ action: 'topic.create', outcome: 'denied' }]);
  });

  it('the article editor offers a topic named only in French, by its French name marked as French, in every interface language', async () => {
    const id = await create({ 'texts.fr.name': 'Diaspora', 'texts.ar.name': 'المغتربون' });
    const expected = [
      ['fr', { name: 'Diaspora' }],
      ['ar', { name: 'المغتربون' }],
      ['en', { name: 'Diaspora', lang: 'fr', dir: 'ltr' }],
      ['es', { name: 'Diaspora', lang: 'fr', dir: 'ltr' }],
    ] as const;
    for (const [locale, topic] of expected) {
      const options = await listEditorOptions(editor, locale);
      expect(options.topics.find((t) => t.id === id), locale).toEqual({ id, ...topic });
    }
  });
});
