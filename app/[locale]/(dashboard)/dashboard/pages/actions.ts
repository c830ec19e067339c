'use server';

import { and, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { createPage, createPageTranslation, deletePage, restorePageRevision, savePageTranslation, setPageTranslationPublished, updatePageSettings } from '@/db/queries/page-writes';
import { ActionFailure, defineAction } from '@/lib/actions';
import { Refusal } from '@/lib/articles/refusal';
import { languageList, withLanguages } from '@/lib/articles/refusal-languages';
import { deletedQuery } from '@/lib/deleted-name';
import type { FormConflict } from '@/lib/form-conflict';
import type { Executor } from '@/db';
import { lastDone } from '@/db/queries/deleted-meanwhile';
import { auditLog } from '@/db/schema';
import type { PageConflictData, PageDeletedData } from '@/db/queries/page-writes';
import type { Locale } from '@/lib/locales';
import { redrawnWhenRefused } from '@/lib/redraw-on-refusal';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { pageCreateSchema, pageIdSchema, pagePublishSchema, pageRestoreSchema, pageSaveSchema, pageSettingsSchema, pageTranslateSchema } from '@/lib/validation/pages';
import { pageDeleteBlockMessage } from './_components/delete-block';
import { readPageEditor, type PageEditorState } from './_components/page-editor-state';

/**
 * Runs a write from db/queries/page-writes: an expected refusal becomes the form's error.
 * Field messages are Validation keys (translated by defineAction); form messages are keys of
 * the AdminPages catalog, translated here.
 */
async function refusalsAsFailures<T>(locale: Locale, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const { formError, fieldErrors, data, languages = [], values } = e.detail;
    // One that met a colleague's save (data.conflict) names them: "{name} a déplacé cette page…".
    const met = (data as { conflict?: Pick<FormConflict, 'savedBy'> } | undefined)?.conflict;
    // Messages naming languages (a text still the French copy) get their names, in the interface's language.
    const [t, named] = await Promise.all([
      getTranslations({ locale, namespace: 'AdminPages' }),
      languages.length > 0 ? withLanguages({ fieldErrors }, languages, locale) : { fieldErrors },
    ]);
    const list = languages.length > 0 ? await languageList(languages, locale) : '';
    const who: Record<string, string> = met ? { name: await nameOrSomeoneElse(locale, met.savedBy) } : {};
    throw new ActionFailure({ formError: formError ? t(`refusal.${formError}`, { languages: list, ...who, ...values }) : undefined, fieldErrors: named.fieldErrors, data });
  }
}

const editorPath = (locale: string, pageId: string, lang: string) => `/${locale}/dashboard/pages/${pageId}/${lang}`;

/**
 * What a refused save carries: the conflict, if any, and then (`current`) the translation as now
 * stored; or (`deleted`) who deleted the page meanwhile, and when.
 */
export type PageSaveRefusalData = Partial<PageConflictData> & Partial<PageDeletedData> & { current?: PageEditorState };

/**
 * A save refused for a version someone else saved meanwhile ('conflict'), or for a state the
 * translation has left since (published or unpublished as it was: 'stateChanged'): the answer
 * also carries the translation as now stored, as the page read anew shows it and acts on it
 * (./_components/page-editor-state.ts) — the header's state, the state panel, the save buttons,
 * the state the next save is sent from — so the editor follows it and that save is not refused
 * again for the same change; the person's text stays in the form. Read in the save's
 * transaction, which holds the translation locked (nothing written yet). A state changed meanwhile
 * is said naming who published or unpublished it (changedBy), as a refused step and restore say it.
 */
async function withStoredState(e: unknown, tx: Executor, locale: Locale, pageId: string, lang: Locale): Promise<never> {
  if (!(e instanceof Refusal)) throw e;
  const detail = (e as Refusal<PageSaveRefusalData>).detail;
  if (!(detail.data?.conflict || detail.formError === 'stateChanged')) throw e;
  const read = await readPageEditor(locale, pageId, lang, tx);
  if (!read?.translation) throw e;
  // Published or unpublished meanwhile: the refusal names who did it, as a refused step does.
  const values = detail.data?.conflict ? detail.values : await changedBy(tx, locale, read.translation.id, read.state, 'state');
  throw new Refusal<PageSaveRefusalData>({ ...detail, data: { ...detail.data, current: read.state }, values });
}

