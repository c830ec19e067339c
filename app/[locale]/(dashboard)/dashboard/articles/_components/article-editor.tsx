'use client';

import { useActionState, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { DiffView } from '@/components/dashboard/diff-view';
import { LocalTime, useBrowserTimeZone } from '@/components/dashboard/local-time';
import { RichTextEditor } from '@/components/dashboard/rich-text-editor';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { FieldShell, SelectField, TextAreaField, TextField, controlClass } from '@/components/ui/field';
import type { ConflictData } from '@/db/queries/article-writes';
import { idleState, type ActionState } from '@/lib/action-state';
import type { DisplayStatus } from '@/lib/articles/workflow';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { slugify } from '@/lib/slug';
import { saveArticleAction } from '../actions';
import { WorkflowSteps, type WorkflowStepsProps } from './workflow-steps';

export interface ArticleFormValues {
  type: string;
  title: string;
  slug: string;
  slugAuto: boolean;
  lede: string;
  body: RichTextDoc;
  dateline: string;
  contactOfficeId: string;
  topicIds: string[];
  countryCodes: string[];
  heroMediaId: string;
  heroAlt: string;
  heroSrc: string;
  heroWidth: string;
  heroHeight: string;
}

export interface ArticleEditorProps {
  uiLocale: Locale;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  articleId: string | null;
  version: number | null;
  status: DisplayStatus | null;
  publishAt: string | null;
  outdated: boolean;
  initial: ArticleFormValues;
  options: {
    types: { value: string; label: string }[];
    offices: { id: string; name: string; archived: boolean }[];
    topics: { id: string; name: string }[];
    countries: { code: string; name: string }[];
    media: { id: string; label: string }[];
  };
  allowed: { edit: boolean; submit: boolean; publish: boolean; ownSubmission: boolean };
  /** Workflow steps that keep the text (return, unpublish, archive), shown below the form. */
  steps: WorkflowStepsProps | null;
}

/** Pads a Date to the value of an <input type="datetime-local"> in the browser's zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The article translation form. Every field is held in React state (the body in the Tiptap
 * editor, posted as JSON), so a refused save — invalid field, conflict, expired session —
 * leaves all the person typed in place. A conflict shows who saved, when, the difference, and
 * two ways on: keep my text and save over theirs, or load theirs.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { uiLocale, contentLocale, contentDir, articleId, allowed, options } = props;
  const t = useTranslations('Editor');
  const w = useTranslations('Workflow');
  const [state, dispatch] = useActionState<ActionState, FormData>(saveArticleAction, idleState);
  const [v, setV] = useState<ArticleFormValues>(props.initial);
  const [baseVersion, setBaseVersion] = useState<number | null>(props.version);
  const [bodyKey, setBodyKey] = useState(0);
  const [publishLocal, setPublishLocal] = useState(() => (props.status === 'scheduled' ? toLocalInput(props.publishAt) : ''));
  const [markCurrent, setMarkCurrent] = useState(false);
  const zone = useBrowserTimeZone();
  const errorRef = useRef<HTMLDivElement>(null);
  // Unique ids: Next keeps a page visited before mounted but hidden (back/forward state), so a
  // second editor may be in the document; fixed ids would tie labels to the hidden one.
  const uid = useId();
  const fid = (name: string) => `${uid}${name}`;
  const initialJson = useMemo(() => JSON.stringify(props.initial), [props.initial]);
  const dirty = JSON.stringify(v) !== initialJson;

  const failed = state.status === 'error' ? state : null;
  const conflict = (failed?.data as ConflictData | undefined)?.conflict ?? null;
  const theirsBody = (failed?.data as ConflictData | undefined)?.theirsBody ?? null;
  const fe = (field: string) =>
    failed?.fieldErrors?.[field] ??
    Object.entries(failed?.fieldErrors ?? {}).find(([k]) => k.startsWith(`${field}[]`))?.[1];

  useEffect(() => {
    if (failed) errorRef.current?.focus();
  }, [failed]);

  // Leaving the page (reload, closing the tab, another address) with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const set = <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const readOnly = !allowed.edit;
  const publishIso = publishLocal && !Number.isNaN(new Date(publishLocal).getTime()) ? new Date(publishLocal).toISOString() : '';
  const fieldLabels = { title: t('title'), slug: t('slug'), lede: t('lede'), dateline: t('dateline'), body: t('body') };
  const published = props.status === 'published' || props.status === 'scheduled';

  return (
    <div className="space-y-5">
    <form action={dispatch} className="space-y-5" noValidate aria-describedby={failed ? fid('errors') : undefined}>
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="contentLocale" value={contentLocale} />
      {articleId && <input type="hidden" name="articleId" value={articleId} />}
      {baseVersion !== null && <input type="hidden" name="baseVersion" value={baseVersion} />}
      <input type="hidden" name="slugAuto" value={v.slugAuto ? '1' : ''} />
      <input type="hidden" name="publishAt" value={publishIso} />

      {failed && (
        <div ref={errorRef} tabIndex={-1} id={fid('errors')} className="outline-none">
          <Alert tone="error">
            {conflict ? (
              <>
                <p className="font-semibold">
                  {t('conflictTitle', { name: conflict.savedBy ?? t('someoneElse'), version: String(conflict.currentVersion) })}{' '}
                  <LocalTime iso={conflict.savedAt} locale={uiLocale} />
                </p>
                <p className="mt-1">{t('conflictBody')}</p>
              </>
            ) : (
              <p>{failed.formError}</p>
            )}
          </Alert>
        </div>
      )}

      {conflict && (
        <section aria-labelledby={fid('conflict')} className="space-y-3 rounded-md border border-accent-700 bg-accent-100/40 p-4">
          <h2 id={fid('conflict')} className="text-lg">
            {t('conflictDiffHeading')}
          </h2>
          <p className="text-sm">{t('conflictDiffHint')}</p>
          <DiffView
            diffs={conflict.diff}
            lang={contentLocale}
            dir={contentDir}
            labels={{ added: t('diffMine'), removed: t('diffTheirs'), unchanged: t('diffNone'), fields: fieldLabels }}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded-md border border-brand-800 bg-white px-3 py-2 text-sm font-semibold text-brand-800"
              onClick={() => setBaseVersion(conflict.currentVersion)}
              aria-pressed={baseVersion === conflict.currentVersion}
            >
              {t('conflictKeepMine', { version: String(conflict.currentVersion) })}
            </button>
            <button
              type="button"
              className="rounded-md border border-line bg-white px-3 py-2 text-sm"
              onClick={() => {
                setV((old) => ({
                  ...old,
                  title: conflict.theirs.title ?? old.title,
                  slug: conflict.theirs.slug ?? old.slug,
                  slugAuto: false,
                  lede: conflict.theirs.lede ?? old.lede,
                  dateline: conflict.theirs.dateline ?? old.dateline,
                  body: theirsBody ?? old.body,
                }));
                setBodyKey((k) => k + 1);
                setBaseVersion(conflict.currentVersion);
              }}
            >
              {t('conflictLoadTheirs')}
            </button>
          </div>
          {baseVersion === conflict.currentVersion && (
            <p role="status" className="text-sm font-semibold">
              {t('conflictReady', { version: String(conflict.currentVersion) })}
            </p>
          )}
        </section>
      )}

      {readOnly && <Alert tone="info">{t('readOnly')}</Alert>}

      <fieldset disabled={readOnly} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="type" label={t('type')} value={v.type} onChange={(e) => set('type', e.target.value)} error={fe('type')}>
            {options.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <TextField
              name="dateline"
            label={t('dateline')}
            hint={t('datelineHint')}
            value={v.dateline}
            onChange={(e) => set('dateline', e.target.value)}
            error={fe('dateline')}
            lang={contentLocale}
            dir={contentDir}
          />
        </div>
        <TextField
          name="title"
          label={t('title')}
          value={v.title}
          onChange={(e) => {
            const title = e.target.value;
            setV((old) => ({ ...old, title, slug: old.slugAuto ? slugify(title, contentLocale) : old.slug }));
          }}
          error={fe('title')}
          lang={contentLocale}
          dir={contentDir}
          className={`${controlClass} text-lg font-semibold`}
          required
        />
        <TextField
          name="slug"
          label={t('slug')}
          hint={v.slugAuto ? t('slugHintAuto') : t('slugHintManual')}
          value={v.slug}
          onChange={(e) => setV((old) => ({ ...old, slug: e.target.value, slugAuto: e.target.value === '' }))}
          error={fe('slug')}
          dir="ltr"
          spellCheck={false}
          autoCapitalize="off"
        />
        <TextAreaField
          name="lede"
          label={t('lede')}
          hint={t('ledeHint')}
          rows={3}
          value={v.lede}
          onChange={(e) => set('lede', e.target.value)}
          error={fe('lede')}
          lang={contentLocale}
          dir={contentDir}
        />
        <RichTextEditor
          key={bodyKey}
          name="body"
          label={t('body')}
          hint={t('bodyHint')}
          initialDoc={v.body}
          onChange={(doc) => set('body', doc)}
          error={fe('body')}
          lang={contentLocale}
          dir={contentDir}
          labels={{
            toolbar: t('toolbar'),
            bold: t('bold'),
            italic: t('italic'),
            link: t('link'),
            linkUrl: t('linkUrl'),
            linkApply: t('linkApply'),
            linkRemove: t('linkRemove'),
            heading2: t('heading', { level: "2" }),
            heading3: t('heading', { level: "3" }),
            heading4: t('heading', { level: "4" }),
            paragraph: t('paragraph'),
            bulletList: t('bulletList'),
            orderedList: t('orderedList'),
            quote: t('quote'),
            image: t('image'),
            imageSrc: t('imageSrc'),
            imageAlt: t('imageAlt'),
            imageInsert: t('imageInsert'),
            cancel: t('cancel'),
            undo: t('undo'),
            redo: t('redo'),
          }}
        />

        <details className="rounded-md border border-line bg-white p-3" open={!!(fe('contactOfficeId') || fe('topics') || fe('countries') || fe('heroMediaId') || fe('heroAlt') || fe('heroSrc') || fe('heroWidth') || fe('heroHeight'))}>
          <summary className="cursor-pointer font-semibold">{t('metadata')}</summary>
          <div className="mt-4 space-y-4">
            <SelectField
              name="contactOfficeId"
              label={t('office')}
              hint={t('officeHint')}
              value={v.contactOfficeId}
              onChange={(e) => set('contactOfficeId', e.target.value)}
              error={fe('contactOfficeId')}
            >
              <option value="">{t('noOffice')}</option>
              {options.offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.archived ? t('officeArchived', { name: o.name }) : o.name}
                </option>
              ))}
            </SelectField>
            <CheckboxGroup
              legend={t('topics')}
              name="topics[]"
              items={options.topics.map((x) => ({ value: x.id, label: x.name }))}
              selected={v.topicIds}
              onChange={(ids) => set('topicIds', ids)}
              error={fe('topics')}
            />
            <CheckboxGroup
              legend={t('countries')}
              name="countries[]"
              items={options.countries.map((x) => ({ value: x.code, label: x.name }))}
              selected={v.countryCodes}
              onChange={(codes) => set('countryCodes', codes)}
              error={fe('countries')}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                name="heroMediaId"
                label={t('hero')}
                hint={options.media.length === 0 ? t('heroNone') : t('heroHint')}
                value={v.heroMediaId}
                onChange={(e) => set('heroMediaId', e.target.value)}
                error={fe('heroMediaId')}
              >
                <option value="">{t('noHero')}</option>
                {options.media.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                name="heroAlt"
                label={t('heroAlt')}
                hint={t('heroAltHint')}
                value={v.heroAlt}
                onChange={(e) => set('heroAlt', e.target.value)}
                error={fe('heroAlt')}
                disabled={!v.heroMediaId && !v.heroSrc}
                lang={contentLocale}
                dir={contentDir}
              />
            </div>
            <fieldset className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
              <legend className="mb-1 text-sm font-semibold">{t('heroNew')}</legend>
              <TextField
                name="heroSrc"
                label={t('heroSrc')}
                hint={t('heroSrcHint')}
                value={v.heroSrc}
                onChange={(e) => set('heroSrc', e.target.value)}
                error={fe('heroSrc')}
                dir="ltr"
                spellCheck={false}
              />
              <TextField
                name="heroWidth"
                label={t('heroWidth')}
                inputMode="numeric"
                value={v.heroWidth}
                onChange={(e) => set('heroWidth', e.target.value)}
                error={fe('heroWidth')}
              />
              <TextField
                name="heroHeight"
                label={t('heroHeight')}
                inputMode="numeric"
                value={v.heroHeight}
                onChange={(e) => set('heroHeight', e.target.value)}
                error={fe('heroHeight')}
              />
            </fieldset>
          </div>
        </details>

        {props.outdated && (
          <label className="flex items-start gap-2 rounded-md border border-orange-700 bg-orange-50 p-3 text-sm">
            <input
              type="checkbox"
              name="markSourceCurrent"
              value="1"
              checked={markCurrent}
              onChange={(e) => setMarkCurrent(e.target.checked)}
              className="mt-1 size-4"
            />
            <span>{t('markSourceCurrent')}</span>
          </label>
        )}
      </fieldset>

      {!readOnly && (
        <div className="space-y-4 rounded-md border border-line bg-white p-4">
          {allowed.publish && !allowed.ownSubmission && (
            <FieldShell id={fid('publishAtLocal')} label={t('publishAt')} hint={t('publishAtHint', { zone: zone ?? 'UTC' })} error={fe('publishAt')}>
              <input
                id={fid('publishAtLocal')}
                type="datetime-local"
                value={publishLocal}
                onChange={(e) => setPublishLocal(e.target.value)}
                aria-invalid={fe('publishAt') ? true : undefined}
                aria-describedby={`${fid('publishAtLocal')}-hint${fe('publishAt') ? ` ${fid('publishAtLocal')}-error` : ''}`}
                className={`${controlClass} max-w-xs`}
              />
            </FieldShell>
          )}
          {allowed.ownSubmission && <p className="text-sm text-muted">{w('ownSubmissionNote')}</p>}
          <div className="flex flex-wrap gap-2">
            <SubmitButton name="intent" value="save" variant={allowed.publish && !published ? 'secondary' : 'primary'} pendingLabel={t('saving')}>
              {published ? t('saveLive') : t('saveDraft')}
            </SubmitButton>
            {allowed.submit && (props.status === null || props.status === 'draft') && (
              <SubmitButton name="intent" value="submit" variant="secondary" pendingLabel={t('saving')}>
                {t('saveAndSubmit')}
              </SubmitButton>
            )}
            {allowed.publish && !allowed.ownSubmission && (
              <SubmitButton name="intent" value="publish" pendingLabel={t('saving')}>
                {publishIso ? (published ? t('reschedule') : t('saveAndSchedule')) : published ? t('republishNow') : t('saveAndPublish')}
              </SubmitButton>
            )}
          </div>
          <p className="text-sm text-muted" aria-live="polite">
            {dirty ? t('unsaved') : baseVersion ? t('allSaved') : t('notSavedYet')}
          </p>
        </div>
      )}
    </form>
    {props.steps && <WorkflowSteps {...props.steps} dirty={dirty} />}
    </div>
  );
}

function CheckboxGroup({
  legend,
  name,
  items,
  selected,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  items: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="grid max-h-48 gap-1 overflow-y-auto rounded-md border border-line p-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <label key={item.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={item.value}
              checked={selected.includes(item.value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, item.value] : selected.filter((x) => x !== item.value))}
              className="size-4"
            />
            {item.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
