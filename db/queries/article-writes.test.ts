/**
 * The article write path on a real database: workflow rules (who may do which step), slug
 * generation, collisions and redirects, conflict detection, outdated translations, and
 * read-time visibility of scheduled translations.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articleVisible } from '@/db/queries/visibility';
import {
  articleRevisions,
  articles,
  articleSlugRedirects,
  articleTranslations,
  auditLog,
  countries,
  media,
  mediaTranslations,
  offices,
  users,
  type Locale,
  type Role,
} from '@/db/schema';
import { workflowStamp } from '@/lib/articles/workflow';
import { tags } from '@/lib/cache/tags';
import type { ConflictInfo } from '@/lib/revisions/conflict';
import { articleSaveSchema, type ArticleSaveInput } from '@/lib/validation/articles';
import { refusalOf } from '@/test/refusal';
import { getArticleHero } from './article-hero';
import { getEditorTranslation, getSourceComparison, listArticlesForDashboard } from './dashboard-articles';
import { createTranslation, deleteTranslation, restoreRevision, saveArticleTranslation, transitionTranslation, type ConflictData, type WriteActor } from './article-writes';

let writer: WriteActor;
let editor: WriteActor;
let editor2: WriteActor;
let officeId: string;
let archivedOfficeId: string;

async function makeUser(role: Role, name: string): Promise<WriteActor> {
  const email = `${name.toLowerCase()}@example.org`;
  const [u] = await db.insert(users).values({ email, name, role }).returning({ id: users.id });
  return { id: u!.id, role, email };
}

const paragraph = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function form(overrides: Record<string, unknown> = {}): ArticleSaveInput {
  return articleSaveSchema.parse({
    contentLocale: 'fr',
    type: 'press_release',
    title: 'Le Directeur général à Montevideo',
    slug: '',
    slugAuto: '1',
    lede: 'Chapeau',
    body: paragraph('Premier paragraphe.'),
    dateline: 'Montevideo',
    contactOfficeId: officeId,
    ...overrides,
  });
}

const inTx = <T>(fn: (tx: typeof db) => Promise<T>) => db.transaction((tx) => fn(tx as unknown as typeof db));

/** The workflow state a page opened now shows (lib/articles/workflow.ts, workflowStamp). */
async function shownState(translationId: string) {
  const [t] = await db
    .select({ status: articleTranslations.status, publishAt: articleTranslations.publishAt })
    .from(articleTranslations)
    .where(eq(articleTranslations.id, translationId));
  return workflowStamp(t!);
}

/** A workflow step taken from a page opened just now: the version given, the state stored. */
async function takeStep(actor: WriteActor, input: Omit<Parameters<typeof transitionTranslation>[2], 'baseState'>) {
  const baseState = await shownState(input.translationId);
  return inTx((tx) => transitionTranslation(tx, actor, { ...input, baseState }));
}
const articleRow = async (id: string) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!;

beforeAll(async () => {
  writer = await makeUser('writer', 'Wanda');
  editor = await makeUser('editor', 'Edith');
  editor2 = await makeUser('editor', 'Eric');
  await db.insert(countries).values({ code: 'UY' });
  const [o] = await db.insert(offices).values({ key: 'montevideo', countryCode: 'UY' }).returning({ id: offices.id });
  const [a] = await db.insert(offices).values({ key: 'old', countryCode: 'UY', status: 'archived' }).returning({ id: offices.id });
  officeId = o!.id;
  archivedOfficeId = a!.id;
});

describe('saving', () => {
  it('creates an article, its translation and revision 1, with a transliterated slug', async () => {
    const out = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Données et déplacements à Genève' })));
    expect(out.created).toBe(true);
    expect(out.version).toBe(1);
    expect(out.tags).toEqual([]); // a draft is not public: nothing to invalidate
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, out.translationId));
    expect(t?.slug).toBe('donnees-et-deplacements-a-geneve');
    const revs = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, out.translationId));
    expect(revs.map((r) => r.version)).toEqual([1]);
  });

  it('gives an automatic slug a suffix on collision, but refuses a typed slug that is taken', async () => {
    const a = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Même titre' })));
    const b = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Même titre' })));
    const [ta] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, a.translationId));
    const [tb] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, b.translationId));
    expect(ta?.slug).toBe('meme-titre');
    expect(tb?.slug).toBe('meme-titre-2');
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Autre', slug: 'meme-titre', slugAuto: '' }))));
    expect(refusal.detail.fieldErrors).toEqual({ slug: 'article.slugTaken' });
  });

  it('allows the same slug in another locale', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Slug partagé', slug: 'slug-partage', slugAuto: '' })));
    const en = await inTx((tx) =>
      saveArticleTranslation(tx, writer, form({ articleId: fr.articleId, contentLocale: 'en', title: 'Shared', slug: 'slug-partage', slugAuto: '' })),
    );
    expect(en.translationId).not.toBe(fr.translationId);
  });

  it('refuses an unknown office and a newly chosen archived one, each at the field', async () => {
    const unknown = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, writer, form({ contactOfficeId: '00000000-0000-4000-8000-000000000000' }))),
    );
    expect(unknown.detail.fieldErrors).toEqual({ contactOfficeId: 'article.officeUnknown' });
    const archived = await refusalOf(inTx((tx) => saveArticleTranslation(tx, writer, form({ contactOfficeId: archivedOfficeId }))));
    expect(archived.detail.fieldErrors).toEqual({ contactOfficeId: 'article.officeArchived' });
  });

  it('validates the form: over-long title, unsafe body, bad slug', () => {
    const parse = (o: Record<string, unknown>) => articleSaveSchema.safeParse({ contentLocale: 'fr', type: 'news', title: 'x', body: paragraph('b'), ...o });
    expect(parse({ title: 'x'.repeat(201) }).error?.issues[0]?.message).toBe('article.titleTooLong');
    expect(parse({ body: JSON.stringify({ type: 'doc', content: [{ type: 'script', text: 'x' }] }) }).error?.issues[0]?.message).toBe('article.bodyInvalid');
    expect(parse({ slug: 'pas bon!' }).error?.issues[0]?.message).toBe('article.slugInvalid');
    expect(parse({ publishAt: 'hier' }).error?.issues[0]?.message).toBe('article.publishAtInvalid');
  });
});

