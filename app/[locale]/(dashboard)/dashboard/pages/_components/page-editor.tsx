'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { BodyField } from '@/components/dashboard/editor/body-field';
import type { LibraryImage } from '@/components/dashboard/rich-text-editor';
import { ConflictDiff, ConflictPanel } from '@/components/dashboard/editor/conflict-panel';
import { EditorProblem } from '@/components/dashboard/editor/editor-problem';
import { LocalCopyNotice } from '@/components/dashboard/editor/local-copy-notice';
import { MarkSourceCurrent } from '@/components/dashboard/editor/mark-source-current';
import { SaveState } from '@/components/dashboard/editor/save-state';
import { useOnAnswer, usePageState } from '@/components/dashboard/editor/stored-state';
import { TitleSlugFields } from '@/components/dashboard/editor/title-slug-fields';
import { useEditorForm } from '@/components/dashboard/editor/use-editor-form';
import { SubmitButton } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { untouchedTheirs } from '@/lib/revisions/merge';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { describeBodyImageAction, uploadBodyImageAction } from '../../media/actions';
import type { PageConflictData } from '@/db/queries/page-writes';
import { savePageAction, type PageSaveRefusalData } from '../actions';
import type { PageEditorState } from './page-editor-state';
import { useShowDeletedPage, useShowReadVersion, useShowStoredPage, useStepConflict, useStoredPage } from './page-state';

export interface PageFormValues {
  title: string;
  slug: string;
  slugAuto: boolean;
  summary: string;
  body: RichTextDoc;
}

/**
 * One translation of an organization page, with the article editor's machinery
 * (components/dashboard/editor): every field held in state so a refused save keeps what was
 * typed, and on a conflict who saved, when, the difference and two ways on — keep my text over
 * theirs, or load theirs. A save (or a step of the state panel) refused for a version or a state
 * someone else saved since answers the translation as now stored: the form then acts on it (its
 * buttons, the state its next save is sent from, the address, the source it marks the translation
 * up to date with), as the header, the state panel and the source beside the form show it.
 */
