'use client';

import { useActionState, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { DiffView } from '@/components/dashboard/diff-view';
import { LocalTime } from '@/components/dashboard/local-time';
import { RichTextEditor } from '@/components/dashboard/rich-text-editor';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { TextAreaField, TextField, controlClass } from '@/components/ui/field';
import type { PageConflictData } from '@/db/queries/page-writes';
import { idleState, type ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { slugify } from '@/lib/slug';
import { savePageAction } from '../actions';

export interface PageFormValues {
  title: string;
  slug: string;
  slugAuto: boolean;
  summary: string;
  body: RichTextDoc;
}

/**
 * One translation of an organization page, with the article editor's machinery: the Tiptap
 * body (components/dashboard/rich-text-editor), every field held in state so a refused save
 * keeps what was typed, and on a conflict who saved, when, the difference (DiffView) and two
 * ways on — keep my text over theirs, or load theirs.
 */
export function PageEditor({
  uiLocale,
  contentLocale,
  contentDir,
  pageId,
  version,
  published,
  initial,
}: {
  uiLocale: Locale;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  pageId: string;
  /** Null for a translation that does not exist yet. */
  version: number | null;
  published: boolean;
  initial: PageFormValues;
}) {
  const t = useTranslations('PageEditor');
  const e = useTranslations('Editor');
  const [state, dispatch] = useActionState<ActionState, FormData>(savePageAction, idleState);
  const [v, setV] = useState<PageFormValues>(initial);
  const [baseVersion, setBaseVersion] = useState<number | null>(version);
  const [bodyKey, setBodyKey] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);
  // Unique ids: a page visited before may stay mounted, hidden, with an editor of its own.
  const uid = useId();
  const initialJson = useMemo(() => JSON.stringify(initial), [initial]);
  const dirty = JSON.stringify(v) !== initialJson;
  const failed = state.status === 'error' ? state : null;
  const conflict = (failed?.data as PageConflictData | undefined)?.conflict ?? null;
  const theirsBody = (failed?.data as PageConflictData | undefined)?.theirsBody ?? null;
  const fe = (field: string) => failed?.fieldErrors?.[field];
  useEffect(() => {
    if (failed) errorRef.current?.focus();
  }, [failed]);
  const set = <K extends keyof PageFormValues>(key: K, value: PageFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const fieldLabels = { title: e('title'), slug: e('slug'), summary: t('summary'), body: e('body') };

  return (
    <form action={dispatch} className="space-y-5" noValidate aria-describedby={failed ? `${uid}errors` : undefined}>
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="pageId" value={pageId} />
      <input type="hidden" name="contentLocale" value={contentLocale} />
      {baseVersion !== null && <input type="hidden" name="baseVersion" value={baseVersion} />}
      <input type="hidden" name="slug" value={v.slugAuto ? '' : v.slug} />

      {failed && (
        <div ref={errorRef} tabIndex={-1} id={`${uid}errors`} className="outline-none">
          <Alert tone="error">
            {conflict ? (
              <>
                <p className="font-semibold">
                  {e('conflictTitle', { name: conflict.savedBy ?? e('someoneElse'), version: String(conflict.currentVersion) })}{' '}
                  <LocalTime iso={conflict.savedAt} locale={uiLocale} />
                </p>
                <p className="mt-1">{e('conflictBody')}</p>
              </>
            ) : (
              <p>{failed.formError}</p>
            )}
          </Alert>
        </div>
      )}

      {conflict && (
        <section aria-labelledby={`${uid}conflict`} className="space-y-3 rounded-md border border-accent-700 bg-accent-100/40 p-4">
          <h2 id={`${uid}conflict`} className="text-lg">
            {e('conflictDiffHeading')}
          </h2>
          <p className="text-sm">{e('conflictDiffHint')}</p>
          <DiffView diffs={conflict.diff} lang={contentLocale} dir={contentDir} labels={{ added: e('diffMine'), removed: e('diffTheirs'), unchanged: e('diffNone'), fields: fieldLabels }} />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded-md border border-brand-800 bg-white px-3 py-2 text-sm font-semibold text-brand-800"
              onClick={() => setBaseVersion(conflict.currentVersion)}
              aria-pressed={baseVersion === conflict.currentVersion}
            >
              {e('conflictKeepMine', { version: String(conflict.currentVersion) })}
            </button>
            <button
              type="button"
              className="rounded-md border border-line bg-white px-3 py-2 text-sm"
              onClick={() => {
                setV({
                  title: conflict.theirs.title ?? v.title,
                  slug: conflict.theirs.slug ?? v.slug,
                  slugAuto: false,
                  summary: conflict.theirs.summary ?? v.summary,
                  body: theirsBody ?? v.body,
                });
                setBodyKey((k) => k + 1);
                setBaseVersion(conflict.currentVersion);
              }}
            >
              {e('conflictLoadTheirs')}
            </button>
          </div>
          {baseVersion === conflict.currentVersion && (
            <p role="status" className="text-sm font-semibold">
              {e('conflictReady', { version: String(conflict.currentVersion) })}
            </p>
          )}
        </section>
      )}

      <TextField
        name="title"
        label={e('title')}
        value={v.title}
        onChange={(ev) => {
          const title = ev.target.value;
          setV((old) => ({ ...old, title, slug: old.slugAuto ? slugify(title, contentLocale) : old.slug }));
        }}
        error={fe('title')}
        lang={contentLocale}
        dir={contentDir}
        className={`${controlClass} text-lg font-semibold`}
        required
      />
      <TextField
        label={e('slug')}
        hint={v.slugAuto ? e('slugHintAuto') : e('slugHintManual')}
        value={v.slug}
        onChange={(ev) => setV((old) => ({ ...old, slug: ev.target.value, slugAuto: ev.target.value === '' }))}
        error={fe('slug')}
        dir="ltr"
        spellCheck={false}
        autoCapitalize="off"
      />
      <TextAreaField
        name="summary"
        label={t('summary')}
        hint={t('summaryHint')}
        rows={2}
        value={v.summary}
        onChange={(ev) => set('summary', ev.target.value)}
        error={fe('summary')}
        lang={contentLocale}
        dir={contentDir}
      />
      <RichTextEditor
        key={bodyKey}
        name="body"
        label={e('body')}
        initialDoc={v.body}
        onChange={(doc) => set('body', doc)}
        error={fe('body')}
        lang={contentLocale}
        dir={contentDir}
        labels={{
          toolbar: e('toolbar'),
          bold: e('bold'),
          italic: e('italic'),
          link: e('link'),
          linkUrl: e('linkUrl'),
          linkApply: e('linkApply'),
          linkRemove: e('linkRemove'),
          heading2: e('heading', { level: '2' }),
          heading3: e('heading', { level: '3' }),
          heading4: e('heading', { level: '4' }),
          paragraph: e('paragraph'),
          bulletList: e('bulletList'),
          orderedList: e('orderedList'),
          quote: e('quote'),
          image: e('image'),
          imageSrc: e('imageSrc'),
          imageAlt: e('imageAlt'),
          imageInsert: e('imageInsert'),
          cancel: e('cancel'),
          undo: e('undo'),
          redo: e('redo'),
        }}
      />
      <div className="space-y-3 rounded-md border border-line bg-white p-4">
        <div className="flex flex-wrap gap-2">
          <SubmitButton name="intent" value="save" variant={published ? 'primary' : 'secondary'} pendingLabel={e('saving')}>
            {published ? t('saveLive') : t('saveDraft')}
          </SubmitButton>
          {!published && (
            <SubmitButton name="intent" value="publish" pendingLabel={e('saving')}>
              {t('saveAndPublish')}
            </SubmitButton>
          )}
        </div>
        <p className="text-sm text-muted" aria-live="polite">
          {dirty ? e('unsaved') : baseVersion ? e('allSaved') : e('notSavedYet')}
        </p>
      </div>
    </form>
  );
}