describe('hero image', () => {
  /** An image of the media library, as an upload leaves it (dashboard/media/actions.ts). */
  async function libraryImage(src: string): Promise<string> {
    const [row] = await db.insert(media).values({ src, width: 1200, height: 675, mimeType: 'image/jpeg' }).returning({ id: media.id });
    return row!.id;
  }

  it('a release shows an image of the library, with the alternative text written in its language', async () => {
    const heroMediaId = await libraryImage('/media/0123456789abcdef0123456789abcdef.jpg');
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Avec image', heroMediaId, heroAlt: 'Les délégués' })));
    const [article] = await db.select({ heroMediaId: articles.heroMediaId }).from(articles).where(eq(articles.id, fr.articleId));
    expect(await getArticleHero(article!.heroMediaId, 'fr')).toEqual({ src: '/media/0123456789abcdef0123456789abcdef.jpg', width: 1200, height: 675, alt: 'Les délégués', credit: null });
    expect((await getArticleHero(article!.heroMediaId, 'en'))?.alt).toBe('');
  });

  it('publishes a release with a main image only once the image is described in its language', async () => {
    const withImage = { title: 'Image à décrire', heroMediaId: await libraryImage('/media/fedcba9876543210fedcba9876543210.jpg'), intent: 'publish' };
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form(withImage))));
    expect(refusal.detail.fieldErrors).toEqual({ heroAlt: 'article.heroAltRequiredOnPublish' });
    // Nothing was written (the transaction rolled back), and with its description it goes out.
    const out = await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...withImage, heroAlt: 'Des tentes dans un camp' })));
    expect(out.transition).toBe('publish');
    // A draft may wait for its description.
    await expect(inTx((tx) => saveArticleTranslation(tx, editor, form({ ...withImage, title: 'Brouillon avec image', intent: 'save' })))).resolves.toMatchObject({ transition: null });
  });

  it('refuses a newly chosen image that is not described in every language where the release is live, naming them', async () => {
    const described = (id: string, alts: Record<string, string>) =>
      db.insert(mediaTranslations).values(Object.entries(alts).map(([locale, alt]) => ({ mediaId: id, locale: locale as Locale, alt })));
    const frOnly = await libraryImage('/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1.jpg');
    await described(frOnly, { fr: 'Une salle', en: '  ' });
    const everywhere = await libraryImage('/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2.jpg');
    await described(everywhere, { en: 'A hall', es: 'Una sala' });
    // A French draft whose English and Spanish are out (Spanish scheduled).
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Image des langues en ligne' })));
    const en = await inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, articleVersion: '1', contentLocale: 'en', title: 'Live image', intent: 'publish' })));
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, articleVersion: '1', contentLocale: 'es', title: 'Imagen', intent: 'publish', publishAt: new Date(Date.now() + 3_600_000).toISOString() })),
    );
    const frForm = { articleId: fr.articleId, articleVersion: '1', baseVersion: '1', title: 'Image des langues en ligne', slug: 'image-des-langues-en-ligne', slugAuto: '' };

    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form({ ...frForm, heroMediaId: frOnly, heroAlt: 'Une salle' }))));
    expect(refusal.detail).toMatchObject({ fieldErrors: { heroMediaId: 'article.heroAltMissingLive' }, languages: ['en', 'es'] });
    expect((await articleRow(fr.articleId)).heroMediaId).toBeNull();
    // Described in each live language, it goes (the French text comes with this save).
    await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...frForm, heroMediaId: everywhere, heroAlt: 'Une salle' })));
    expect((await articleRow(fr.articleId)).heroMediaId).toBe(everywhere);
    // From a live language, the text typed with the save describes it there.
    const enForm = { articleId: fr.articleId, articleVersion: '2', baseVersion: '1', contentLocale: 'en', title: 'Live image', slug: 'live-image', slugAuto: '' };
    expect(en.version).toBe(1);
    const enRefusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form({ ...enForm, heroMediaId: frOnly }))));
    expect(enRefusal.detail).toMatchObject({ fieldErrors: { heroMediaId: 'article.heroAltMissingLive' }, languages: ['en', 'es'] });
    await described(frOnly, { es: 'Una sala' });
    await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...enForm, heroMediaId: frOnly, heroAlt: 'A hall' })));
    expect((await articleRow(fr.articleId)).heroMediaId).toBe(frOnly);
  });

  it('a writer may not change, from a draft, the text another live release shows under the same image; an editor may, and both pages are expired', async () => {
    const heroMediaId = await libraryImage('/media/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1.jpg');
    const live = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Déjà en ligne', heroMediaId, heroAlt: 'La salle revue', intent: 'publish' })));
    const draft = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Brouillon même image', heroMediaId, heroAlt: 'La salle revue' })));
    const again = { articleId: draft.articleId, articleVersion: '1', baseVersion: '1', title: 'Brouillon même image', slug: 'brouillon-meme-image', slugAuto: '', heroMediaId };
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, writer, form({ ...again, heroAlt: 'Texte non revu' }))));
    expect(refusal.detail.fieldErrors).toEqual({ heroAlt: 'article.heroAltLiveElsewhere' });
    expect((await getArticleHero(heroMediaId, 'fr'))?.alt).toBe('La salle revue');
    const out = await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...again, heroAlt: 'La grande salle' })));
    expect(out.heroAltChanged).toBe(true);
    expect(out.tags).toContain(tags.article(live.articleId));
    expect((await getArticleHero(heroMediaId, 'fr'))?.alt).toBe('La grande salle');
  });

  it('refuses an image that is not in the library', async () => {
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Image perdue', heroMediaId: '00000000-0000-4000-8000-000000000000' }))));
    expect(refusal.detail.fieldErrors).toEqual({ heroMediaId: 'article.heroUnknown' });
  });
});

describe('conflicts', () => {
  it('refuses a save based on an older version, naming who saved, and keeps history intact', async () => {
    const first = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Conflit' })));
    const base = { articleId: first.articleId, baseVersion: String(first.version), slug: 'conflit', slugAuto: '' };
    const second = await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...base, title: 'Conflit', body: paragraph('Version d’Edith.') })));
    expect(second.version).toBe(2);
    // Eric opened version 1 and saves after Edith.
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor2, form({ ...base, title: 'Conflit', body: paragraph('Version d’Eric.') }))));
    expect(refusal.detail.formError).toBe('article.conflict');
    const conflict = (refusal.detail.data as { conflict: ConflictInfo }).conflict;
    expect(conflict.savedBy).toBe('Edith');
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.theirs.body).toBe('Version d’Edith.');
    const body = conflict.diff.find((d) => d.field === 'body');
    expect(body?.changed).toBe(true);
    expect(body?.parts.filter((p) => p.kind === 'added').map((p) => p.value).join('')).toContain('Eric');
    // Saving again on top of version 2 (after merging) works.
    const merged = await inTx((tx) =>
      saveArticleTranslation(tx, editor2, form({ ...base, baseVersion: '2', title: 'Conflit', body: paragraph('Version fusionnée.') })),
    );
    expect(merged.version).toBe(3);
  });

  it('refuses to silently recreate a translation deleted since the form was opened; saving again as new recreates it', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Supprimé entre-temps' })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    // Edith opened the English draft (version 1); Eric deletes it; Edith saves her text.
    await inTx((tx) => deleteTranslation(tx, editor2, { translationId: en.translationId, baseVersion: 1 }));
    const mine = { articleId: fr.articleId, articleVersion: '1', contentLocale: 'en', title: 'Deleted meanwhile', body: paragraph('Edith’s text.') };
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form({ ...mine, baseVersion: '1' }))));
    expect(refusal.detail).toMatchObject({ formError: 'article.deletedMeanwhile', data: { deleted: { article: false } } });
    expect(await getEditorTranslation(editor, fr.articleId, 'en')).toBeNull();
    // The form, now a new translation's (no base version), recreates it.
    const again = await inTx((tx) => saveArticleTranslation(tx, editor, form(mine)));
    expect(again).toMatchObject({ articleId: fr.articleId, created: true, version: 1 });

    // The last language deleted takes the article with it: same answer, and a new article on saving again.
    const only = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Seul et supprimé' })));
    await inTx((tx) => deleteTranslation(tx, editor2, { translationId: only.translationId, baseVersion: 1 }));
    const gone = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: only.articleId, articleVersion: '1', baseVersion: '1', title: 'Seul et supprimé' }))),
    );
    expect(gone.detail).toMatchObject({ formError: 'article.deletedMeanwhile', data: { deleted: { article: true } } });
    // An article that does not exist, from a form that showed no saved version: not found, as before.
    const unknown = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: only.articleId, title: 'Seul et supprimé' }))));
    expect(unknown.detail.formError).toBe('article.notFound');
  });

  it('a save without change makes no new revision', async () => {
    const first = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Inchangé' })));
    const again = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: first.articleId, baseVersion: '1', title: 'Inchangé', slug: 'inchange', slugAuto: '' })),
    );
    expect(again.contentChanged).toBe(false);
    expect(again.version).toBe(1);
  });
});