/** Save one translation (creating it if new), and publish it at once if asked. */
export const savePageAction = defineAction(
  { permission: 'page.edit', schema: pageSaveSchema, name: 'page.save' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () =>
      savePageTranslation(tx, user, input).catch((e: unknown) => withStoredState(e, tx, locale, input.pageId, input.contentLocale)),
    );
    return {
      audit: {
        action: input.intent === 'publish' ? 'page.publish' : 'page.save',
        entityType: 'page_translation',
        entityId: out.translationId,
        locale: input.contentLocale,
        detail: { pageId: out.pageId, version: out.version, contentChanged: out.contentChanged, created: out.created },
      },
      tags: out.tags,
      redirectTo: `${editorPath(locale, out.pageId, input.contentLocale)}?saved=${input.intent}`,
    };
  },
);

/**
 * What a refused step of the state panel carries: the translation as now stored, when it changed
 * since the page was read; and, when someone saved a new version of its text, that version (who,
 * when, how it differs from the one the person read, its text), for the editor to show as a
 * save's conflict.
 */
export type PageStepRefusalData = { current?: PageEditorState } & Partial<PageConflictData>;

/** The refusals of a step that mean the page showed a version or a state someone else has changed since. */
const STEP_MET = new Set(['staleStatus', 'stepStateChanged']);

/** A translation as now stored, as its editor shows it, read in the refused write's transaction (null: gone). */
async function storedPage(tx: Executor, locale: Locale, translationId: string): Promise<PageEditorState | null> {
  const row = await tx.query.pageTranslations.findFirst({ where: (t, { eq }) => eq(t.id, translationId), columns: { pageId: true, locale: true } });
  const read = row ? await readPageEditor(locale, row.pageId, row.locale, tx) : null;
  return read?.translation ? read.state : null;
}

/**
 * Who changed a translation since the person's screen showed it, named in the refusal that says
 * so (its `values`), "someone else" when unknown: who saved the version now stored (`text`: as
 * its state panel names them), or who published or unpublished it last (`state`: the audit log),
 * and which (`published`: its state now). One answer for a state panel's step and a history's
 * restore, so that they name the same person.
 */
async function changedBy(tx: Executor, locale: Locale, translationId: string, stored: PageEditorState, change: 'text' | 'state'): Promise<Record<string, string>> {
  if (change === 'text') return { name: await nameOrSomeoneElse(locale, stored.lastSave?.byName), version: String(stored.version) };
  const step = await lastDone(tx, ['page.publish', 'page.unpublish'], and(eq(auditLog.entityType, 'page_translation'), eq(auditLog.entityId, translationId))!);
  return { name: await nameOrSomeoneElse(locale, step?.by), published: String(stored.status === 'published') };
}

/**
 * A step of the state panel (publish the saved version, unpublish) refused because the
 * translation changed since the page was read answers it as now stored, as a refused save does
 * (withStoredState) and as the release editor's steps do: the header, the state panel and the
 * form's buttons follow it. Published or unpublished as it was ('stepStateChanged'): the person
 * may take a step from the state shown. A new version of its text saved ('staleStatus'): the
 * panel shows it, and the editor its text as a save's conflict, naming who saved it — a step stays
 * refused on the version the person read until they keep their text over it or load it.
 */
async function withStoredStepState(e: unknown, tx: Executor, locale: Locale, translationId: string): Promise<never> {
  if (!(e instanceof Refusal) || !STEP_MET.has(e.detail.formError ?? '')) throw e;
  const stored = await storedPage(tx, locale, translationId);
  if (!stored) throw e;
  const met = (e as Refusal<Partial<PageConflictData>>).detail.data;
  const values = await changedBy(tx, locale, translationId, stored, met?.conflict ? 'text' : 'state');
  throw new Refusal<PageStepRefusalData>({ formError: e.detail.formError, data: { ...met, current: stored }, values });
}

export const publishPageAction = defineAction(
  { permission: 'page.publish', schema: pagePublishSchema, name: 'page.publish' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () =>
      setPageTranslationPublished(tx, user, input).catch((e: unknown) => withStoredStepState(e, tx, locale, input.translationId)),
    );
    return {
      audit: { action: input.publish ? 'page.publish' : 'page.unpublish', entityType: 'page_translation', entityId: input.translationId, locale: out.locale, detail: { pageId: out.pageId } },
      tags: out.tags,
      redirectTo: `${editorPath(locale, out.pageId, out.locale)}?saved=${input.publish ? 'published' : 'unpublished'}`,
    };
  },
);

