'use server';

import { and, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import type { Executor } from '@/db';
import { lastSharedChange } from '@/db/queries/article-shared';
import { createTranslation, deleteTranslation, restoreRevision, saveArticleTranslation, transitionTranslation, type ConflictData } from '@/db/queries/article-writes';
import { getEditorTranslation, type RevisionContentRow } from '@/db/queries/dashboard-articles';
import { lastDone } from '@/db/queries/deleted-meanwhile';
import type { PublicUser } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { ActionFailure, defineAction, type ActionContext } from '@/lib/actions';
import { Refusal } from '@/lib/articles/refusal';
import { withLanguages } from '@/lib/articles/refusal-languages';
import { deletedQuery } from '@/lib/deleted-name';
import type { Locale } from '@/lib/locales';
import { redrawnWhenRefused } from '@/lib/redraw-on-refusal';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { articleSaveSchema, createTranslationSchema, deleteTranslationSchema, restoreSchema, transitionSchema } from '@/lib/validation/articles';
import { editorHeaderState, type EditorHeaderState } from './_components/editor-header-state';
import { editorWorkflow, type EditorWorkflow } from './_components/editor-workflow';

/**
 * Runs a write from db/queries/article-writes: an expected refusal becomes the action's
 * field/form error; an authorization refusal is also written to the audit log, outside the
 * transaction that is being rolled back.
 */
async function refusalsAsFailures<T>({ locale, auditDenied }: Pick<ActionContext<unknown>, 'locale' | 'auditDenied'>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const { denied, languages, ...detail } = e.detail;
    const failure = languages?.length ? await withLanguages(detail, languages, locale) : detail;
    if (denied) {
      await auditDenied({
        action: denied.action,
        entityType: denied.entityType ?? 'article_translation',
        entityId: denied.entityId ?? null,
        locale: denied.locale ?? null,
        detail: denied.detail,
      });
    }
    throw new ActionFailure(failure);
  }
}

const editorPath = (uiLocale: string, articleId: string, contentLocale: string) =>
  `/${uiLocale}/dashboard/articles/${articleId}/${contentLocale}`;

/**
 * The translation as now stored, answered with a refused save: what the editor's header says of
 * it, and (`workflow`) what the editor does from its state for this person — the stamp its next
 * save or step sends, the publish box's buttons, the steps offered, whether the form stays
 * editable — as the page read anew would compute them (./_components/editor-workflow.ts).
 */
export type EditorCurrentState = EditorHeaderState & { workflow: EditorWorkflow };

/** What a refused save carries: the conflict, and then (`current`) the translation as now stored. */
export type SaveRefusalData = ConflictData & { current?: EditorCurrentState };

/** The refusals of a save that mean the page showed a version or a state someone else has changed since. */
const STATE_MET = new Set(['article.stateChanged', 'article.cannotEditPublished', 'article.notFromState']);

/**
 * A save refused for a version someone else saved meanwhile (the text's, the shared settings'),
 * or for a workflow step taken since (the page offered a step from another state:
 * 'article.stateChanged', said naming who took the step and the state now, as changedBy names
 * them for a refused step; or it let this person edit a translation since published, archived or
 * scheduled, which they may not edit: 'article.cannotEditPublished'): the answer also says how
 * the translation stands now — its state, who saved it and when — for the editor's header, as
 * the page read anew says it after a save that goes through, and what the editor does from that
 * state, so that its next save or step is not refused again for the same change; the person's
 * text stays in the form. Read in the save's transaction, which holds the translation locked
 * (nothing written yet): what it reads is that version.
 */
async function withCurrentState(e: unknown, tx: Executor, user: PublicUser, locale: Locale, articleId: string | null, contentLocale: Locale): Promise<never> {
  if (!(e instanceof ActionFailure) || !articleId) throw e;
  const failure = e.failure as { formError?: string; fieldErrors?: Record<string, string>; data?: ConflictData };
  if (!(failure.data?.conflict || failure.data?.shared || STATE_MET.has(failure.formError ?? ''))) throw e;
  const stored = await storedState(tx, user, articleId, contentLocale);
  if (!stored) throw e;
  // A step taken meanwhile: the refusal names who took it and the state now, as a refused step does.
  const formError =
    failure.formError === 'article.stateChanged'
      ? (await getTranslations({ locale, namespace: 'Errors' }))('article.stateChanged', await changedBy(tx, locale, stored.translationId, stored, 'state'))
      : failure.formError;
  throw new ActionFailure<SaveRefusalData>({ ...failure, formError, data: { ...failure.data, current: stored.current } });
}