describe('conflicts on the fields all translations share', () => {
  it('refuses a change of office based on an older article version, naming who changed it; a re-save over it works', async () => {
    const [other] = await db.insert(offices).values({ key: 'buenos-aires', countryCode: 'UY' }).returning({ id: offices.id });
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Réglages communs' })));
    expect((await articleRow(fr.articleId)).version).toBe(1);
    // Edith (French) and Eric (English) both opened version 1. Edith changes the office.
    const base = { articleId: fr.articleId, articleVersion: '1' };
    const edith = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ ...base, baseVersion: '1', title: 'Réglages communs', slug: 'reglages-communs', slugAuto: '', contactOfficeId: other!.id })),
    );
    expect(edith.tags).toContain(tags.article(fr.articleId));
    expect(await articleRow(fr.articleId)).toMatchObject({ version: 2, updatedById: editor.id, contactOfficeId: other!.id });

    // Eric writes the English text from the form he opened: its office is still Montevideo.
    const en = { ...base, contentLocale: 'en', title: 'Shared settings', contactOfficeId: officeId };
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor2, form(en))));
    expect(refusal.detail.formError).toBe('article.sharedConflict');
    const data = refusal.detail.data as ConflictData;
    expect(data.conflict).toBeUndefined();
    expect(data.shared).toMatchObject({ currentVersion: 2, savedBy: 'Edith', theirs: { type: 'press_release', contactOfficeId: other!.id, topicIds: [], countryCodes: [] } });
    expect(new Date(data.shared!.savedAt).getTime()).toBeGreaterThan(0);
    // Nothing was written: no English translation, Edith's office stays.
    expect(await getEditorTranslation(editor2, fr.articleId, 'en')).toBeNull();
    expect((await articleRow(fr.articleId)).contactOfficeId).toBe(other!.id);

    // The same stale form, its office taken from Edith's version: nothing to overwrite, it goes through.
    const agreed = await inTx((tx) => saveArticleTranslation(tx, editor2, form({ ...en, contactOfficeId: other!.id })));
    expect((await articleRow(fr.articleId)).version).toBe(2);
    // Eric keeps his choice: saved over version 2, it makes version 3, his.
    await inTx((tx) =>
      saveArticleTranslation(tx, editor2, form({ ...en, articleVersion: '2', baseVersion: String(agreed.version), slug: 'shared-settings', slugAuto: '' })),
    );
    expect(await articleRow(fr.articleId)).toMatchObject({ version: 3, updatedById: editor2.id, contactOfficeId: officeId });
  });

  it('answers a stale text and stale shared fields together; a text-only save leaves the article version alone', async () => {
    const first = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Les deux' })));
    const base = { articleId: first.articleId, articleVersion: '1', baseVersion: '1', title: 'Les deux', slug: 'les-deux', slugAuto: '' };
    await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...base, type: 'news', body: paragraph('Texte d’Edith.') })));
    expect((await articleRow(first.articleId)).version).toBe(2);
    const both = await refusalOf(inTx((tx) => saveArticleTranslation(tx, editor2, form({ ...base, type: 'statement', body: paragraph('Texte d’Eric.') }))));
    expect(both.detail.formError).toBe('article.conflict');
    const data = both.detail.data as ConflictData;
    expect(data.conflict?.currentVersion).toBe(2);
    expect(data.shared).toMatchObject({ currentVersion: 2, theirs: { type: 'news' } });

    await inTx((tx) => saveArticleTranslation(tx, editor, form({ ...base, articleVersion: '2', baseVersion: '2', type: 'news', body: paragraph('Encore.') })));
    expect((await articleRow(first.articleId)).version).toBe(2);
  });
});

