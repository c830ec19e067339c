/**
 * Every write to articles from the dashboard: save (with its revision), workflow transitions,
 * restore, translate. Each function runs inside the caller's transaction, locks the translation
 * it changes, refuses with a {@link Refusal} (nothing written) and returns the cache tags of what
 * readers see that changed. The acting user is an argument: no write without an actor.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import {
  insertArticle,
  lockSharedFields,
  publishedLocales,
  sharedConflict,
  sharedFieldsDiffer,
  updateSharedFields,
  type SharedChanges,
  type SharedConflict,
  type SharedFields,
  type StoredShared,
} from '@/db/queries/article-shared';
import { audit } from '@/db/queries/audit';
import { lastDeletion, type Deletion } from '@/db/queries/deleted-meanwhile';
import { authorIdsSql } from '@/db/queries/dashboard-articles';
import { lockLibraryImages, withoutImages } from '@/db/queries/body-images';
import { writeHeroAlt } from '@/db/queries/media';
import { ARTICLE_SOURCE, markCurrentRevision, shownSourceRevision, stillTheSource } from '@/db/queries/source-marker';
import {
  articleRevisions,
  articleSlugRedirects,
  articleTranslations,
  articles,
  auditLog,
  countries,
  media,
  mediaTranslations,
  offices,
  topics,
  users,
  LOCALES,
  type ArticleTranslation,
  type Locale,
  type Role,
  type TranslationStatus,
} from '@/db/schema';
import { Refusal } from '@/lib/articles/refusal';
import {
  TRANSITION_TARGET,
  canEditContent,
  deleteRefusal,
  displayStatus,
  isVisible,
  publishTimeRefusal,
  transitionRefusal,
  wasEverPublic,
  workflowStamp,
  type Transition,
  type WorkflowState,
} from '@/lib/articles/workflow';
import { tags } from '@/lib/cache/tags';
import { can } from '@/lib/permissions';
import { undescribedImages } from '@/lib/rich-text/images';
import { toPlainText, isEmptyDoc } from '@/lib/rich-text/plain-text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { contentChanged as textChanged } from '@/lib/revisions/changed';
import { conflictInfo, isStale, type ConflictInfo } from '@/lib/revisions/conflict';
import { diffFields, textSnapshot } from '@/lib/revisions/diff';
import { restoredNote, translatedNote } from '@/lib/revisions/note';
import { RESERVED_SLUGS, slugify, uniqueSlug } from '@/lib/slug';
import type { ArticleSaveInput } from '@/lib/validation/articles';

export interface WriteActor {
  id: string;
  role: Role;
  email: string;
}

export interface WriteResult {
  articleId: string;
  translationId: string;
  version: number;
  tags: string[];
}

/** The text fields that make a revision, in the order a diff shows them. */
export const REVISION_FIELDS = ['title', 'slug', 'lede', 'dateline', 'body'] as const;
const SCALAR_FIELDS = ['title', 'slug', 'lede', 'dateline'] as const;

export type RevisionContent = { title: string; slug: string; lede: string; dateline: string; body: RichTextDoc };
export const snapshotOf = (c: RevisionContent) => textSnapshot(c, SCALAR_FIELDS);

/** The translation, locked for this transaction, with the name of who made its current version. */
async function lockTranslation(tx: Executor, where: ReturnType<typeof eq>) {
  const [row] = await tx
    .select({ t: articleTranslations, updatedByName: users.name })
    .from(articleTranslations)
    .leftJoin(users, eq(users.id, articleTranslations.updatedById))
    .where(where)
    .for('update', { of: articleTranslations })
    .limit(1);
  return row ?? null;
}

/**
 * One write at a time hands out the addresses of a language: two releases saved at the same
 * moment under the same title get "titre" and "titre-2" (and a typed address taken meanwhile is
 * reported at its field), not the unique index's failure. Taken first, before any row lock, by
 * every write that may give a translation an address (a save, a restore, a new translation), so
 * it never waits on a row while another waits on it.
 */
