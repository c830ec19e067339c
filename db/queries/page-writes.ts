/**
 * Every write to the organization pages from the dashboard: create a page, move it in the tree,
 * save a translation (with its revision), publish or unpublish it, restore a revision. The same
 * machinery as articles (lib/revisions: optimistic versions, conflict information with a diff,
 * revisions never rewritten; lib/articles/refusal: expected refusals thrown inside the caller's
 * transaction, so nothing is written). Each returns the cache tags of what readers see: the
 * page tree of the locales concerned (navigation, breadcrumbs, the pages themselves).
 */
import { and, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { auditLog, pageRevisions, pages, pageSlugRedirects, pageTranslations, users, LOCALES, type Locale, type PageTranslation } from '@/db/schema';
import { savedStamp } from './audit';
import { lastDeletion, type Deletion } from './deleted-meanwhile';
import { Refusal } from '@/lib/articles/refusal';
import { lockLibraryImages, withoutImages } from './body-images';
import { latestSourceRevision, markCurrentRevision, PAGE_SOURCE, shownSourceRevision, stillTheSource } from './source-marker';
import { changeTimeVersion, isSelfOrBelow, lockTreeMoves, parentExists } from './tree';
import { tags } from '@/lib/cache/tags';
import { DEFAULT_LOCALE } from '@/lib/locales';
import { PAGES_THE_SITE_NEEDS } from '@/lib/page-keys';
import { contentChanged as textChanged } from '@/lib/revisions/changed';
import { conflictInfo, isStale, type ConflictInfo } from '@/lib/revisions/conflict';
import type { FormConflict } from '@/lib/form-conflict';
import { diffFields, textSnapshot } from '@/lib/revisions/diff';
import { restoredNote, translatedNote } from '@/lib/revisions/note';
import { undescribedImages } from '@/lib/rich-text/images';
import { isEmptyDoc, toPlainText } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { RESERVED_SLUGS, slugify, uniqueSlug } from '@/lib/slug';
import type { PageCreateInput, PageSaveInput, PageSettingsInput, PageTranslateInput } from '@/lib/validation/pages';

export interface PageWriteActor {
  id: string;
}

export const PAGE_REVISION_FIELDS = ['title', 'slug', 'summary', 'body'] as const;
const SCALAR_FIELDS = ['title', 'slug', 'summary'] as const;

export type PageContent = { title: string; slug: string; summary: string; body: RichTextDoc };
export const pageSnapshot = (c: { title: string; slug: string; summary: string | null; body: RichTextDoc }) =>
  textSnapshot({ ...c, summary: c.summary ?? '' }, SCALAR_FIELDS);

/** What a refused (stale) save answers: who, when, what, and their body to load if wanted. */
export interface PageConflictData {
  conflict: ConflictInfo;
  theirsBody: RichTextDoc;
}

/** What a save over a page deleted meanwhile answers: who deleted it and when, when the log knows. */
export interface PageDeletedData {
  deleted: Deletion;
}

/** A page-level version (parent, order): its last change in microseconds. */
export const pageVersionOf = changeTimeVersion(pages.updatedAt);

const treeTags = (locales: readonly Locale[]) => locales.map((l) => tags.pages(l));

async function lockTranslation(tx: Executor, where: SQL) {
  const [row] = await tx
    .select({ t: pageTranslations, updatedByName: users.name })
    .from(pageTranslations)
    .leftJoin(users, eq(users.id, pageTranslations.updatedById))
    .where(where)
    .for('update', { of: pageTranslations })
    .limit(1);
  return row ?? null;
}

/**
 * One write at a time hands out the addresses of a language (and, in French, the keys of new
 * pages): two pages made at the same moment under the same title get "titre" and "titre-2" (a
 * typed address taken meanwhile is reported at its field), not a unique index's failure. Taken
 * first, before any row lock, by every write that may give a translation an address.
 */
async function lockSlugs(tx: Executor, locale: Locale): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`page-slugs:${locale}`}))`);
}

/** The slug asked for, or one made from the title; a typed slug that clashes is refused at its field. */
async function resolveSlug(tx: Executor, locale: Locale, wanted: string, title: string, ownId: string | null): Promise<string> {
  // Arabic titles give empty or unreadable ASCII slugs; the seed uses the French one's then.
  const base = wanted || slugify(title, locale) || 'page';
  if (wanted && RESERVED_SLUGS.has(wanted)) throw new Refusal({ fieldErrors: { slug: 'page.slugReserved' } });
  const taken = new Set(
    (
      await tx
        .select({ slug: pageTranslations.slug })
        .from(pageTranslations)
        .where(and(eq(pageTranslations.locale, locale), sql`${pageTranslations.slug} like ${`${base.replace(/[%_\\]/g, '')}%`}`, ownId ? ne(pageTranslations.id, ownId) : undefined))
    ).map((r) => r.slug),
  );
  if (wanted && taken.has(wanted)) throw new Refusal({ fieldErrors: { slug: 'page.slugTaken' } });
  return wanted || uniqueSlug(base, (s) => taken.has(s));
}

/**
 * A slug given to a translation stops redirecting elsewhere (it may have been another page's old
 * address). True when it did redirect: readers of that locale get another answer now.
 */
async function takeSlug(tx: Executor, locale: Locale, slug: string): Promise<boolean> {
  const gone = await tx
    .delete(pageSlugRedirects)
    .where(and(eq(pageSlugRedirects.locale, locale), eq(pageSlugRedirects.slug, slug)))
    .returning({ slug: pageSlugRedirects.slug });
  return gone.length > 0;
}

/**
 * A translation readers have seen (published now or before) keeps its old address working: the
 * old slug becomes a permanent redirect to the page (public-pages.ts getPublicPage). Answers
 * the tags of public answers that change beyond the translation's own (the caller's).
 */
async function moveSlug(tx: Executor, t: PageTranslation, newSlug: string): Promise<string[]> {
  const released = await takeSlug(tx, t.locale, newSlug);
  const seen = t.status === 'published' || t.publishAt !== null;
  if (seen) {
    await tx
      .insert(pageSlugRedirects)
      .values({ locale: t.locale, slug: t.slug, translationId: t.id })
      .onConflictDoUpdate({ target: [pageSlugRedirects.locale, pageSlugRedirects.slug], set: { translationId: t.id, createdAt: sql`now()` } });
  }
  // While the translation is not public, its redirect changes no reader's answer (the old
  // address was not found and still is); one that ended may have.
  return released ? treeTags([t.locale]) : [];
}

/**
 * Readers of a language must not get the French text under their own: a translation that started
 * as a copy of it ("translate from French") and still holds that copy — its body as the source
 * revision it was made from, the check the release editor makes (stillTheSource) — is not
 * published (nor saved while published). One written from an empty form is the person's own
 * text. An empty text is no copy once its title is translated (a page may be published empty, as
 * its French one starts); the copy of an empty French page left untouched is, its French title
 * then refused at the title (readers would find it in their navigation).
 */
async function refuseUntranslated(tx: Executor, t: PageTranslation, refusal: 'field' | 'form' | 'restore'): Promise<void> {
  if (!t.sourceLocale || !(await stillTheSource(tx, PAGE_SOURCE, t))) return;
  const [first] = await tx
    .select({ note: pageRevisions.note })
    .from(pageRevisions)
    .where(and(eq(pageRevisions.translationId, t.id), eq(pageRevisions.version, 1)));
  if (first?.note !== translatedNote(t.sourceLocale)) return;
  const empty = isEmptyDoc(t.body);
  if (empty) {
    const [source] = await tx.select({ title: pageRevisions.title }).from(pageRevisions).where(eq(pageRevisions.id, t.sourceRevisionId!));
    if (source?.title !== t.title) return;
  }
  const languages = [t.sourceLocale];
  throw new Refusal(
    refusal === 'field'
      ? { fieldErrors: empty ? { title: 'page.untranslatedTitle' } : { body: 'page.untranslated' }, languages }
      : { formError: refusal === 'restore' ? 'restoreUntranslated' : 'untranslated', languages },
  );
}

/**
 * What a new translation other than the source is up to date with: the source revision its editor
 * showed beside the form (when it is one), else the source's latest. None for the source itself.
 */
async function newTranslationSource(tx: Executor, pageId: string, locale: Locale, shownId: string | null): Promise<{ sourceLocale: Locale; sourceRevisionId: string } | null> {
  if (locale === DEFAULT_LOCALE) return null;
  const shown = shownId ? await shownSourceRevision(tx, PAGE_SOURCE, { sourceRevisionId: null }, pageId, DEFAULT_LOCALE, shownId) : null;
  const sourceRevisionId = shown ?? (await latestSourceRevision(tx, PAGE_SOURCE, pageId, DEFAULT_LOCALE));
  return sourceRevisionId ? { sourceLocale: DEFAULT_LOCALE, sourceRevisionId } : null;
}

/** What a refusal for a version saved since answers (a save's, a step's): who saved it, when, how it differs from `mine`, and its text to load. */
function metVersion(current: NonNullable<Awaited<ReturnType<typeof lockTranslation>>>, mine: Parameters<typeof pageSnapshot>[0]): PageConflictData {
  const t = current.t;
  const theirs = pageSnapshot(t);
  return {
    conflict: conflictInfo({ version: t.version, updatedAt: t.updatedAt, updatedByName: current.updatedByName }, theirs, diffFields(PAGE_REVISION_FIELDS, theirs, pageSnapshot(mine))),
    theirsBody: t.body,
  };
}

/** The refusal of a save over a page that is no longer there: who deleted it and when ('deletedMeanwhile'), else just gone. */
async function deletedMeanwhile(tx: Executor, pageId: string): Promise<Refusal<PageDeletedData>> {
  const deletion = await lastDeletion(tx, 'page.delete', and(eq(auditLog.entityType, 'page'), eq(auditLog.entityId, pageId))!);
  return deletion ? new Refusal<PageDeletedData>({ formError: 'deletedMeanwhile', data: { deleted: deletion } }) : new Refusal({ formError: 'missing' });
}

export interface PageSaveOutcome {
  pageId: string;
  translationId: string;
  version: number;
  created: boolean;
  contentChanged: boolean;
  published: boolean;
  tags: string[];
}

/**
 * Saves one translation of a page (creating it when the page has none in that language yet),
 * as a new revision when its text changed; `intent: 'publish'` publishes it in the same step.
 * A save based on a version someone else has replaced is refused with what they saved; one sent
 * from a state (`baseState`: draft, published) the translation has left since, refused too.
 */
export async function savePageTranslation(tx: Executor, actor: PageWriteActor, input: PageSaveInput): Promise<PageSaveOutcome> {
  const locale = input.contentLocale;
  await lockSlugs(tx, locale);
  const [page] = await tx.select({ id: pages.id }).from(pages).where(eq(pages.id, input.pageId)).for('update');
  // Deleted since the form was opened (its editor is only ever opened on a page that exists):
  // the person is told who deleted it and when, as a release's editor is, and keeps their text.
  if (!page) throw await deletedMeanwhile(tx, input.pageId);
  const current = await lockTranslation(tx, and(eq(pageTranslations.pageId, page.id), eq(pageTranslations.locale, locale))!);
  const mine: PageContent = { title: input.title, slug: input.slug, summary: input.summary, body: input.body };

  if (current && isStale(current.t, input.baseVersion)) {
    // An empty slug means "from the title": compare with the slug it would become.
    throw new Refusal<PageConflictData>({ formError: 'conflict', data: metVersion(current, { ...mine, slug: mine.slug || slugify(mine.title, locale) }) });
  }
  // Published or unpublished since the form was opened (no new version of its text): its
  // buttons said what the save would do in the other state — put the text online, or keep it
  // offline. Nothing is saved; the editor is answered the state now stored (savePageAction).
  if (current && input.baseState && current.t.status !== input.baseState) throw new Refusal({ formError: 'stateChanged' });
  if ((await lockLibraryImages(tx, input.body)).missing.length > 0) throw new Refusal({ fieldErrors: { body: 'page.bodyImageDeleted' } });
  // An image pasted without a description may wait in a draft, not on a page readers see.
  if ((input.intent === 'publish' || current?.t.status === 'published') && undescribedImages(input.body) > 0) {
    throw new Refusal({ fieldErrors: { body: 'page.bodyImageAltRequiredOnPublish' } });
  }
  mine.slug = await resolveSlug(tx, locale, input.slug, input.title, current?.t.id ?? null);

  let row: PageTranslation;
  let contentChanged = true;
  let created = false;
  const slugTags: string[] = [];
  const publishNow = input.intent === 'publish';
  if (!current) {
    if (await takeSlug(tx, locale, mine.slug)) slugTags.push(...treeTags([locale]));
    [row] = (await tx
      .insert(pageTranslations)
      .values({
        pageId: page.id,
        locale,
        ...mine,
        summary: mine.summary || null,
        bodyText: toPlainText(mine.body),
        status: publishNow ? 'published' : 'draft',
        publishAt: publishNow ? sql`now()` : null,
        version: 1,
        ...(await newTranslationSource(tx, page.id, locale, input.markSourceCurrent)),
        updatedById: actor.id,
      })
      .returning()) as [PageTranslation];
    created = true;
  } else {
    const t = current.t;
    contentChanged = textChanged(SCALAR_FIELDS, pageSnapshot(t), pageSnapshot(mine), [t.body, mine.body]);
    // "Changes carried over": up to date with the source revision the editor showed.
    const sourceUpdate = input.markSourceCurrent && t.sourceLocale ? await shownSourceRevision(tx, PAGE_SOURCE, t, page.id, t.sourceLocale, input.markSourceCurrent) : null;
    const becomesPublished = publishNow && t.status !== 'published';
    [row] = (await tx
      .update(pageTranslations)
      .set({
        ...mine,
        summary: mine.summary || null,
        bodyText: toPlainText(mine.body),
        version: contentChanged ? t.version + 1 : t.version,
        ...(becomesPublished ? { status: 'published' as const, publishAt: sql`now()` } : {}),
        ...(sourceUpdate ? { sourceRevisionId: sourceUpdate } : {}),
        updatedById: contentChanged ? actor.id : t.updatedById,
        updatedAt: sql`now()`,
      })
      .where(eq(pageTranslations.id, t.id))
      .returning()) as [PageTranslation];
    if (t.slug !== row.slug) slugTags.push(...(await moveSlug(tx, t, row.slug)));
  }
  if (contentChanged) {
    await tx
      .insert(pageRevisions)
      .values({ translationId: row.id, version: row.version, ...mine, summary: mine.summary || null, authorId: actor.id, sourceRevisionId: row.sourceRevisionId });
  } else if (row.sourceRevisionId !== current?.t.sourceRevisionId) {
    await markCurrentRevision(tx, PAGE_SOURCE, row.id, row.version, row.sourceRevisionId);
  }
  if (row.status === 'published') await refuseUntranslated(tx, row, 'field');
  const wasPublished = current?.t.status === 'published';
  const published = row.status === 'published';
  // Readers see the change when the translation is (or just became) public.
  const visibleChange = published && (contentChanged || !wasPublished);
  return {
    pageId: page.id,
    translationId: row.id,
    version: row.version,
    created,
    contentChanged,
    published,
    tags: [...new Set([...(visibleChange ? treeTags([locale]) : []), ...slugTags])],
  };
}

/**
 * Publishes (now) or unpublishes one translation, on the version the person saw, from the state
 * their state panel showed (`baseState`): refused when someone else saved a new version of its
 * text since ('staleStatus'), or published or unpublished it as it was ('stepStateChanged'), as
 * a release's step is; the editor is then answered the translation as now stored
 * (publishPageAction).
 */
export async function setPageTranslationPublished(
  tx: Executor,
  _actor: PageWriteActor,
  input: { translationId: string; baseVersion: number; baseState?: PageTranslation['status']; publish: boolean },
): Promise<{ pageId: string; locale: Locale; changed: boolean; tags: string[] }> {
  const current = await lockTranslation(tx, eq(pageTranslations.id, input.translationId));
  if (!current) throw new Refusal({ formError: 'missing' });
  const t = current.t;
  // Publishing a text the person has not seen would put someone else's words online unread:
  // refused with that text and how it differs from the version they read, for their editor to
  // show as a save's conflict (keep theirs or mine, then take the step on the version now read).
  if (isStale(t, input.baseVersion)) {
    const [read] = await tx
      .select({ title: pageRevisions.title, slug: pageRevisions.slug, summary: pageRevisions.summary, body: pageRevisions.body })
      .from(pageRevisions)
      .where(and(eq(pageRevisions.translationId, t.id), eq(pageRevisions.version, input.baseVersion)));
    throw new Refusal<PageConflictData>({ formError: 'staleStatus', data: metVersion(current, read ?? t) });
  }
  // The panel offered this step from the other state: the person is told, rather than their
  // step doing nothing (or what someone else just undid) without a word.
  if (input.baseState && t.status !== input.baseState) throw new Refusal({ formError: 'stepStateChanged' });
  const target = input.publish ? 'published' : 'draft';
  if (t.status === target) return { pageId: t.pageId, locale: t.locale, changed: false, tags: [] };
  if (input.publish && undescribedImages(t.body) > 0) throw new Refusal({ formError: 'bodyImageUndescribed' });
  if (input.publish) await refuseUntranslated(tx, t, 'form');
  await tx
    .update(pageTranslations)
    .set({ status: target, publishAt: input.publish ? sql`now()` : t.publishAt, updatedAt: sql`now()` })
    .where(eq(pageTranslations.id, t.id));
  return { pageId: t.pageId, locale: t.locale, changed: true, tags: treeTags([t.locale]) };
}

/**
 * Restores a revision as a new one (history is never rewritten). On a translation readers see,
 * the version restored goes online at once: one that a publish would refuse (an image without a
 * description, the untranslated copy of the French) is refused here too, nothing written.
 */
export async function restorePageRevision(
  tx: Executor,
  actor: PageWriteActor,
  input: { translationId: string; baseVersion: number; baseState?: PageTranslation['status']; revisionId: string },
): Promise<{ pageId: string; locale: Locale; version: number; restoredVersion: number; tags: string[] }> {
  const [ref] = await tx.select({ locale: pageTranslations.locale }).from(pageTranslations).where(eq(pageTranslations.id, input.translationId));
  if (!ref) throw new Refusal({ formError: 'missing' });
  // It may take back its old address.
  await lockSlugs(tx, ref.locale);
  const current = await lockTranslation(tx, eq(pageTranslations.id, input.translationId));
  if (!current) throw new Refusal({ formError: 'missing' });
  const t = current.t;
  if (isStale(t, input.baseVersion)) throw new Refusal({ formError: 'staleRestore' });
  // Published or unpublished since the history was opened (same version): it asks before a
  // restore readers see at once, from the state it showed, so it asked wrongly. Nothing is
  // restored; the history shows the state now (restorePageRevisionAction), and asks as it should.
  if (input.baseState && t.status !== input.baseState) throw new Refusal({ formError: 'restoreStateChanged' });
  const [rev] = await tx.select().from(pageRevisions).where(and(eq(pageRevisions.id, input.revisionId), eq(pageRevisions.translationId, t.id)));
  if (!rev) throw new Refusal({ formError: 'missing' });
  // The old slug may belong to another page by now: keep the current one then.
  const [clash] = await tx
    .select({ id: pageTranslations.id })
    .from(pageTranslations)
    .where(and(eq(pageTranslations.locale, t.locale), eq(pageTranslations.slug, rev.slug), ne(pageTranslations.id, t.id)));
  // Images deleted from the library since that version are left out (the revision keeps them).
  const { missing } = await lockLibraryImages(tx, rev.body);
  const content = { title: rev.title, slug: clash ? t.slug : rev.slug, summary: rev.summary, body: withoutImages(rev.body, missing) };
  const version = t.version + 1;
  // An old text is only as up to date with its source as it was then (when known): restored, it
  // shows as outdated again if it was.
  const sourceRevisionId = rev.sourceRevisionId ?? t.sourceRevisionId;
  const published = t.status === 'published';
  if (published && undescribedImages(content.body) > 0) throw new Refusal({ formError: 'restoreUndescribed' });
  const [row] = (await tx
    .update(pageTranslations)
    .set({ ...content, bodyText: toPlainText(content.body), version, sourceRevisionId, updatedById: actor.id, updatedAt: sql`now()` })
    .where(eq(pageTranslations.id, t.id))
    .returning()) as [PageTranslation];
  // Thrown inside the caller's transaction: the update above is rolled back with it.
  if (published) await refuseUntranslated(tx, row, 'restore');
  await tx.insert(pageRevisions).values({ translationId: t.id, version, ...content, authorId: actor.id, note: restoredNote(rev.version, missing.length), sourceRevisionId });
  const slugTags = t.slug !== content.slug ? await moveSlug(tx, t, content.slug) : [];
  return { pageId: t.pageId, locale: t.locale, version, restoredVersion: rev.version, tags: [...new Set([...(published ? treeTags([t.locale]) : []), ...slugTags])] };
}

/**
 * "Translate from French": a new draft of the page in `contentLocale`, starting as a copy of the
 * French text (its latest revision), which it records as its source: it shows as outdated when
 * the French changes, and may not be published while its text is still that copy. A translation
 * that exists already is left as it is.
 */
export async function createPageTranslation(
  tx: Executor,
  actor: PageWriteActor,
  input: PageTranslateInput,
): Promise<{ pageId: string; translationId: string; created: boolean; sourceLocale: Locale; tags: string[] }> {
  const sourceLocale = DEFAULT_LOCALE;
  if (input.contentLocale === sourceLocale) throw new Refusal({ formError: 'missing' });
  await lockSlugs(tx, input.contentLocale);
  const [page] = await tx.select({ id: pages.id }).from(pages).where(eq(pages.id, input.pageId)).for('update');
  if (!page) throw new Refusal({ formError: 'missing' });
  const [existing] = await tx
    .select({ id: pageTranslations.id })
    .from(pageTranslations)
    .where(and(eq(pageTranslations.pageId, page.id), eq(pageTranslations.locale, input.contentLocale)));
  if (existing) return { pageId: page.id, translationId: existing.id, created: false, sourceLocale, tags: [] };
  const [source] = await tx
    .select({ id: pageRevisions.id, title: pageRevisions.title, summary: pageRevisions.summary, body: pageRevisions.body })
    .from(pageRevisions)
    .innerJoin(pageTranslations, eq(pageTranslations.id, pageRevisions.translationId))
    .where(and(eq(pageTranslations.pageId, page.id), eq(pageTranslations.locale, sourceLocale)))
    .orderBy(sql`${pageRevisions.version} desc`)
    .limit(1);
  if (!source) throw new Refusal({ formError: 'missing' });
  const slug = await resolveSlug(tx, input.contentLocale, '', source.title, null);
  const released = await takeSlug(tx, input.contentLocale, slug);
  const content = { title: source.title, slug, summary: source.summary, body: source.body };
  const [row] = await tx
    .insert(pageTranslations)
    .values({ pageId: page.id, locale: input.contentLocale, ...content, bodyText: toPlainText(content.body), status: 'draft', version: 1, sourceLocale, sourceRevisionId: source.id, updatedById: actor.id })
    .returning({ id: pageTranslations.id });
  await tx.insert(pageRevisions).values({ translationId: row!.id, version: 1, ...content, authorId: actor.id, note: translatedNote(sourceLocale), sourceRevisionId: source.id });
  return { pageId: page.id, translationId: row!.id, created: true, sourceLocale, tags: released ? treeTags([input.contentLocale]) : [] };
}

async function checkParent(tx: Executor, parentId: string | null): Promise<void> {
  if (!(await parentExists(tx, pages, parentId))) throw new Refusal({ fieldErrors: { parentId: 'page.parentUnknown' } });
}

/** A new page: its place in the tree and its French (source) text, as a draft. */
export async function createPage(tx: Executor, actor: PageWriteActor, input: PageCreateInput): Promise<{ pageId: string; translationId: string; tags: string[] }> {
  await lockSlugs(tx, DEFAULT_LOCALE);
  await checkParent(tx, input.parentId);
  const slug = await resolveSlug(tx, DEFAULT_LOCALE, input.slug, input.title, null);
  const keys = new Set((await tx.select({ key: pages.key }).from(pages)).map((r) => r.key));
  const [page] = await tx
    .insert(pages)
    .values({ key: uniqueSlug(slug, (k) => keys.has(k)), parentId: input.parentId, position: input.position })
    .returning({ id: pages.id });
  const body: RichTextDoc = { type: 'doc', content: [] };
  // A draft, unseen by readers; but if its address was another page's old one, that redirect ends.
  const released = await takeSlug(tx, DEFAULT_LOCALE, slug);
  const [translation] = await tx
    .insert(pageTranslations)
    .values({ pageId: page!.id, locale: DEFAULT_LOCALE, slug, title: input.title, body, bodyText: '', status: 'draft', version: 1, updatedById: actor.id })
    .returning({ id: pageTranslations.id });
  await tx.insert(pageRevisions).values({ translationId: translation!.id, version: 1, slug, title: input.title, body, authorId: actor.id });
  return { pageId: page!.id, translationId: translation!.id, tags: released ? treeTags([DEFAULT_LOCALE]) : [] };
}

/** Moves a page in the tree (parent, order): every locale's navigation follows. */
export async function updatePageSettings(tx: Executor, _actor: PageWriteActor, input: PageSettingsInput): Promise<{ tags: string[] }> {
  await lockTreeMoves(tx, pages);
  const [page] = await tx.select({ version: pageVersionOf, parentId: pages.parentId, position: pages.position }).from(pages).where(eq(pages.id, input.id)).for('update');
  if (!page) throw new Refusal({ formError: 'missing' });
  if (page.version !== input.version) {
    // Moved by someone else since the form was opened: their place comes back with the refusal (components/dashboard/form-conflict.tsx).
    const conflict: FormConflict = {
      version: page.version,
      theirs: { parentId: page.parentId ?? '', position: String(page.position) },
      ...(await savedStamp(tx, 'page', input.id, ['page.create', 'page.settings'])),
    };
    throw new Refusal({ formError: 'settingsConflict', data: { conflict } });
  }
  if (input.parentId && (await isSelfOrBelow(tx, pages, input.id, input.parentId))) throw new Refusal({ fieldErrors: { parentId: 'page.parentLoop' } });
  await checkParent(tx, input.parentId);
  await tx.update(pages).set({ parentId: input.parentId, position: input.position, updatedAt: sql`clock_timestamp()` }).where(eq(pages.id, input.id));
  return { tags: treeTags(LOCALES) };
}

/** Why a page cannot be deleted now; null when it can. */
export type PageDeleteBlock =
  | { status: 'missing' }
  /** The home page, the organization chart or the office directory relies on it. */
  | { status: 'needed' }
  | { status: 'hasChildren'; children: number }
  /** Published or scheduled in these languages: readers see it, or will. */
  | { status: 'live'; locales: Locale[] };

/**
 * Only a page no reader sees or will see (every language unpublished or never published), with
 * no page below it, and not one the site relies on, may be deleted. `lock` holds the page and
 * its translations until the transaction ends, for the delete that follows.
 */
export async function pageDeleteBlock(tx: Executor, id: string, lock = false): Promise<PageDeleteBlock | null> {
  const pageRead = tx.select({ key: pages.key }).from(pages).where(eq(pages.id, id));
  const [page] = lock ? await pageRead.for('update') : await pageRead;
  if (!page) return { status: 'missing' };
  if (PAGES_THE_SITE_NEEDS.includes(page.key)) return { status: 'needed' };
  const [below] = await tx.select({ n: count() }).from(pages).where(eq(pages.parentId, id));
  if ((below?.n ?? 0) > 0) return { status: 'hasChildren', children: below!.n };
  // Every translation is locked, drafts too: one being published meanwhile is either seen
  // published here or finds its page gone.
  const textRead = tx.select({ locale: pageTranslations.locale, status: pageTranslations.status }).from(pageTranslations).where(eq(pageTranslations.pageId, id));
  const texts = lock ? await textRead.for('update') : await textRead;
  const live = LOCALES.filter((l) => texts.some((t) => t.locale === l && t.status === 'published'));
  return live.length > 0 ? { status: 'live', locales: live } : null;
}

export type PageDeleteResult = PageDeleteBlock | { status: 'deleted'; key: string; titles: Partial<Record<Locale, string>>; tags: string[] };

/** Deletes a page for good, with its translations, revisions and old addresses, unless blocked. */
export async function deletePage(tx: Executor, id: string): Promise<PageDeleteResult> {
  const block = await pageDeleteBlock(tx, id, true);
  if (block) return block;
  const texts = await tx.select({ locale: pageTranslations.locale, title: pageTranslations.title }).from(pageTranslations).where(eq(pageTranslations.pageId, id));
  const [page] = await tx.delete(pages).where(eq(pages.id, id)).returning({ key: pages.key });
  // Nothing public showed it; its old addresses (now gone) answered under the tree tags.
  return { status: 'deleted', key: page!.key, titles: Object.fromEntries(texts.map((t) => [t.locale, t.title])), tags: treeTags(LOCALES) };
}