describe('workflow', () => {
  async function draft(title: string) {
    return inTx((tx) => saveArticleTranslation(tx, writer, form({ title })));
  }
  const step = (actor: WriteActor, translationId: string, transition: 'submit' | 'publish' | 'return' | 'unpublish' | 'archive', baseVersion = 1, publishAt: Date | null = null) =>
    takeStep(actor, { translationId, baseVersion, transition, publishAt });

  it('writer submits; writer may not publish; editor publishes; every step audited', async () => {
    const d = await draft('Flux de travail');
    await step(writer, d.translationId, 'submit');
    const denied = await refusalOf(step(writer, d.translationId, 'publish'));
    expect(denied.detail.formError).toBe('forbidden');
    expect(denied.detail.denied?.action).toBe('article.publish');
    const published = await step(editor, d.translationId, 'publish');
    expect(published.tags).toEqual(expect.arrayContaining([tags.article(d.articleId), tags.articleLists('fr'), tags.slug('flux-de-travail')]));
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId));
    expect(t?.status).toBe('published');
    expect(t?.reviewedById).toBe(editor.id);
    expect(t?.submittedById).toBe(writer.id);
    expect(published.audit).toMatchObject({ action: 'article.publish', actorId: editor.id, detail: { from: 'in_review', to: 'published' } });
    // "Version 1, saved by Wanda": the editor published it but did not save its text.
    const shown = await getEditorTranslation(editor, d.articleId, 'fr');
    expect(shown).toMatchObject({ version: 1, savedByName: 'Wanda', updatedByName: 'Wanda' });
    expect(new Date(shown!.savedAt).getTime()).toBeLessThan(new Date(shown!.updatedAt).getTime());
  });

  it('an editor sends a submission back with a note; the writer reads it until they submit again', async () => {
    const d = await draft('À revoir');
    await step(writer, d.translationId, 'submit');
    const back = await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'return', publishAt: null, note: 'Ajoutez la date.\nEt la source.' });
    expect(back.audit.detail).toMatchObject({ from: 'in_review', to: 'draft', note: 'Ajoutez la date.\nEt la source.' });
    const seen = await getEditorTranslation(writer, d.articleId, 'fr');
    expect(seen?.status).toBe('draft');
    expect(seen?.returned).toMatchObject({ byName: 'Edith', note: 'Ajoutez la date.\nEt la source.' });
    await step(writer, d.translationId, 'submit');
    expect((await getEditorTranslation(writer, d.articleId, 'fr'))?.returned).toBeNull();
    // Without a note, who and when are still said.
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'return', publishAt: null });
    expect((await getEditorTranslation(writer, d.articleId, 'fr'))?.returned).toMatchObject({ byName: 'Edith', note: null });
  });

  it('a step from a page that showed another state is refused, and the reviewer’s note is kept', async () => {
    const d = await draft('Renvoyé entre-temps');
    await step(writer, d.translationId, 'submit');
    // Two editors open the page while it is in review.
    const seen = await shownState(d.translationId);
    expect(seen).toBe('in_review');
    await inTx((tx) => transitionTranslation(tx, editor, { translationId: d.translationId, baseVersion: 1, baseState: seen, transition: 'return', publishAt: null, note: 'Vérifiez les chiffres.' }));
    // The other, from the page still showing "in review": neither the step alone nor a save that takes it.
    const alone = await refusalOf(inTx((tx) => transitionTranslation(tx, editor2, { translationId: d.translationId, baseVersion: 1, baseState: seen, transition: 'publish', publishAt: null })));
    expect(alone.detail.formError).toBe('article.staleTransition');
    const withSave = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, editor2, form({ articleId: d.articleId, baseVersion: '1', baseState: seen, title: 'Renvoyé entre-temps, revu', slug: 'renvoye-entre-temps', slugAuto: '', intent: 'publish' }))),
    );
    expect(withSave.detail.formError).toBe('article.stateChanged');
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId));
    expect(t).toMatchObject({ status: 'draft', title: 'Renvoyé entre-temps', version: 1, returnNote: 'Vérifiez les chiffres.' });
    // A plain save (no step) still goes through, and shows the state as it is now.
    await inTx((tx) => saveArticleTranslation(tx, editor2, form({ articleId: d.articleId, baseVersion: '1', baseState: seen, title: 'Renvoyé entre-temps, revu', slug: 'renvoye-entre-temps', slugAuto: '' })));
    expect((await getEditorTranslation(editor2, d.articleId, 'fr'))?.returned).toMatchObject({ note: 'Vérifiez les chiffres.' });
    // Rescheduled by someone else: a "publish" from the page that showed the first time is refused too.
    const at = new Date(Date.now() + 86_400_000);
    await takeStep(editor, { translationId: d.translationId, baseVersion: 2, transition: 'publish', publishAt: at });
    const scheduled = await shownState(d.translationId);
    await takeStep(editor, { translationId: d.translationId, baseVersion: 2, transition: 'publish', publishAt: new Date(at.getTime() + 3_600_000) });
    const moved = await refusalOf(inTx((tx) => transitionTranslation(tx, editor2, { translationId: d.translationId, baseVersion: 2, baseState: scheduled, transition: 'unpublish', publishAt: null })));
    expect(moved.detail.formError).toBe('article.staleTransition');
  });

  it('nobody approves their own submission', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Auto-approbation' })));
    await step(editor, d.translationId, 'submit');
    const refusal = await refusalOf(step(editor, d.translationId, 'publish'));
    expect(refusal.detail.formError).toBe('article.ownSubmission');
    await expect(step(editor2, d.translationId, 'publish')).resolves.toMatchObject({ translationId: d.translationId });
  });

  it('refuses transitions from the wrong state, a past schedule time, an empty body, and stale versions', async () => {
    const d = await draft('Règles');
    expect((await refusalOf(step(editor, d.translationId, 'unpublish'))).detail.formError).toBe('article.notFromState');
    expect((await refusalOf(step(editor, d.translationId, 'publish', 1, new Date(Date.now() - 3_600_000)))).detail.fieldErrors).toEqual({
      publishAt: 'article.schedulePast',
    });
    expect((await refusalOf(step(editor, d.translationId, 'publish', 0))).detail.formError).toBe('article.staleTransition');
    const empty = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Vide', body: JSON.stringify({ type: 'doc', content: [] }), intent: 'publish' }))),
    );
    expect(empty.detail.fieldErrors).toEqual({ body: 'article.bodyEmptyOnPublish' });
  });

  it('unpublish returns to draft; archive; writers cannot edit what is published', async () => {
    const d = await draft('Cycle');
    await step(editor, d.translationId, 'publish');
    const edit = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, writer, form({ articleId: d.articleId, baseVersion: '1', title: 'Cycle modifié' }))),
    );
    expect(edit.detail.formError).toBe('article.cannotEditPublished');
    await step(editor, d.translationId, 'unpublish');
    let [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId));
    expect(t?.status).toBe('draft');
    expect(t?.publishAt).toBeNull();
    await step(editor, d.translationId, 'archive');
    [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId));
    expect(t?.status).toBe('archived');
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, d.translationId));
    // transitionTranslation hands its entry to the caller (the action writes it); save+publish writes its own.
    expect(audits).toEqual([]);
  });

  it('a writer cannot change the shared fields of an article with a published language; editors can', async () => {
    const d = await draft('Communs publiés');
    await step(editor, d.translationId, 'publish');
    const [other] = await db.insert(offices).values({ key: 'salto', countryCode: 'UY' }).returning({ id: offices.id });
    // The writer drafts the English version and, on the way, changes the office and the type.
    const en = { articleId: d.articleId, articleVersion: '1', contentLocale: 'en', title: 'Shared, published' };
    const refusal = await refusalOf(inTx((tx) => saveArticleTranslation(tx, writer, form({ ...en, contactOfficeId: other!.id, type: 'statement' }))));
    expect(refusal.detail.formError).toBe('article.sharedPublished');
    expect(refusal.detail.denied).toMatchObject({ action: 'article.save', entityType: 'article', entityId: d.articleId, detail: { shared: true, published: ['fr'] } });
    expect(await articleRow(d.articleId)).toMatchObject({ version: 1, type: 'press_release', contactOfficeId: officeId });
    expect(await getEditorTranslation(writer, d.articleId, 'en')).toBeNull();
    // With the shared fields as they are, the English draft saves.
    await expect(inTx((tx) => saveArticleTranslation(tx, writer, form(en)))).resolves.toMatchObject({ articleId: d.articleId, version: 1 });
    // An editor may change them: the live French page shows the change.
    const byEditor = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ ...en, baseVersion: '1', slug: 'shared-published', slugAuto: '', contactOfficeId: other!.id })),
    );
    expect(byEditor.tags).toContain(tags.articleLists('fr'));
    expect((await articleRow(d.articleId)).contactOfficeId).toBe(other!.id);
  });

  it('"publish now" on a release readers already see keeps its date; a scheduled one is brought forward', async () => {
    const d = await draft('Date gardée');
    await step(editor, d.translationId, 'publish');
    const publishAtOf = async () => (await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId)))[0]!.publishAt!;
    const first = await publishAtOf();
    await new Promise((r) => setTimeout(r, 20));
    const baseState = await shownState(d.translationId);
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: d.articleId, baseVersion: '1', baseState, title: 'Date gardée, texte revu', slug: 'date-gardee', slugAuto: '', intent: 'publish' })),
    );
    expect((await publishAtOf()).getTime()).toBe(first.getTime());

    const later = await draft('Programmé puis avancé');
    await step(editor, later.translationId, 'publish', 1, new Date(Date.now() + 86_400_000));
    const before = Date.now();
    await step(editor, later.translationId, 'publish', 1);
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, later.translationId));
    expect(t!.publishAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(t!.publishAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('save with intent publish answers the transition’s audit entry, for the action to write after the save’s', async () => {
    const out = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Publié d’un coup', intent: 'publish' })));
    expect(out.stepAudit).toMatchObject({ action: 'article.publish', actorId: editor.id, entityId: out.translationId, detail: { from: 'draft', to: 'published' } });
    const audits = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, out.translationId));
    expect(audits).toEqual([]);
    expect(out.tags).toContain(tags.articleLists('fr'));
  });
});