async function lockSlugs(tx: Executor, locale: Locale): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`article-slugs:${locale}`}))`);
}

/**
 * A plain save sent from a page that showed the workflow state `shown` (its stamp) would put
 * its text elsewhere than its button said, now that the translation is `stored`: online or
 * scheduled instead of offline, offline instead of online, archived… Draft and review are both
 * offline (and a new time for a schedule is still the schedule). No state shown (a form that did
 * not know the translation): the version check answers it.
 */
function savesElsewhere(shown: string, stored: TranslationStatus): boolean {
  if (shown === '') return false;
  const offline = (status: string) => status === 'draft' || status === 'in_review';
  const shownStatus = shown.split('@')[0]!;
  return shownStatus !== stored && !(offline(shownStatus) && offline(stored));
}

/**
 * A page that showed the translation published, online or coming out at a time (its stamp
 * `shown`), while it is published now for another time: published at once since it was
 * scheduled, given a new time, or unpublished and published again. What it told the person of
 * when readers get a change ("comes out on …", "readers see it") no longer holds. No state
 * shown: the version check answers it.
 */
function publishedElsewhen(shown: string, stored: Pick<WorkflowState, 'status' | 'publishAt'>): boolean {
  return shown.split('@')[0] === 'published' && stored.status === 'published' && shown !== workflowStamp(stored);
}

/** Tags of the public pages showing one translation (and the slugs it answered under). */
function translationTags(articleId: string, locale: Locale, ...slugs: (string | null | undefined)[]): string[] {
  return [tags.article(articleId), tags.articleLists(locale), ...slugs.filter((s): s is string => !!s).map(tags.slug)];
}

async function latestRevision(tx: Executor, translationId: string) {
  const [row] = await tx
    .select({ id: articleRevisions.id, version: articleRevisions.version })
    .from(articleRevisions)
    .where(eq(articleRevisions.translationId, translationId))
    .orderBy(sql`${articleRevisions.version} desc`)
    .limit(1);
  return row ?? null;
}

/** A slug for `locale`: the one asked for, or (slugAuto) the first free one derived from it. */
async function resolveSlug(
  tx: Executor,
  { locale, wanted, title, auto, ownId }: { locale: Locale; wanted: string; title: string; auto: boolean; ownId: string | null },
): Promise<string> {
  const base = wanted || slugify(title, locale);
  if (!base) throw new Refusal({ fieldErrors: { slug: 'article.slugRequired' } });
  const taken = await tx
    .select({ slug: articleTranslations.slug })
    .from(articleTranslations)
    .where(
      and(
        eq(articleTranslations.locale, locale),
        sql`${articleTranslations.slug} like ${`${base.replace(/[%_]/g, '')}%`}`,
        ownId ? ne(articleTranslations.id, ownId) : undefined,
      ),
    );
  const takenSet = new Set(taken.map((r) => r.slug));
  // A slug that follows the title (or none typed) is made unique; one the person typed is theirs
  // to change, so a clash is reported at the field rather than silently altered.
  const adjustable = auto || !wanted;
  if (RESERVED_SLUGS.has(base) && !adjustable) throw new Refusal({ fieldErrors: { slug: 'article.slugReserved' } });
  if (takenSet.has(base) && !adjustable) throw new Refusal({ fieldErrors: { slug: 'article.slugTaken' } });
  return uniqueSlug(base, (s) => takenSet.has(s));
}

/**
 * Offices, topics, countries and media (the main image, the images in the text) must exist; an
 * archived office only if already chosen. Each is read with a key-share lock, held until the
 * save ends: one an administrator is deleting at that moment is waited for, then reported at its
 * field (gone) — rather than the save's links failing on it afterwards, an unexpected error —,
 * and one read first cannot be deleted until the save is done (the deletion then sees it used).
 */
async function checkReferences(tx: Executor, input: ArticleSaveInput, currentOfficeId: string | null): Promise<void> {
  const fieldErrors: Record<string, string> = {};
  if (input.contactOfficeId) {
    const [office] = await tx.select({ status: offices.status }).from(offices).where(eq(offices.id, input.contactOfficeId)).for('key share');
    if (!office) fieldErrors.contactOfficeId = 'article.officeUnknown';
    else if (office.status === 'archived' && input.contactOfficeId !== currentOfficeId) fieldErrors.contactOfficeId = 'article.officeArchived';
  }
  const topicIds = input['topics[]'];
  if (topicIds.length > 0) {
    const found = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, topicIds)).for('key share');
    if (found.length !== new Set(topicIds).size) fieldErrors.topics = 'article.topicUnknown';
  }
  const codes = input['countries[]'];
  if (codes.length > 0) {
    const found = await tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, codes)).for('key share');
    if (found.length !== new Set(codes).size) fieldErrors.countries = 'article.countryUnknown';
  }
  if (input.heroMediaId) {
    const [m] = await tx.select({ id: media.id }).from(media).where(eq(media.id, input.heroMediaId)).for('key share');
    if (!m) fieldErrors.heroMediaId = 'article.heroUnknown';
  }
  if ((await lockLibraryImages(tx, input.body)).missing.length > 0) fieldErrors.body = 'article.bodyImageDeleted';
  if (Object.keys(fieldErrors).length > 0) throw new Refusal({ fieldErrors });
}

/**
 * Holds an image's texts as they are until the transaction ends (a shared lock on its row): a
 * library edit that would blank one (updateMediaTexts in ./media, which locks the row to write)
 * waits, then sees the release this transaction makes live, and refuses.
 */
async function lockMediaTexts(tx: Executor, mediaId: string): Promise<void> {
  await tx.select({ id: media.id }).from(media).where(eq(media.id, mediaId)).for('share');
}

/**
 * A main image newly chosen for a release that readers see (or will, at its time) in some
 * languages: they would get it with no description (alt=""). Refused, naming the languages it
 * lacks a text in, unless it has one in each (`describedHere`: the language whose text this
 * save writes). The image is locked (shared) so that its texts cannot be blanked in the library
 * meanwhile (updateMediaTexts in ./media locks it to write them, and checks the other way).
 */
async function checkHeroDescribedWhereLive(tx: Executor, articleId: string, mediaId: string, describedHere: Locale | null): Promise<void> {
  const live = await publishedLocales(tx, articleId);
  if (live.length === 0) return;
  await lockMediaTexts(tx, mediaId);
  const described = await tx
    .select({ locale: mediaTranslations.locale })
    .from(mediaTranslations)
    .where(and(eq(mediaTranslations.mediaId, mediaId), inArray(mediaTranslations.locale, live), sql`btrim(${mediaTranslations.alt}) <> ''`));
  const have = new Set<Locale>(described.map((d) => d.locale));
  if (describedHere) have.add(describedHere);
  const missing = LOCALES.filter((l) => live.includes(l) && !have.has(l));
  if (missing.length > 0) throw new Refusal({ fieldErrors: { heroMediaId: 'article.heroAltMissingLive' }, languages: missing });
}

/**
 * The refusal of a save over a translation deleted since the form was opened: who deleted it
 * and when, from the audit log (absent when it holds no such entry); `article`: the article
 * went with it (its last translation), so saving again makes a new one.
 */
async function deletedMeanwhile(tx: Executor, articleId: string, locale: Locale, articleGone: boolean): Promise<Refusal<ConflictData>> {
  const deletion = await lastDeletion(tx, 'article.delete', and(eq(auditLog.locale, locale), sql`${auditLog.detail}->>'articleId' = ${articleId}`)!);
  return new Refusal<ConflictData>({
    formError: 'article.deletedMeanwhile',
    data: { deleted: { by: deletion?.by ?? null, at: deletion?.at ?? null, article: articleGone } },
  });
}

/**
 * What a refused (stale) save answers: for the translation's text, who/when/what and the
 * stored body to load if wanted; for the fields all translations share, who/when and their
 * values. Either or both.
 */
export interface ConflictData {
  conflict?: ConflictInfo;
  theirsBody?: RichTextDoc;
  shared?: SharedConflict;
  /** The translation was deleted meanwhile: by whom and when (ISO 8601) if known; `article`: with its article. */
  deleted?: Deletion & { article: boolean };
}

export interface SaveOutcome extends WriteResult {
  created: boolean;
  contentChanged: boolean;
  /** The fields all translations share that this save changed (none when it created the article). */
  sharedChanged: (keyof SharedFields)[];
  /** Those fields' values before and after (for the audit entry, which the history reads). */
  sharedChanges: SharedChanges;
  /** The main image's alternative text in this language was changed. */
  heroAltChanged: boolean;
  /** That change: which image, its text before (null: none) and after (for the audit entry, which the history reads). */
  heroAlt: { mediaId: string; before: string | null; after: string } | null;
  transition: Transition | null;
  /**
   * The audit entry of the step taken with the save (submit, publish…), for the caller to write
   * after the save's own: the log then reads in the order things happened.
   */
  stepAudit: StepResult['audit'] | null;
}

/**
 * Saves one translation (creating the article and/or the translation when new), as a new
 * revision when its text changed, then applies the workflow step the person asked for
 * (submit / publish) in the same transaction.
 */
export async function saveArticleTranslation(tx: Executor, actor: WriteActor, input: ArticleSaveInput): Promise<SaveOutcome> {
  const locale = input.contentLocale;
  let articleId = input.articleId;
  let current: Awaited<ReturnType<typeof lockTranslation>> = null;
  let article: StoredShared | null = null;

  await lockSlugs(tx, locale);
  if (articleId) {
    article = await lockSharedFields(tx, articleId);
    // A form showing a saved version of a translation that is no longer there: someone deleted
    // it (with the article, when it was the last one) since the page was opened. Saving would
    // silently undo that deletion: refused, and the same text saved again recreates it.
    if (!article) throw input.baseVersion ? await deletedMeanwhile(tx, articleId, locale, true) : new Refusal({ formError: 'article.notFound' });
    current = await lockTranslation(tx, and(eq(articleTranslations.articleId, articleId), eq(articleTranslations.locale, locale))!);
    if (!current && input.baseVersion) throw await deletedMeanwhile(tx, articleId, locale, false);
  }

  const mine: RevisionContent = { title: input.title, slug: input.slug, lede: input.lede, dateline: input.dateline, body: input.body };

  let textConflict: ConflictData = {};
  if (current) {
    const t = current.t;
    if (!canEditContent(actor.role, t.status)) {
      throw new Refusal({
        formError: 'article.cannotEditPublished',
        denied: { action: 'article.save', entityId: t.id, locale: t.locale, detail: { status: t.status } },
      });
    }
    if (isStale(t, input.baseVersion)) {
      const theirs = snapshotOf(t);
      const info: ConflictInfo = conflictInfo(
        { version: t.version, updatedAt: t.updatedAt, updatedByName: current.updatedByName },
        theirs,
        diffFields(REVISION_FIELDS, theirs, snapshotOf(mine)),
      );
      textConflict = { conflict: info, theirsBody: t.body };
    }
  }

  const shared: SharedFields = {
    type: input.type,
    contactOfficeId: input.contactOfficeId,
    topicIds: input['topics[]'],
    countryCodes: input['countries[]'],
    heroMediaId: input.heroMediaId,
  };
  // The text and the shared fields are checked alike, and answered together: the person sees
  // every difference at once, and keeps or loads each.
  const sharedRefusal = article ? sharedConflict(article, shared, input.articleVersion) : null;
  if (textConflict.conflict || sharedRefusal) {
    throw new Refusal<ConflictData>({
      formError: textConflict.conflict ? 'article.conflict' : 'article.sharedConflict',
      data: { ...textConflict, ...(sharedRefusal ? { shared: sharedRefusal } : {}) },
    });
  }
  // A step (submit, publish) from a page that showed another workflow state: someone returned,
  // unpublished, archived or rescheduled it since. Refused like a text conflict; the text typed
  // stays in the form, and the answer says the state now stored (saveArticleAction), from which
  // the same step goes through. A plain save (no step) too when readers get its text otherwise
  // than its button said (savesElsewhere): "save the draft" over a release published meanwhile
  // would put the text online unreviewed. Between draft and review it goes through, and shows
  // the state as it is now.
  if (current && input.baseState !== workflowStamp(current.t) && (input.intent !== 'save' || savesElsewhere(input.baseState, current.t.status))) {
    throw new Refusal({ formError: 'article.stateChanged' });
  }
  // The shared fields show on every translation's page: once one is published or scheduled,
  // only those who may edit published content may change them (a writer's draft of another
  // language would otherwise change a live release, unreviewed).
  if (article && articleId && sharedFieldsDiffer(article, shared) && !can(actor.role, 'article.editPublished')) {
    const live = await publishedLocales(tx, articleId);
    if (live.length > 0) {
      throw new Refusal({
        formError: 'article.sharedPublished',
        denied: { action: 'article.save', entityType: 'article', entityId: articleId, locale, detail: { shared: true, published: live } },
      });
    }
  }
  await checkReferences(tx, input, article?.contactOfficeId ?? null);
  // An image pasted without a description may wait in a draft, not on a page readers see.
  if (current?.t.status === 'published' && undescribedImages(input.body) > 0) {
    throw new Refusal({ fieldErrors: { body: 'article.bodyImageAltRequiredOnPublish' } });
  }
  if (article && articleId && input.heroMediaId && input.heroMediaId !== article.heroMediaId) {
    await checkHeroDescribedWhereLive(tx, articleId, input.heroMediaId, input.heroAlt ? locale : null);
  }
  const slug = await resolveSlug(tx, {
    locale,
    wanted: input.slug,
    title: input.title,
    auto: input.slugAuto,
    ownId: current?.t.id ?? null,
  });
  mine.slug = slug;

  const tagList: string[] = [];
  let created = false;
  let sharedChanged: (keyof SharedFields)[] = [];
  let sharedChanges: SharedChanges = {};
  let heroAlt: SaveOutcome['heroAlt'] = null;
  if (!articleId || !article) {
    articleId = await insertArticle(tx, actor.id, shared);
    created = true;
  } else {
    const update = await updateSharedFields(tx, articleId, actor.id, article, shared);
    sharedChanged = update.changed;
    sharedChanges = update.changes;
    tagList.push(...update.tags);
  }
  if (input.heroMediaId && input.heroAlt) {
    const [old] = await tx
      .select({ alt: mediaTranslations.alt })
      .from(mediaTranslations)
      .where(and(eq(mediaTranslations.mediaId, input.heroMediaId), eq(mediaTranslations.locale, locale)));
    if (old?.alt !== input.heroAlt) {
      // The text is the library's: every release with the image as its main one shows it in this
      // language. Another one readers see (published or scheduled) is changed unreviewed, which
      // only those who may change a live release may do (as on the image's own screen,
      // db/queries/media.ts updateMediaTexts); the image row is locked as there, so a release
      // published with it meanwhile is seen.
      await tx.select({ id: media.id }).from(media).where(eq(media.id, input.heroMediaId)).for('update');
      const shownBy = await tx
        .select({ id: articles.id })
        .from(articles)
        .innerJoin(articleTranslations, and(eq(articleTranslations.articleId, articles.id), eq(articleTranslations.locale, locale), eq(articleTranslations.status, 'published')))
        .where(eq(articles.heroMediaId, input.heroMediaId));
      if (shownBy.some((a) => a.id !== articleId) && !can(actor.role, 'article.editPublished')) {
        throw new Refusal({ fieldErrors: { heroAlt: 'article.heroAltLiveElsewhere' } });
      }
      // The image's version moves with it: its media form, opened before, reports a conflict.
      await writeHeroAlt(tx, input.heroMediaId, locale, input.heroAlt);
      heroAlt = { mediaId: input.heroMediaId, before: old?.alt || null, after: input.heroAlt };
      // Every page showing it is expired, this release's and the others'.
      tagList.push(...shownBy.map((a) => tags.article(a.id)));
    }
  }

  let translation: ArticleTranslation;
  let contentChanged: boolean;
  if (!current) {
    const [row] = await tx
      .insert(articleTranslations)
      .values({
        articleId,
        locale,
        ...mine,
        bodyText: toPlainText(mine.body),
        version: 1,
        authorId: actor.id,
        updatedById: actor.id,
      })
      .returning();
    translation = row!;
    contentChanged = true;
    created = true;
  } else {
    const t = current.t;
    contentChanged = textChanged(SCALAR_FIELDS, snapshotOf(t), snapshotOf(mine), [t.body, mine.body]);
    const sourceUpdate = input.markSourceCurrent && t.sourceLocale ? await shownSourceRevision(tx, ARTICLE_SOURCE, t, articleId, t.sourceLocale, input.markSourceCurrent) : null;
    if (contentChanged || sourceUpdate) {
      const [row] = await tx
        .update(articleTranslations)
        .set({
          ...mine,
          bodyText: toPlainText(mine.body),
          version: contentChanged ? t.version + 1 : t.version,
          updatedById: actor.id,
          updatedAt: sql`now()`,
          ...(sourceUpdate ? { sourceRevisionId: sourceUpdate } : {}),
        })
        .where(eq(articleTranslations.id, t.id))
        .returning();
      translation = row!;
    } else {
      translation = t;
    }
    if (t.slug !== slug) tagList.push(...(await moveSlug(tx, t, slug)));
    if (contentChanged && t.status === 'published') tagList.push(...translationTags(articleId, locale, t.slug, slug));
  }

  if (contentChanged) {
    await tx.insert(articleRevisions).values({
      translationId: translation.id,
      version: translation.version,
      ...mine,
      authorId: actor.id,
      sourceRevisionId: translation.sourceRevisionId,
    });
  } else if (translation.sourceRevisionId !== current?.t.sourceRevisionId) {
    await markCurrentRevision(tx, ARTICLE_SOURCE, translation.id, translation.version, translation.sourceRevisionId);
  }

  let transition: Transition | null = null;
  let stepAudit: StepResult['audit'] | null = null;
  if (input.intent !== 'save') {
    transition = input.intent;
    const step = await applyTransition(tx, actor, translation, transition, input.publishAt);
    tagList.push(...step.tags);
    stepAudit = step.audit;
  }

  return { articleId, translationId: translation.id, version: translation.version, tags: tagList, created, contentChanged, sharedChanged, sharedChanges, heroAltChanged: heroAlt !== null, heroAlt, transition, stepAudit };
}

/**
 * A translation that readers have seen keeps its old address working: the old slug becomes a
 * permanent redirect to the new one. A slug taken back (an old one reused) stops redirecting.
 */
async function moveSlug(tx: Executor, t: ArticleTranslation, newSlug: string): Promise<string[]> {
  await tx.delete(articleSlugRedirects).where(and(eq(articleSlugRedirects.locale, t.locale), eq(articleSlugRedirects.slug, newSlug)));
  if (!wasEverPublic(t.firstPublishedAt)) return [];
  await tx
    .insert(articleSlugRedirects)
    .values({ locale: t.locale, slug: t.slug, translationId: t.id })
    .onConflictDoUpdate({ target: [articleSlugRedirects.locale, articleSlugRedirects.slug], set: { translationId: t.id } });
  // Both addresses answer for this translation now, even while readers do not see it (the
  // notice naming the languages it is public in): their cached answers change, "not found"
  // at the new slug included.
  return [tags.slug(t.slug), tags.slug(newSlug)];
}

interface StepResult {
  tags: string[];
  audit: Parameters<typeof audit>[1];
}

/** One workflow step on a locked translation: checks who and from where, writes, answers tags + audit entry. */
async function applyTransition(
  tx: Executor,
  actor: WriteActor,
  t: ArticleTranslation,
  transition: Transition,
  publishAt: Date | null,
  note = '',
): Promise<StepResult> {
  const refusal = transitionRefusal(actor, t, transition);
  if (refusal) {
    throw new Refusal({
      formError: refusal,
      denied: refusal === 'forbidden' || refusal === 'article.ownSubmission'
        ? { action: `article.${transition}`, entityId: t.id, locale: t.locale, detail: { reason: refusal, status: t.status } }
        : undefined,
    });
  }
  if ((transition === 'publish' || transition === 'submit') && (await stillTheSource(tx, ARTICLE_SOURCE, t))) {
    throw new Refusal({ fieldErrors: { body: 'article.untranslated' }, languages: [t.sourceLocale!] });
  }
  const now = new Date();
  const set: Partial<typeof articleTranslations.$inferInsert> = { status: TRANSITION_TARGET[transition] };
  if (transition === 'publish') {
    const past = publishTimeRefusal(publishAt, now);
    if (past) throw new Refusal({ fieldErrors: { publishAt: past } });
    if (isEmptyDoc(t.body)) throw new Refusal({ fieldErrors: { body: 'article.bodyEmptyOnPublish' } });
    // Readers who do not see an image get its description only (a paste may bring images without).
    if (undescribedImages(t.body) > 0) throw new Refusal({ fieldErrors: { body: 'article.bodyImageAltRequiredOnPublish' } });
    if (!t.title.trim()) throw new Refusal({ fieldErrors: { title: 'article.titleRequired' } });
    // A release's main image is content: readers who do not see it get its description (WCAG
    // 1.1.1), in this language. Required to publish, not to save a draft.
    const [hero] = await tx.select({ id: articles.heroMediaId }).from(articles).where(eq(articles.id, t.articleId));
    if (hero?.id) {
      await lockMediaTexts(tx, hero.id);
      const [text] = await tx
        .select({ alt: mediaTranslations.alt })
        .from(mediaTranslations)
        .where(and(eq(mediaTranslations.mediaId, hero.id), eq(mediaTranslations.locale, t.locale)));
      if (!text?.alt.trim()) throw new Refusal({ fieldErrors: { heroAlt: 'article.heroAltRequiredOnPublish' } });
    }
    // "Publish now" on a translation readers already see keeps its date: the date is the
    // release's, and a new one would move it to the top of the lists, for good (a past date
    // cannot be typed back). A time to come still schedules it.
    const keep = isVisible(t, now) ? t.publishAt : null;
    const at = publishAt && publishAt.getTime() > now.getTime() ? publishAt : (keep ?? now);
    set.publishAt = at;
    set.reviewedById = actor.id;
    // First publication: when it first becomes visible (a scheduled one: at its time, moved
    // with the schedule until readers have seen it).
    if (!wasEverPublic(t.firstPublishedAt, now)) set.firstPublishedAt = at;
  }
  // A schedule withdrawn before its time (unpublished, archived, sent back): readers never saw
  // it, so it has no first publication — its date, feeds and JSON-LD start afresh, and the
  // draft can be deleted like any other readers never saw.
  if (transition !== 'publish' && t.firstPublishedAt && !wasEverPublic(t.firstPublishedAt, now)) set.firstPublishedAt = null;
  if (transition === 'submit') {
    set.submittedById = actor.id;
    set.submittedAt = now;
  }
  // The editor's note on a return stays for the writer until the translation moves on.
  if (transition === 'return') {
    set.returnNote = note || null;
    set.returnedById = actor.id;
    set.returnedAt = now;
  }
  if (transition === 'submit' || transition === 'publish') {
    set.returnNote = null;
    set.returnedById = null;
    set.returnedAt = null;
  }
  if (transition === 'unpublish' || transition === 'return') {
    set.publishAt = null;
    set.submittedById = null;
    set.submittedAt = null;
  }
  const [row] = await tx
    .update(articleTranslations)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(articleTranslations.id, t.id))
    .returning({ publishAt: articleTranslations.publishAt, status: articleTranslations.status });
  // Readers' pages change when what they see changes: becoming (or ceasing to be) published.
  const touchesPublic = t.status === 'published' || row!.status === 'published';
  const from = displayStatus(t, now);
  const to = displayStatus({ status: row!.status, publishAt: row!.publishAt }, now);
  return {
    tags: touchesPublic ? translationTags(t.articleId, t.locale, t.slug) : [],
    audit: {
      // A publication for later is a schedule, under its own name in the log, its filter and its export.
      action: transition === 'publish' && to === 'scheduled' ? 'article.schedule' : `article.${transition}`,
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: 'article_translation',
      entityId: t.id,
      locale: t.locale,
      detail: {
        articleId: t.articleId,
        from,
        to,
        ...(row!.publishAt ? { publishAt: row!.publishAt.toISOString() } : {}),
        // The time a schedule had when this step moved or withdrew it (a release's history says
        // "rescheduled", "schedule cancelled" with it).
        ...(from === 'scheduled' && t.publishAt ? { previousPublishAt: t.publishAt.toISOString() } : {}),
        ...(transition === 'return' && note ? { note } : {}),
      },
    },
  };
}

/** A workflow step on its own (publish, schedule, unpublish, archive…), refused if the person's view is stale. */
export async function transitionTranslation(
  tx: Executor,
  actor: WriteActor,
  input: { translationId: string; baseVersion: number; baseState: string; transition: Transition; publishAt: Date | null; note?: string },
): Promise<WriteResult & { audit: StepResult['audit'] }> {
  const current = await lockTranslation(tx, eq(articleTranslations.id, input.translationId));
  if (!current) throw new Refusal({ formError: 'article.notFound' });
  // Its text or its workflow state changed since the page was loaded (lib/articles/workflow.ts).
  if (isStale(current.t, input.baseVersion) || input.baseState !== workflowStamp(current.t)) {
    throw new Refusal({ formError: 'article.staleTransition' });
  }
  const step = await applyTransition(tx, actor, current.t, input.transition, input.publishAt, input.note);
  return { articleId: current.t.articleId, translationId: current.t.id, version: current.t.version, tags: step.tags, audit: step.audit };
}

/** Restoring an old revision makes a new revision with its content (history is never rewritten). */
export async function restoreRevision(
  tx: Executor,
  actor: WriteActor,
  input: { translationId: string; baseVersion: number; baseState?: string; revisionId: string },
): Promise<WriteResult & { restoredVersion: number }> {
  const [ref] = await tx.select({ locale: articleTranslations.locale }).from(articleTranslations).where(eq(articleTranslations.id, input.translationId));
  if (!ref) throw new Refusal({ formError: 'article.notFound' });
  // It may take back its old address.
  await lockSlugs(tx, ref.locale);
  const current = await lockTranslation(tx, eq(articleTranslations.id, input.translationId));
  if (!current) throw new Refusal({ formError: 'article.notFound' });
  const t = current.t;
  if (!canEditContent(actor.role, t.status)) {
    throw new Refusal({ formError: 'article.cannotEditPublished', denied: { action: 'article.restore', entityId: t.id, locale: t.locale } });
  }
  // Someone saved a new version since the history was opened: nothing is restored over a text
  // the person has not seen; the history shows it (restoreRevisionAction), to restore from again.
  if (isStale(t, input.baseVersion)) throw new Refusal({ formError: 'article.staleRestore' });
  // Published, scheduled or taken offline since the history was opened (a step leaves the
  // version alone): the history asks before a restore readers get, from the state it showed.
  // Where the text restored goes has changed (savesElsewhere), or when readers get it (a
  // release scheduled then published at once, or for another time: publishedElsewhen), so its
  // question (or its lack of one) no longer holds: nothing is restored, and the history shows
  // the state now (restoreRevisionAction), from which the restore asks as it should.
  const shown = input.baseState ?? '';
  if (savesElsewhere(shown, t.status) || publishedElsewhen(shown, t)) throw new Refusal({ formError: 'article.restoreStateChanged' });
  const [rev] = await tx
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, input.revisionId), eq(articleRevisions.translationId, t.id)));
  if (!rev) throw new Refusal({ formError: 'article.notFound' });
  // The old slug may belong to another translation by now: keep the current one then.
  const [clash] = await tx
    .select({ id: articleTranslations.id })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.locale, t.locale), eq(articleTranslations.slug, rev.slug), ne(articleTranslations.id, t.id)));
  const slug = clash ? t.slug : rev.slug;
  // Images deleted from the library since that version are left out (the revision keeps them).
  const { missing } = await lockLibraryImages(tx, rev.body);
  const content: RevisionContent = { title: rev.title, slug, lede: rev.lede, dateline: rev.dateline, body: withoutImages(rev.body, missing) };
  const version = t.version + 1;
  // An old text is only as up to date with its source as it was then: a restore brings back the
  // source revision it was marked with (when known), so it shows as outdated again if it was.
  const sourceRevisionId = rev.sourceRevisionId ?? t.sourceRevisionId;
  // Published (or scheduled), the version restored is what readers get: what a publish would
  // refuse is refused here too, nothing written — an image without its description, or the
  // untranslated copy of the source language this translation started as.
  if (t.status === 'published') {
    if (undescribedImages(content.body) > 0) throw new Refusal({ formError: 'article.restoreUndescribed' });
    if (await stillTheSource(tx, ARTICLE_SOURCE, { sourceLocale: t.sourceLocale, sourceRevisionId, body: content.body })) {
      throw new Refusal({ formError: 'article.restoreUntranslated', languages: [t.sourceLocale!] });
    }
  }
  await tx
    .update(articleTranslations)
    .set({ ...content, bodyText: toPlainText(content.body), version, sourceRevisionId, updatedById: actor.id, updatedAt: sql`now()` })
    .where(eq(articleTranslations.id, t.id));
  const slugTags = t.slug !== slug ? await moveSlug(tx, t, slug) : [];
  await tx.insert(articleRevisions).values({
    translationId: t.id,
    version,
    ...content,
    authorId: actor.id,
    note: restoredNote(rev.version, missing.length),
    sourceRevisionId,
  });
  return {
    articleId: t.articleId,
    translationId: t.id,
    version,
    restoredVersion: rev.version,
    tags: [...new Set([...(t.status === 'published' ? translationTags(t.articleId, t.locale, t.slug, slug) : []), ...slugTags])],
  };
}

/**
 * "Translate into …": a new draft translation seeded from the source locale's current text,
 * recording the source locale and revision it came from (so it can be flagged outdated later).
 */
export async function createTranslation(
  tx: Executor,
  actor: WriteActor,
  input: { articleId: string; contentLocale: Locale; sourceLocale: Locale },
): Promise<WriteResult> {
  if (input.contentLocale === input.sourceLocale) throw new Refusal({ fieldErrors: { sourceLocale: 'article.sourceSameLocale' } });
  await lockSlugs(tx, input.contentLocale);
  const [source] = await tx
    .select()
    .from(articleTranslations)
    .where(and(eq(articleTranslations.articleId, input.articleId), eq(articleTranslations.locale, input.sourceLocale)));
  if (!source) throw new Refusal({ fieldErrors: { sourceLocale: 'article.sourceMissing' } });
  const [existing] = await tx
    .select({ id: articleTranslations.id })
    .from(articleTranslations)
    .where(and(eq(articleTranslations.articleId, input.articleId), eq(articleTranslations.locale, input.contentLocale)));
  if (existing) return { articleId: input.articleId, translationId: existing.id, version: 0, tags: [] };
  const sourceRevision = await latestRevision(tx, source.id);
  const slug = await resolveSlug(tx, { locale: input.contentLocale, wanted: source.slug, title: source.title, auto: true, ownId: null });
  const content: RevisionContent = { title: source.title, slug, lede: source.lede, dateline: source.dateline, body: source.body };
  const [row] = await tx
    .insert(articleTranslations)
    .values({
      articleId: input.articleId,
      locale: input.contentLocale,
      ...content,
      bodyText: toPlainText(content.body),
      version: 1,
      sourceLocale: input.sourceLocale,
      sourceRevisionId: sourceRevision?.id ?? null,
      authorId: actor.id,
      updatedById: actor.id,
    })
    .returning({ id: articleTranslations.id });
  await tx.insert(articleRevisions).values({
    translationId: row!.id,
    version: 1,
    ...content,
    authorId: actor.id,
    note: translatedNote(input.sourceLocale),
    sourceRevisionId: sourceRevision?.id ?? null,
  });
  return { articleId: input.articleId, translationId: row!.id, version: 1, tags: [] };
}

/**
 * Deletes a translation readers never saw, with its revisions; the article goes with its last
 * translation. Other translations made from one of its versions keep their text and lose the
 * link to a source that no longer exists. Nothing public changes, so no cache tag is expired.
 */
export async function deleteTranslation(
  tx: Executor,
  actor: WriteActor,
  input: { translationId: string; baseVersion: number },
): Promise<{ articleId: string; translationId: string; locale: Locale; title: string; version: number; articleDeleted: boolean; remaining: Locale[] }> {
  const [ref] = await tx.select({ articleId: articleTranslations.articleId }).from(articleTranslations).where(eq(articleTranslations.id, input.translationId));
  if (!ref) throw new Refusal({ formError: 'article.notFound' });
  // The article first, then the translation, in the order a save locks them (no deadlock with
  // one); the article's lock also keeps a translation being added from losing its article.
  await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, ref.articleId)).for('update');
  const current = await lockTranslation(tx, eq(articleTranslations.id, input.translationId));
  if (!current) throw new Refusal({ formError: 'article.notFound' });
  const t = current.t;
  const [authors] = await tx.select({ ids: authorIdsSql() }).from(articleTranslations).where(eq(articleTranslations.id, t.id));
  const refused = deleteRefusal(actor, { ...t, authorIds: authors?.ids ?? [] });
  const denied = refused ? { action: 'article.delete', entityId: t.id, locale: t.locale, detail: { status: t.status } } : undefined;
  // A version saved since the page was read: the person is shown it (and its state, which may no
  // longer allow a deletion) rather than told the deletion is refused from a page not current.
  // A deletion the actor may not make is written to the audit log all the same.
  if (isStale(t, input.baseVersion)) throw new Refusal({ formError: 'article.staleTransition', ...(denied ? { denied } : {}) });
  if (refused) throw new Refusal({ formError: refused, denied });
  const revisionIds = tx.select({ id: articleRevisions.id }).from(articleRevisions).where(eq(articleRevisions.translationId, t.id));
  await tx.update(articleTranslations).set({ sourceLocale: null, sourceRevisionId: null }).where(inArray(articleTranslations.sourceRevisionId, revisionIds));
  await tx.delete(articleTranslations).where(eq(articleTranslations.id, t.id));
  const rest = await tx.select({ locale: articleTranslations.locale }).from(articleTranslations).where(eq(articleTranslations.articleId, t.articleId));
  const articleDeleted = rest.length === 0;
  if (articleDeleted) await tx.delete(articles).where(eq(articles.id, t.articleId));
  return {
    articleId: t.articleId,
    translationId: t.id,
    locale: t.locale,
    title: t.title,
    version: t.version,
    articleDeleted,
    remaining: rest.map((r) => r.locale),
  };
}