/** A translation as now stored, for the editor whose save or step was refused (null: deleted meanwhile), with its text's version and who saved it. */
async function storedState(
  tx: Executor,
  user: PublicUser,
  articleId: string,
  contentLocale: Locale,
): Promise<{ translationId: string; current: EditorCurrentState; version: number; savedByName: string | null } | null> {
  const [translation, sharedChange] = await Promise.all([getEditorTranslation(user, articleId, contentLocale, tx), lastSharedChange(user, articleId)]);
  if (!translation) return null;
  return {
    translationId: translation.id,
    version: translation.version,
    savedByName: translation.savedByName,
    current: { ...editorHeaderState(translation, sharedChange), workflow: editorWorkflow(user, translation) },
  };
}

/** Save (create or edit) one translation, optionally submitting or publishing it at once. */
export const saveArticleAction = defineAction(
  { permission: 'article.edit', schema: articleSaveSchema, name: 'article.save' },
  async ({ user, input, tx, locale, auditDenied }) => {
    const out = await refusalsAsFailures({ locale, auditDenied }, () => saveArticleTranslation(tx, user, input)).catch((e: unknown) =>
      withCurrentState(e, tx, user, locale, input.articleId, input.contentLocale),
    );
    return {
      audit: {
        action: out.created ? 'article.create' : 'article.save',
        entityType: 'article_translation',
        entityId: out.translationId,
        locale: input.contentLocale,
        // What the save changed, so that a save of the shared fields or of the image's text
        // alone does not read as one that changed nothing. The shared fields' values before and
        // after are what every translation's history shows of them (db/queries/article-shared.ts);
        // the image's text before and after, in the log's format of a change (lib/audit-detail.ts:
        // "heroAlt.fr"), what this language's history shows of it (db/queries/article-history.ts).
        detail: {
          articleId: out.articleId,
          version: out.version,
          contentChanged: out.contentChanged,
          ...(out.sharedChanged.length ? { sharedChanged: out.sharedChanged, shared: out.sharedChanges } : {}),
          ...(out.heroAlt
            ? {
                heroAltChanged: true,
                heroMediaId: out.heroAlt.mediaId,
                changed: { [`heroAlt.${input.contentLocale}`]: { before: out.heroAlt.before, after: out.heroAlt.after } },
              }
            : {}),
        },
      },
      // Saved, then submitted or published: in that order in the log.
      followedBy: out.stepAudit ? [out.stepAudit] : [],
      tags: out.tags,
      redirectTo: editorPath(locale, out.articleId, input.contentLocale),
    };
  },
);

/** The text a colleague saved since the page was read, answered with a refused step: the editor shows it (and takes its version as read) in place of the one the person did not change. */
export type StepText = Omit<RevisionContentRow, 'id'>;

/** What a refused step carries: the translation as now stored, when it changed since the page was read, and its text when that changed too. */
export type StepRefusalData = { current?: EditorCurrentState; text?: StepText };

/**
 * The refusals of a step (or a deletion) that mean the page showed a version or a state someone
 * else has changed since; of them, those said as they are (the step is not possible from the state
 * now stored: published meanwhile, a draft is no longer deleted), the state answered with them.
 */
const STEP_MET = new Set(['article.staleTransition', 'article.notFromState', 'article.cannotDelete']);
const SAID_AS_IS = new Set(['article.notFromState', 'article.cannotDelete']);

/** The audit entries of the steps someone may have taken meanwhile (a save that took one writes its step's entry too). */
const STEP_ACTIONS = ['article.submit', 'article.publish', 'article.schedule', 'article.return', 'article.unpublish', 'article.archive'] as const;