describe('slug redirects', () => {
  it('a published translation whose slug changes keeps its old address as a redirect', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Ancien titre', intent: 'publish' })));
    const renamed = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: d.articleId, baseVersion: '1', title: 'Nouveau titre', slug: 'nouveau-titre', slugAuto: '' })),
    );
    expect(renamed.tags).toEqual(expect.arrayContaining([tags.slug('ancien-titre'), tags.slug('nouveau-titre'), tags.article(d.articleId)]));
    const redirects = await db.select().from(articleSlugRedirects).where(eq(articleSlugRedirects.translationId, d.translationId));
    expect(redirects.map((r) => r.slug)).toEqual(['ancien-titre']);
  });

  it('a draft that never was published leaves no redirect', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Brouillon renommé' })));
    const renamed = await inTx((tx) => saveArticleTranslation(tx, writer, form({ articleId: d.articleId, baseVersion: '1', title: 'Brouillon renommé', slug: 'autre-nom', slugAuto: '' })));
    const redirects = await db.select().from(articleSlugRedirects).where(eq(articleSlugRedirects.translationId, d.translationId));
    expect(redirects).toEqual([]);
    expect(renamed.tags).toEqual([]); // neither address ever answered for it
  });

  it('a translation withdrawn after readers saw it expires both addresses when renamed, or restored under another slug', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Retiré puis renommé', intent: 'publish' })));
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'unpublish', publishAt: null });
    // The new address may have been asked for before (and cached as not found): it now answers
    // with the notice of the languages the release is public in.
    const renamed = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: d.articleId, baseVersion: '1', title: 'Retiré puis renommé', slug: 'retire-nouveau-nom', slugAuto: '' })),
    );
    expect(renamed.tags).toEqual(expect.arrayContaining([tags.slug('retire-puis-renomme'), tags.slug('retire-nouveau-nom')]));
    const [v1] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.translationId, d.translationId), eq(articleRevisions.version, 1)));
    const restored = await inTx((tx) => restoreRevision(tx, editor, { translationId: d.translationId, baseVersion: 2, revisionId: v1!.id }));
    expect(restored.tags).toEqual(expect.arrayContaining([tags.slug('retire-nouveau-nom'), tags.slug('retire-puis-renomme')]));
  });
});