export function PageEditor({
  uiLocale,
  contentLocale,
  contentDir,
  pageId,
  stored: pageState,
  initial,
  images,
  canUploadImages,
  localCopyKey,
}: {
  uiLocale: Locale;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  pageId: string;
  /**
   * The translation as the page read it (its version, null for one not written yet; its state;
   * whether its source changed since, and the source shown beside the form), until a refused save
   * or step answers the one stored since (./page-editor-state.ts).
   */
  stored: PageEditorState;
  initial: PageFormValues;
  /** The media library, for images in the text. */
  images: LibraryImage[];
  /** An image file pasted or dropped into the text goes into the media library (the person may add to it). */
  canUploadImages: boolean;
  /** Where this person's unsaved text is kept in this browser (local-copy.ts). */
  localCopyKey: string;
}) {
  const t = useTranslations('PageEditor');
  const e = useTranslations('Editor');
  const form = useEditorForm<PageFormValues, PageSaveRefusalData>(savePageAction, initial, pageState.version, { key: localCopyKey });
  const { values: v, failed, fieldError: fe } = form;
  // The version someone else saved meanwhile: met by a save, or by a step of the state panel
  // (shown here all the same, to keep this text over it or load it), the latest answer's.
  const [fromStep, setFromStep] = useState<PageConflictData | null>(null);
  useOnAnswer(useStepConflict(), setFromStep);
  useOnAnswer(failed, () => setFromStep(null));
  const versionMet = form.data?.conflict && form.data.theirsBody ? { conflict: form.data.conflict, theirsBody: form.data.theirsBody } : fromStep;
  const conflict = versionMet?.conflict ?? null;
  // Deleted meanwhile: who did, and when, as the release editor says it; the text stays below.
  // The state panel offers no step then.
  const deleted = form.data?.deleted ?? null;
  const showDeleted = useShowDeletedPage();
  useEffect(() => {
    if (deleted) showDeleted(true);
  }, [deleted, showDeleted]);
  // The translation the form acts on: the page's, then the one a refused save — or a refused step
  // of the state panel — met since (someone saved, published or unpublished it meanwhile). Its
  // state goes with the next save, so that save is not refused again for the same change; the
  // buttons follow it, and the header, the state panel and the source beside the form show it.
  // What was typed stays in the form.
  const [stored, setStored] = usePageState(pageState);
  const showStored = useShowStoredPage();
  const current = form.data?.current;
  useEffect(() => {
    if (current) showStored(current);
  }, [current, showStored]);
  // The version the form is based on once the person took the one a conflict met: the state
  // panel's steps are taken on it (the text they have read).
  const showReadVersion = useShowReadVersion();
  useEffect(() => {
    if (form.baseVersion !== null && form.baseVersion !== pageState.version) showReadVersion(form.baseVersion);
  }, [form.baseVersion, pageState.version, showReadVersion]);
  const met = useStoredPage();
  useOnAnswer(met, (now) => {
    setStored(now);
    // Readers know a published page's address: it stops following the title, as when the page opens on one.
    if (now.status === 'published' && v.slugAuto && now.slug) {
      form.set('slugAuto', false);
      form.set('slug', now.slug);
    }
  });
  const published = stored.status === 'published';
  // The source shown beside the form: what a new translation is made from, and what "changes carried over" marks.
  const sourceRevisionId = stored.source?.revisionId ?? null;
  const fieldLabels = { title: e('title'), slug: e('slug'), summary: t('summary'), body: e('body') };
  // The fields "keep my changes" took from the other version (their labels), said once it is chosen.
  const [taken, setTaken] = useState<string[]>([]);

  return (
    <form action={form.dispatch} className="space-y-5" noValidate aria-describedby={failed ? form.problemId : undefined}>
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="pageId" value={pageId} />
      <input type="hidden" name="contentLocale" value={contentLocale} />
      {form.baseVersion !== null && <input type="hidden" name="baseVersion" value={form.baseVersion} />}
      {stored.status !== null && <input type="hidden" name="baseState" value={stored.status} />}
      <input type="hidden" name="slug" value={v.slugAuto ? '' : v.slug} />
      {/* Written beside the source shown: the new translation is up to date with that revision. */}
      {stored.translationId === null && sourceRevisionId && <input type="hidden" name="markSourceCurrent" value={sourceRevisionId} />}
      <LocalCopyNotice copy={form.localCopy} />
      {form.leaveDialog}

      {failed && (
        <EditorProblem
          id={form.problemId}
          focusRef={form.problemRef}
          uiLocale={uiLocale}
          formError={failed.formError}
          conflicts={[
            ...(conflict ? [{ text: e('conflictTitle', { name: conflict.savedBy ?? e('someoneElse'), version: String(conflict.currentVersion) }), savedAt: conflict.savedAt }] : []),
            ...(deleted?.at ? [{ text: t('deletedTitle', { name: deleted.by ?? e('someoneElse') }), savedAt: deleted.at }] : []),
          ]}
          conflictBody={deleted ? t('deletedBody') : undefined}
        />
      )}

      {conflict && (
        <ConflictPanel
          keepLabel={e('conflictKeepMine', { version: String(conflict.currentVersion) })}
          ready={form.baseVersion === conflict.currentVersion}
          readyLabel={
            taken.length > 0
              ? e('conflictReadyMerged', { version: String(conflict.currentVersion), fields: new Intl.ListFormat(intlLocale(uiLocale), { type: 'conjunction' }).format(taken) })
              : e('conflictReady', { version: String(conflict.currentVersion) })
          }
          onKeepMine={() => {
            // What this person left as the form opened takes the other version's value
            // (lib/revisions/merge.ts), as in the release editor.
            const { title, slug, summary } = conflict.theirs;
            const theirs = { title, slug, summary, body: versionMet?.theirsBody };
            const fields = untouchedTheirs(['title', 'slug', 'summary', 'body'] as const, initial, v, theirs);
            if (fields.length > 0) form.load({ ...Object.fromEntries(fields.map((f) => [f, theirs[f]])), ...(fields.includes('slug') ? { slugAuto: false } : {}) });
            setTaken(fields.map((f) => fieldLabels[f]));
            form.setBaseVersion(conflict.currentVersion);
          }}
          onLoadTheirs={() => {
            form.load({
              title: conflict.theirs.title ?? v.title,
              slug: conflict.theirs.slug ?? v.slug,
              slugAuto: false,
              summary: conflict.theirs.summary ?? v.summary,
              body: versionMet?.theirsBody ?? v.body,
            });
            form.setBaseVersion(conflict.currentVersion);
          }}
        >
          <ConflictDiff diffs={conflict.diff} fields={fieldLabels} lang={contentLocale} dir={contentDir} />
        </ConflictPanel>
      )}

      <TitleSlugFields form={form} contentLocale={contentLocale} contentDir={contentDir} slugKnown={stored.slugKnown} />
      <TextAreaField
        name="summary"
        label={t('summary')}
        hint={t('summaryHint')}
        rows={2}
        value={v.summary}
        onChange={(ev) => form.set('summary', ev.target.value)}
        error={fe('summary')}
        lang={contentLocale}
        dir={contentDir}
      />
      <BodyField
        form={form}
        contentLocale={contentLocale}
        contentDir={contentDir}
        images={images}
        imageActions={canUploadImages ? { upload: uploadBodyImageAction, describe: describeBodyImageAction } : undefined}
      />
      {/* Unchecked again for another source revision: the changes carried over were the other one's. */}
      {stored.outdated && sourceRevisionId && <MarkSourceCurrent key={sourceRevisionId} sourceRevisionId={sourceRevisionId} />}
      <div className="space-y-3 rounded-md border border-line bg-white p-4">
        <div className="flex flex-wrap gap-2">
          <SubmitButton needsScript name="intent" value="save" variant={published ? 'primary' : 'secondary'} pendingLabel={e('saving')}>
            {published ? t('saveLive') : t('saveDraft')}
          </SubmitButton>
          {!published && (
            <SubmitButton needsScript name="intent" value="publish" pendingLabel={e('saving')}>
              {t('saveAndPublish')}
            </SubmitButton>
          )}
        </div>
        <SaveState dirty={form.dirty} saved={!!form.baseVersion} />
      </div>
    </form>
  );
}