/**
 * A step (or a deletion) refused because the translation changed since the page was read
 * ('article.staleTransition'), or offered from a state it is no longer in
 * ('article.notFromState'): the answer says how it stands now, as a refused save does, and who
 * changed it into what — so the editor follows the state stored, and the person's next step is
 * judged on it rather than their being told to reload (which would drop the message and the note
 * they typed). When its text changed too (a colleague saved a new version), that text comes with
 * it: the editor shows it, its version taken as read, before the step is chosen again.
 */
async function withCurrentStepState(e: unknown, tx: Executor, user: PublicUser, locale: Locale, translationId: string, baseVersion: number): Promise<never> {
  if (!(e instanceof ActionFailure) || !STEP_MET.has((e.failure as { formError?: string }).formError ?? '')) throw e;
  const found = await storedTranslation(tx, user, translationId);
  if (!found) throw e;
  const { row, stored } = found;
  const errors = await getTranslations({ locale, namespace: 'Errors.article' });
  if (row.version !== baseVersion) {
    const { version, title, slug, lede, dateline, body } = row;
    throw new ActionFailure<StepRefusalData>({
      formError: errors('stepTextChanged', { ...(await changedBy(tx, locale, translationId, stored, 'text')), version: String(version) }),
      data: { current: stored.current, text: { version, title, slug, lede, dateline, body } },
    });
  }
  // Not possible from the state stored: said as such, the editor showing that state.
  const refused = (e.failure as { formError?: string }).formError ?? '';
  if (SAID_AS_IS.has(refused)) throw new ActionFailure<StepRefusalData>({ formError: refused, data: { current: stored.current } });
  throw new ActionFailure<StepRefusalData>({
    formError: errors('stepStateChanged', await changedBy(tx, locale, translationId, stored, 'state')),
    data: { current: stored.current },
  });
}

/** A translation as now stored (its text, and as its editor shows it), read in the refused write's transaction (null: gone). */
async function storedTranslation(tx: Executor, user: PublicUser, translationId: string) {
  const row = await tx.query.articleTranslations.findFirst({
    where: (t, { eq }) => eq(t.id, translationId),
    columns: { articleId: true, locale: true, version: true, title: true, slug: true, lede: true, dateline: true, body: true },
  });
  const stored = row ? await storedState(tx, user, row.articleId, row.locale) : null;
  return row && stored ? { row, stored } : null;
}

/**
 * Who changed a translation since the person's page showed it, and the state it is in now (in
 * the interface's language), named in the refusal that says so, "someone else" when unknown: who
 * saved the version now stored (`text`), or who took its last workflow step (`state`: the audit
 * log). One answer for a step (or a deletion) and a history's restore, so that they name the
 * same person.
 */
async function changedBy(
  tx: Executor,
  locale: Locale,
  translationId: string,
  stored: { current: EditorCurrentState; savedByName: string | null },
  change: 'text' | 'state',
): Promise<{ name: string; state: string }> {
  const by = change === 'text' ? stored.savedByName : (await lastDone(tx, STEP_ACTIONS, and(eq(auditLog.entityType, 'article_translation'), eq(auditLog.entityId, translationId))!))?.by;
  const status = await getTranslations({ locale, namespace: 'Workflow.status' });
  return { name: await nameOrSomeoneElse(locale, by), state: status(stored.current.status) };
}

/** The refusals of a restore that mean the history showed a version ('text') or a state someone else has changed since. */
const RESTORE_MET = new Map<string, 'text' | 'state'>([
  ['article.staleRestore', 'text'],
  ['article.restoreStateChanged', 'state'],
]);

/** A restore refused for a change made since the history was opened names who made it, and the state now, as a refused step does (changedBy). */
async function withWhoChanged(e: unknown, tx: Executor, user: PublicUser, locale: Locale, translationId: string): Promise<never> {
  const refused = e instanceof ActionFailure ? ((e.failure as { formError?: string }).formError ?? '') : '';
  const change = RESTORE_MET.get(refused);
  if (!change) throw e;
  const found = await storedTranslation(tx, user, translationId);
  if (!found) throw e;
  const errors = await getTranslations({ locale, namespace: 'Errors' });
  throw new ActionFailure({ ...(e as ActionFailure).failure, formError: errors(refused, await changedBy(tx, locale, translationId, found.stored, change)) });
}