describe('revisions and translations', () => {
  it('restore makes a new revision with the old content', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Restauration' })));
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: d.articleId, baseVersion: '1', title: 'Restauration', slug: 'restauration', slugAuto: '', body: paragraph('Texte 2') })),
    );
    const [v1] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.translationId, d.translationId), eq(articleRevisions.version, 1)));
    const out = await inTx((tx) => restoreRevision(tx, editor, { translationId: d.translationId, baseVersion: 2, revisionId: v1!.id }));
    expect(out.version).toBe(3);
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, d.translationId));
    expect(t?.bodyText).toBe('Premier paragraphe.');
    const [v3] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.translationId, d.translationId), eq(articleRevisions.version, 3)));
    expect(v3?.note).toBe('restored:1');
  });

  it('a translation is outdated once its source gets a newer revision, until marked current', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source française' })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    let t = await getEditorTranslation(editor, fr.articleId, 'en');
    expect(t?.sourceLocale).toBe('fr');
    expect(t?.outdated).toBe(false);
    expect(t?.title).toBe('Source française');

    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Source française', slug: 'source-francaise', slugAuto: '', body: paragraph('Changé') })),
    );
    t = await getEditorTranslation(editor, fr.articleId, 'en');
    expect(t?.outdated).toBe(true);
    const list = await listArticlesForDashboard(editor, { page: 1, status: 'outdated', locale: 'en' });
    expect(list.items.map((i) => i.id)).toContain(fr.articleId);
    expect(list.items.find((i) => i.id === fr.articleId)?.cells.en).toMatchObject({ state: 'draft', outdated: true });

    // Marked with the source revision the page showed (the form sends its id; anything else is no mark).
    const saveEn = (baseVersion: number, markSourceCurrent: string) =>
      inTx((tx) =>
        saveArticleTranslation(
          tx,
          editor,
          form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(baseVersion), title: 'English source', slug: 'english-source', slugAuto: '', markSourceCurrent }),
        ),
      );
    const enSaved = await saveEn(en.version, '1');
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(true);
    const frV2 = await sourceRevision(fr.translationId, 2);
    await saveEn(enSaved.version, frV2.id);
    t = await getEditorTranslation(editor, fr.articleId, 'en');
    expect(t?.outdated).toBe(false);
  });

  it('changes carried over mark the translation up to date with the source the page showed, not a newer one', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source vue', slug: 'source-vue', slugAuto: '' })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const saveFr = (version: number, text: string) =>
      inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: String(version), title: 'Source vue', slug: 'source-vue', slugAuto: '', body: paragraph(text) })));
    await saveFr(1, 'Deuxième version.');
    // The translator opens the English page: the source panel shows French version 2.
    const shown = await sourceRevision(fr.translationId, 2);
    // Meanwhile the French writer saves version 3, unseen by the translator.
    await saveFr(2, 'CORRECTION URGENTE : le programme est suspendu.');
    const en2 = await inTx((tx) =>
      saveArticleTranslation(
        tx,
        editor,
        form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Seen source', slug: 'seen-source', slugAuto: '', markSourceCurrent: shown.id }),
      ),
    );
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, en.translationId));
    expect(t?.sourceRevisionId).toBe(shown.id);
    // Still to update, with version 3's correction to carry over.
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(true);

    // Marked up to date with version 3, a page left open since on version 2 does not move the mark back.
    const latest = await sourceRevision(fr.translationId, 3);
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en2.version), title: 'Seen source', slug: 'seen-source', slugAuto: '', markSourceCurrent: latest.id })),
    );
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en2.version), title: 'Seen source', slug: 'seen-source', slugAuto: '', markSourceCurrent: shown.id })),
    );
    const [after] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, en.translationId));
    expect(after?.sourceRevisionId).toBe(latest.id);
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);
    // A revision of another translation is no mark either.
    const [enRevision] = await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, en.translationId));
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en2.version), title: 'Seen source', slug: 'seen-source', slugAuto: '', markSourceCurrent: enRevision!.id })),
    );
    expect((await db.select().from(articleTranslations).where(eq(articleTranslations.id, en.translationId)))[0]?.sourceRevisionId).toBe(latest.id);
  });

  it('keeps an image pasted without a description in a draft, not on a page readers see', async () => {
    const withImage = (alt: string) =>
      JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte.' }] }, { type: 'image', attrs: { src: 'https://example.org/photo.jpg', alt } }] });
    const draft = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Image collée', slug: 'image-collee', slugAuto: '', body: withImage('') })));
    const refused = await refusalOf(takeStep(editor, { translationId: draft.translationId, baseVersion: draft.version, transition: 'publish', publishAt: null }));
    expect(refused.detail.fieldErrors).toEqual({ body: 'article.bodyImageAltRequiredOnPublish' });
    const described = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: draft.articleId, baseVersion: String(draft.version), title: 'Image collée', slug: 'image-collee', slugAuto: '', body: withImage('Une famille à Montevideo') })),
    );
    await takeStep(editor, { translationId: draft.translationId, baseVersion: described.version, transition: 'publish', publishAt: null });
    // Published: its description cannot be taken away by a save.
    const live = await refusalOf(
      inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: draft.articleId, baseVersion: String(described.version), title: 'Image collée', slug: 'image-collee', slugAuto: '', body: withImage('  ') }))),
    );
    expect(live.detail.fieldErrors).toEqual({ body: 'article.bodyImageAltRequiredOnPublish' });
  });

  it('a translation whose text is still the copied source is neither sent for review nor published', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source à traduire', slug: 'source-a-traduire', slugAuto: '', body: paragraph('Texte français.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    // Its title translated, its text not.
    const titled = await inTx((tx) =>
      saveArticleTranslation(tx, writer, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Source to translate', slug: 'source-to-translate', slugAuto: '', body: paragraph('Texte français.') })),
    );
    for (const [actor, transition] of [
      [writer, 'submit'],
      [editor, 'publish'],
    ] as const) {
      const refusal = await refusalOf(takeStep(actor, { translationId: en.translationId, baseVersion: titled.version, transition, publishAt: null }));
      expect(refusal.detail).toMatchObject({ fieldErrors: { body: 'article.untranslated' }, languages: ['fr'] });
    }
    // Saved with a step, the text is kept and the step refused.
    const shown = await shownState(en.translationId);
    const withStep = await refusalOf(
      inTx((tx) =>
        saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(titled.version), baseState: shown, title: 'Source to translate!', slug: 'source-to-translate', slugAuto: '', body: paragraph('Texte français.'), intent: 'publish' })),
      ),
    );
    expect(withStep.detail.fieldErrors).toEqual({ body: 'article.untranslated' });
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.status).toBe('draft');
    // Translated: published.
    const done = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(titled.version), baseState: shown, title: 'Source to translate', slug: 'source-to-translate', slugAuto: '', body: paragraph('English text.'), intent: 'publish' })),
    );
    expect(done.transition).toBe('publish');
  });

  it('restoring an older text of a translation brings back the source version it was up to date with', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source restaurée', slug: 'source-restauree', slugAuto: '', body: paragraph('Version une.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    await inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Source restaurée', slug: 'source-restauree', slugAuto: '', body: paragraph('Version deux.') })));
    const frV2 = await sourceRevision(fr.translationId, 2);
    const en2 = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Restored source', slug: 'restored-source', slugAuto: '', body: paragraph('Version two.'), markSourceCurrent: frV2.id })),
    );
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);

    // Version 1 is the French copy, made from French version 1: outdated again once restored.
    const enV1 = await sourceRevision(en.translationId, 1);
    const restored = await inTx((tx) => restoreRevision(tx, editor, { translationId: en.translationId, baseVersion: en2.version, revisionId: enV1.id }));
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(true);
    // And version 2, translated from French version 2: up to date again.
    const enV2 = await sourceRevision(en.translationId, 2);
    await inTx((tx) => restoreRevision(tx, editor, { translationId: en.translationId, baseVersion: restored.version, revisionId: enV2.id }));
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);
  });

  it('a version restored onto a published translation is refused when a publish would be: the untranslated copy, an undescribed image', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Copie restaurée', slug: 'copie-restauree', slugAuto: '', body: paragraph('Texte français.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const withImage = (alt: string) =>
      JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'English text.' }] }, { type: 'image', attrs: { src: 'https://example.org/photo.jpg', alt } }] });
    // Version 2: translated, an image pasted without its description (a draft may hold it).
    const en2 = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Restored copy', slug: 'restored-copy', slugAuto: '', body: withImage('') })),
    );
    // Version 3: described, then published.
    const en3 = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en2.version), title: 'Restored copy', slug: 'restored-copy', slugAuto: '', body: withImage('A family in Montevideo') })),
    );
    await takeStep(editor, { translationId: en.translationId, baseVersion: en3.version, transition: 'publish', publishAt: null });
    const [v1, v2] = [await sourceRevision(en.translationId, 1), await sourceRevision(en.translationId, 2)];
    const copy = await refusalOf(inTx((tx) => restoreRevision(tx, editor, { translationId: en.translationId, baseVersion: en3.version, revisionId: v1.id })));
    expect(copy.detail).toMatchObject({ formError: 'article.restoreUntranslated', languages: ['fr'] });
    const undescribed = await refusalOf(inTx((tx) => restoreRevision(tx, editor, { translationId: en.translationId, baseVersion: en3.version, revisionId: v2.id })));
    expect(undescribed.detail).toMatchObject({ formError: 'article.restoreUndescribed' });
    // Nothing written: the published text and its history stay as they were.
    const [t] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, en.translationId));
    expect(t).toMatchObject({ version: en3.version, status: 'published' });
    expect(await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, en.translationId))).toHaveLength(en3.version);
    // Back to a draft, the same versions may be restored to be taken up again.
    await takeStep(editor, { translationId: en.translationId, baseVersion: en3.version, transition: 'unpublish', publishAt: null });
    const restored = await inTx((tx) => restoreRevision(tx, editor, { translationId: en.translationId, baseVersion: en3.version, revisionId: v1.id }));
    expect(restored.version).toBe(en3.version + 1);
  });

  it('a mark without a change of text is kept with the current text, for a later restore', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Marque seule', slug: 'marque-seule', slugAuto: '', body: paragraph('Un.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const en2 = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Mark only', slug: 'mark-only', slugAuto: '', body: paragraph('One.') })),
    );
    await inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Marque seule', slug: 'marque-seule', slugAuto: '', body: paragraph('Deux.') })));
    const frV2 = await sourceRevision(fr.translationId, 2);
    // Nothing to change in the English: marked up to date as it is.
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en2.version), title: 'Mark only', slug: 'mark-only', slugAuto: '', body: paragraph('One.'), markSourceCurrent: frV2.id })),
    );
    expect((await sourceRevision(en.translationId, 2)).sourceRevisionId).toBe(frV2.id);
  });

  it('a translation is not outdated when its source, changed since, is back to the text it was made from', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source rétablie', slug: 'source-retablie', slugAuto: '' })));
    await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const changed = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Source rétablie', slug: 'source-retablie', slugAuto: '', body: paragraph('Changé') })),
    );
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(true);
    const [v1] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.translationId, fr.translationId), eq(articleRevisions.version, 1)));
    await inTx((tx) => restoreRevision(tx, editor, { translationId: fr.translationId, baseVersion: changed.version, revisionId: v1!.id }));
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);
    const list = await listArticlesForDashboard(editor, { page: 1, status: 'outdated', locale: 'en' });
    expect(list.items.map((i) => i.id)).not.toContain(fr.articleId);
    // Its address alone changing is no change of its text.
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: String(changed.version + 1), title: 'Source rétablie', slug: 'autre-adresse', slugAuto: '' })),
    );
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);
  });
});