/** The refusals of a restore that mean the history showed a version ('text') or a state someone else has changed since. */
const RESTORE_MET = new Map<string, 'text' | 'state'>([
  ['staleRestore', 'text'],
  ['restoreStateChanged', 'state'],
]);

/** A restore refused for a change made since the history was opened names who made it, as a refused step does (changedBy). */
async function withWhoChanged(e: unknown, tx: Executor, locale: Locale, translationId: string): Promise<never> {
  const change = e instanceof Refusal ? RESTORE_MET.get(e.detail.formError ?? '') : undefined;
  if (!change) throw e;
  const stored = await storedPage(tx, locale, translationId);
  if (!stored) throw e;
  throw new Refusal({ ...(e as Refusal).detail, values: await changedBy(tx, locale, translationId, stored, change) });
}

/**
 * Restores an old version (as a new one). Refused because the page was published or unpublished
 * since the history was opened, or because someone saved a new version of it since, the refusal
 * names who did (withWhoChanged) and the history is drawn again (redrawnWhenRefused): it shows
 * the state and the versions now, and its restore asks as that state needs, the refusal still
 * said beside the version chosen.
 */
export const restorePageRevisionAction = defineAction(
  { permission: 'page.edit', schema: pageRestoreSchema, name: 'page.restore' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () =>
      redrawnWhenRefused(
        [...RESTORE_MET.keys()],
        restorePageRevision(tx, user, input).catch((e: unknown) => withWhoChanged(e, tx, locale, input.translationId)),
      ),
    );
    return {
      audit: { action: 'page.restore', entityType: 'page_translation', entityId: input.translationId, locale: out.locale, detail: { restored: out.restoredVersion, version: out.version } },
      tags: out.tags,
      redirectTo: `${editorPath(locale, out.pageId, out.locale)}?saved=restored`,
    };
  },
);

/** "Translate from French": a draft starting as a copy of the French text, recording it as its source. */
export const translatePageAction = defineAction(
  { permission: 'page.edit', schema: pageTranslateSchema, name: 'page.translate' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () => createPageTranslation(tx, user, input));
    return {
      audit: { action: 'page.translate', entityType: 'page_translation', entityId: out.translationId, locale: input.contentLocale, detail: { pageId: out.pageId, sourceLocale: out.sourceLocale, created: out.created } },
      tags: out.tags,
      redirectTo: editorPath(locale, out.pageId, input.contentLocale),
    };
  },
);

export const createPageAction = defineAction<typeof pageCreateSchema, { conflict?: FormConflict }>(
  { permission: 'page.edit', schema: pageCreateSchema, name: 'page.create' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () => createPage(tx, user, input));
    return {
      audit: { action: 'page.create', entityType: 'page', entityId: out.pageId, detail: { parentId: input.parentId } },
      // A draft: nothing public changes until it is published, unless its address was another page's old one.
      tags: out.tags,
      redirectTo: editorPath(locale, out.pageId, 'fr'),
    };
  },
);

export const updatePageSettingsAction = defineAction<typeof pageSettingsSchema, { conflict?: FormConflict }>(
  { permission: 'page.edit', schema: pageSettingsSchema, name: 'page.settings' },
  async ({ user, input, tx, locale }) => {
    const out = await refusalsAsFailures(locale, () => updatePageSettings(tx, user, input));
    return {
      audit: { action: 'page.settings', entityType: 'page', entityId: input.id, detail: { parentId: input.parentId, position: input.position } },
      tags: out.tags,
      redirectTo: `/${locale}/dashboard/pages/${input.id}?saved=settings`,
    };
  },
);

/** Deletes a page no reader sees, with nothing below it; refusals say what to do first. */
export const deletePageAction = defineAction({ permission: 'page.edit', schema: pageIdSchema, name: 'page.delete' }, async ({ tx, input, locale }) => {
  const result = await deletePage(tx, input.id);
  if (result.status !== 'deleted') throw new ActionFailure({ formError: await pageDeleteBlockMessage(locale, result) });
  return {
    audit: { action: 'page.delete', entityType: 'page', entityId: input.id, detail: { key: result.key, titles: result.titles } },
    tags: result.tags,
    // The list names it (it can no longer read it): its title in the interface language, French standing in.
    redirectTo: `/${locale}/dashboard/pages?${deletedQuery(result.titles[locale] ?? result.titles.fr ?? Object.values(result.titles)[0] ?? result.key)}`,
  };
});