/** A workflow step on its own: publish/schedule, return to draft, unpublish, archive, submit. */
export const transitionAction = defineAction(
  { permission: 'article.submit', schema: transitionSchema, name: 'article.transition' },
  async ({ user, input, tx, locale, auditDenied }) => {
    const out = await refusalsAsFailures({ locale, auditDenied }, () => transitionTranslation(tx, user, input)).catch((e: unknown) =>
      withCurrentStepState(e, tx, user, locale, input.translationId, input.baseVersion),
    );
    const entry = out.audit;
    return {
      audit: {
        action: entry.action,
        entityType: 'article_translation',
        entityId: out.translationId,
        locale: entry.locale ?? null,
        detail: entry.detail ?? undefined,
      },
      tags: out.tags,
      redirectTo: editorPath(locale, out.articleId, entry.locale ?? 'fr'),
    };
  },
);

/**
 * Deletes a translation readers never saw (and the article with its last one). Back to another
 * language of the article if one is left, else to the list, which says what was deleted.
 */
export const deleteTranslationAction = defineAction(
  { permission: 'article.edit', schema: deleteTranslationSchema, name: 'article.delete' },
  async ({ user, input, tx, locale, auditDenied }) => {
    const out = await refusalsAsFailures({ locale, auditDenied }, () => deleteTranslation(tx, user, input)).catch((e: unknown) =>
      withCurrentStepState(e, tx, user, locale, input.translationId, input.baseVersion),
    );
    const next = out.remaining[0];
    return {
      audit: {
        action: 'article.delete',
        entityType: 'article_translation',
        entityId: out.translationId,
        locale: out.locale,
        detail: { articleId: out.articleId, title: out.title, version: out.version, articleDeleted: out.articleDeleted },
      },
      redirectTo: next ? `${editorPath(locale, out.articleId, next)}?deleted=${out.locale}` : `/${locale}/dashboard/articles?${deletedQuery(out.title)}`,
    };
  },
);

/**
 * Restore an old revision (as a new revision). Refused because the release was published,
 * scheduled or unpublished since the history was opened (for a writer, who may no longer edit it
 * then: 'article.cannotEditPublished'), or because someone saved a new version of it since, the
 * history is drawn again from the database (redrawnWhenRefused): it shows the state and the
 * versions now, and its restore asks as that state needs, the refusal still said beside the
 * version chosen — naming, but for a writer's, who changed it and the state it is in now
 * (withWhoChanged).
 */
export const restoreRevisionAction = defineAction(
  { permission: 'article.edit', schema: restoreSchema, name: 'article.restore' },
  async ({ user, input, tx, locale, auditDenied }) => {
    const out = await refusalsAsFailures({ locale, auditDenied }, () =>
      redrawnWhenRefused([...RESTORE_MET.keys(), 'article.cannotEditPublished'], restoreRevision(tx, user, input)),
    ).catch((e: unknown) => withWhoChanged(e, tx, user, locale, input.translationId));
    const [row] = await tx.query.articleTranslations.findMany({
      where: (t, { eq }) => eq(t.id, out.translationId),
      columns: { locale: true },
    });
    const contentLocale = row?.locale ?? 'fr';
    return {
      audit: {
        action: 'article.restore',
        entityType: 'article_translation',
        entityId: out.translationId,
        locale: contentLocale,
        detail: { articleId: out.articleId, restoredVersion: out.restoredVersion, version: out.version },
      },
      tags: out.tags,
      redirectTo: `${editorPath(locale, out.articleId, contentLocale)}/history`,
    };
  },
);

/** "Translate into …": a draft seeded from a source locale. */
export const createTranslationAction = defineAction(
  { permission: 'article.edit', schema: createTranslationSchema, name: 'article.translate' },
  async ({ user, input, tx, locale, auditDenied }) => {
    const out = await refusalsAsFailures({ locale, auditDenied }, () => createTranslation(tx, user, input));
    return {
      audit: {
        action: 'article.translate',
        entityType: 'article_translation',
        entityId: out.translationId,
        locale: input.contentLocale,
        detail: { articleId: out.articleId, sourceLocale: input.sourceLocale },
      },
      tags: out.tags,
      redirectTo: editorPath(locale, out.articleId, input.contentLocale),
    };
  },
);