describe('a translation made from another translation', () => {
  it('is to update once the French changes since the French its source followed, before that source is updated; carried over, it is not', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source en chaîne', slug: 'source-en-chaine', slugAuto: '', body: paragraph('Un.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const saveEn = (baseVersion: number, text: string, markSourceCurrent?: string) =>
      inTx((tx) =>
        saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(baseVersion), title: 'Chained source', slug: 'chained-source', slugAuto: '', body: paragraph(text), markSourceCurrent })),
      );
    const en2 = await saveEn(en.version, 'One.');
    // The Spanish is made from the English, which follows French version 1.
    const es = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'es', sourceLocale: 'en' }));
    const esRow = async () => (await getEditorTranslation(editor, fr.articleId, 'es'))!;
    expect((await esRow()).sourceLocale).toBe('en');
    expect((await esRow()).outdated).toBe(false);
    const esSaved = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'es', baseVersion: String(es.version), title: 'Fuente encadenada', slug: 'fuente-encadenada', slugAuto: '', body: paragraph('Uno.') })),
    );

    await inTx((tx) => saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Source en chaîne', slug: 'source-en-chaine', slugAuto: '', body: paragraph('Deux.') })));
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(true);
    // The English has not changed, the French it follows has: the Spanish is to update too.
    expect((await esRow()).outdated).toBe(true);
    const list = await listArticlesForDashboard(editor, { page: 1, status: 'outdated', locale: 'es' });
    expect(list.items.find((i) => i.id === fr.articleId)?.cells.es).toMatchObject({ outdated: true });
    // Beside it, the editor shows what changed in the French since (the English shows no change).
    const frV1 = await sourceRevision(fr.translationId, 1);
    const frV2 = await sourceRevision(fr.translationId, 2);
    const compared = await getSourceComparison(editor, fr.articleId, 'en', (await esRow()).sourceRevisionId);
    expect(compared?.current.id).toBe(compared?.base?.id);
    expect(compared?.upstream).toMatchObject({ locale: 'fr', base: { id: frV1.id, version: 1 }, current: { id: frV2.id, version: 2, body: JSON.parse(paragraph('Deux.')) } });

    // The English carries the French over: the Spanish still has the English changes to carry over.
    const en3 = await saveEn(en2.version, 'Two.', frV2.id);
    expect((await getEditorTranslation(editor, fr.articleId, 'en'))?.outdated).toBe(false);
    expect((await esRow()).outdated).toBe(true);
    const afterEnglish = await getSourceComparison(editor, fr.articleId, 'en', (await esRow()).sourceRevisionId);
    expect(afterEnglish?.upstream).toBeNull();
    const enV3 = await sourceRevision(en.translationId, en3.version);
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'es', baseVersion: String(esSaved.version), title: 'Fuente encadenada', slug: 'fuente-encadenada', slugAuto: '', body: paragraph('Dos.'), markSourceCurrent: enV3.id })),
    );
    expect((await esRow()).outdated).toBe(false);
    const none = await listArticlesForDashboard(editor, { page: 1, status: 'outdated', locale: 'es' });
    expect(none.items.map((i) => i.id)).not.toContain(fr.articleId);
  });

  it('is not to update when the French is back to the text its source followed', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Chaîne rétablie', slug: 'chaine-retablie', slugAuto: '', body: paragraph('Un.') })));
    const en = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, contentLocale: 'en', baseVersion: String(en.version), title: 'Restored chain', slug: 'restored-chain', slugAuto: '', body: paragraph('One.') })),
    );
    await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'ar', sourceLocale: 'en' }));
    const changed = await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: fr.articleId, baseVersion: '1', title: 'Chaîne rétablie', slug: 'chaine-retablie', slugAuto: '', body: paragraph('Deux.') })),
    );
    expect((await getEditorTranslation(editor, fr.articleId, 'ar'))?.outdated).toBe(true);
    const frV1 = await sourceRevision(fr.translationId, 1);
    await inTx((tx) => restoreRevision(tx, editor, { translationId: fr.translationId, baseVersion: changed.version, revisionId: frV1.id }));
    expect((await getEditorTranslation(editor, fr.articleId, 'ar'))?.outdated).toBe(false);
  });
});

async function sourceRevision(translationId: string, version: number) {
  const [row] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.translationId, translationId), eq(articleRevisions.version, version)));
  return row!;
}

describe('deleting a translation readers never saw', () => {
  const publish = (translationId: string, baseVersion = 1) =>
    takeStep(editor, { translationId, baseVersion, transition: 'publish', publishAt: null });

  it('deletes a draft with its history, and the article with its last translation', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Brouillon à jeter' })));
    const en = await inTx((tx) => createTranslation(tx, writer, { articleId: fr.articleId, contentLocale: 'en', sourceLocale: 'fr' }));
    const out = await inTx((tx) => deleteTranslation(tx, writer, { translationId: en.translationId, baseVersion: en.version }));
    expect(out).toMatchObject({ articleId: fr.articleId, locale: 'en', articleDeleted: false, remaining: ['fr'] });
    expect(await db.select().from(articleRevisions).where(eq(articleRevisions.translationId, en.translationId))).toEqual([]);
    expect(await articleRow(fr.articleId)).toBeTruthy();

    const last = await inTx((tx) => deleteTranslation(tx, writer, { translationId: fr.translationId, baseVersion: 1 }));
    expect(last).toMatchObject({ articleDeleted: true, remaining: [], title: 'Brouillon à jeter' });
    expect(await db.select().from(articles).where(eq(articles.id, fr.articleId))).toEqual([]);
  });

  it('a writer deletes only a draft that is theirs alone; an editor any never-published one', async () => {
    const mine = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Le brouillon de Wanda' })));
    // An editor's version in it: the writer's delete would take the editor's work too.
    await inTx((tx) =>
      saveArticleTranslation(tx, editor, form({ articleId: mine.articleId, baseVersion: '1', title: 'Le brouillon de Wanda', slug: 'le-brouillon-de-wanda', slugAuto: '', body: paragraph('Relu.') })),
    );
    const refusal = await refusalOf(inTx((tx) => deleteTranslation(tx, writer, { translationId: mine.translationId, baseVersion: 2 })));
    expect(refusal.detail).toMatchObject({ formError: 'article.othersWork', denied: { action: 'article.delete', entityId: mine.translationId } });
    expect((await getEditorTranslation(writer, mine.articleId, 'fr'))?.authorIds.sort()).toEqual([editor.id, writer.id].sort());

    // Started by an editor, with no later version by anyone else: not the writer's either.
    const theirs = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Le brouillon d’Edith' })));
    expect((await refusalOf(inTx((tx) => deleteTranslation(tx, writer, { translationId: theirs.translationId, baseVersion: 1 })))).detail.formError).toBe('article.othersWork');

    await inTx((tx) => deleteTranslation(tx, editor, { translationId: mine.translationId, baseVersion: 2 }));
    expect(await articleRow(mine.articleId)).toBeFalsy();
  });

  it('keeps translations made from it, without their source', async () => {
    const fr = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Source supprimée' })));
    const es = await inTx((tx) => createTranslation(tx, editor, { articleId: fr.articleId, contentLocale: 'es', sourceLocale: 'fr' }));
    await inTx((tx) => deleteTranslation(tx, editor, { translationId: fr.translationId, baseVersion: 1 }));
    const [row] = await db.select().from(articleTranslations).where(eq(articleTranslations.id, es.translationId));
    expect(row).toMatchObject({ title: 'Source supprimée', sourceLocale: null, sourceRevisionId: null });
  });

  it('a schedule withdrawn before its time leaves no publication: the draft is deleted, or published later with its own date', async () => {
    const firstOf = async (id: string) => (await db.select().from(articleTranslations).where(eq(articleTranslations.id, id)))[0]!.firstPublishedAt;
    const farAhead = new Date(Date.now() + 365 * 86_400_000);
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Programmé puis retiré' })));
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'publish', publishAt: farAhead });
    expect(await firstOf(d.translationId)).toEqual(farAhead);
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'unpublish', publishAt: null });
    expect(await firstOf(d.translationId)).toBeNull();

    // Published now after all: its first publication is now, not the time withdrawn.
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'publish', publishAt: farAhead });
    const before = Date.now();
    await publish(d.translationId);
    expect((await firstOf(d.translationId))!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await firstOf(d.translationId))!.getTime()).toBeLessThanOrEqual(Date.now());

    // Scheduled, then sent back to draft by archiving and unpublishing: still deletable.
    const other = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Programmé puis archivé' })));
    await takeStep(editor, { translationId: other.translationId, baseVersion: 1, transition: 'publish', publishAt: farAhead });
    await takeStep(editor, { translationId: other.translationId, baseVersion: 1, transition: 'archive', publishAt: null });
    await takeStep(editor, { translationId: other.translationId, baseVersion: 1, transition: 'unpublish', publishAt: null });
    await expect(inTx((tx) => deleteTranslation(tx, editor, { translationId: other.translationId, baseVersion: 1 }))).resolves.toMatchObject({ articleDeleted: true });
  });

  it('refuses what is or was public, and a version changed since the page was opened', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Publié une fois' })));
    await publish(d.translationId);
    expect((await refusalOf(inTx((tx) => deleteTranslation(tx, editor, { translationId: d.translationId, baseVersion: 1 })))).detail.formError).toBe('article.cannotDelete');
    await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'unpublish', publishAt: null });
    // Back to draft, but readers have seen it: archived, never deleted.
    const refusal = await refusalOf(inTx((tx) => deleteTranslation(tx, editor, { translationId: d.translationId, baseVersion: 1 })));
    expect(refusal.detail).toMatchObject({ formError: 'article.cannotDelete', denied: { action: 'article.delete' } });

    const draft = await inTx((tx) => saveArticleTranslation(tx, writer, form({ title: 'Changé entre-temps' })));
    await inTx((tx) =>
      saveArticleTranslation(tx, writer, form({ articleId: draft.articleId, baseVersion: '1', title: 'Changé entre-temps', slug: 'change-entre-temps', slugAuto: '', body: paragraph('v2') })),
    );
    expect((await refusalOf(inTx((tx) => deleteTranslation(tx, writer, { translationId: draft.translationId, baseVersion: 1 })))).detail.formError).toBe('article.staleTransition');
  });
});

describe('read-time visibility', () => {
  it('a scheduled translation is hidden until its time, then visible without any job', async () => {
    const d = await inTx((tx) => saveArticleTranslation(tx, editor, form({ title: 'Programmé' })));
    const at = new Date(Date.now() + 60_000);
    const step = await takeStep(editor, { translationId: d.translationId, baseVersion: 1, transition: 'publish', publishAt: at });
    // Logged as a schedule, under the code the audit log's list, filter and export show.
    expect(step.audit).toMatchObject({ action: 'article.schedule', detail: { to: 'scheduled' } });
    const visible = () =>
      db.select({ id: articleTranslations.id }).from(articleTranslations).where(and(eq(articleTranslations.id, d.translationId), articleVisible()));
    expect(await visible()).toEqual([]);
    const list = await listArticlesForDashboard(editor, { page: 1, status: 'scheduled' });
    expect(list.items.find((i) => i.id === d.articleId)?.cells.fr.state).toBe('scheduled');
    // Move the clock: put the time in the past, as if the minute had gone by.
    await db.update(articleTranslations).set({ publishAt: sql`now() - interval '1 second'` }).where(eq(articleTranslations.id, d.translationId));
    expect(await visible()).toEqual([{ id: d.translationId }]);
  });

});
