'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { BodyField } from '@/components/dashboard/editor/body-field';
import { ConflictDiff, ConflictPanel } from '@/components/dashboard/editor/conflict-panel';
import { EditorProblem } from '@/components/dashboard/editor/editor-problem';
import { LocalCopyNotice } from '@/components/dashboard/editor/local-copy-notice';
import { TitleSlugFields } from '@/components/dashboard/editor/title-slug-fields';
import { useOnAnswer, usePageState } from '@/components/dashboard/editor/stored-state';
import { useEditorForm } from '@/components/dashboard/editor/use-editor-form';
import { Alert } from '@/components/ui/alert';
import { MarkSourceCurrent } from '@/components/dashboard/editor/mark-source-current';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { untouchedTheirs } from '@/lib/revisions/merge';
import { describeBodyImageAction, uploadBodyImageAction } from '../../media/actions';
import { saveArticleAction, type EditorCurrentState, type SaveRefusalData } from '../actions';
import type { ArticleEditorOptions, ArticleFormValues } from './article-form-values';
import { ArticleSharedFields } from './article-shared-fields';
import { useShowCurrentHeader } from './editor-header';
import type { EditorHeaderState } from './editor-header-state';
import { workflowAt, type EditorWorkflow } from './editor-workflow';
import { PublishBox, toIsoInstant, toLocalInput, type Embargo } from './publish-box';
import { sharedFieldDiffs } from './shared-diff';
import { useShownAt } from './shown-at';
import { WorkflowSteps } from './workflow-steps';

export type { ArticleFormValues } from './article-form-values';

export interface ArticleEditorProps {
  uiLocale: Locale;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  articleId: string | null;
  version: number | null;
  /** Version of the article's shared fields the form shows (null for a new article). */
  articleVersion: number | null;
  /**
   * What the form does from the translation's workflow state as the page read it (its stamp: a
   * step is taken from that state only; the publish box's buttons; the steps; whether it is
   * editable), until a refused save answers the state stored since (./editor-workflow.ts).
   */
  workflow: EditorWorkflow;
  outdated: boolean;
  /** The source revision the source panel shows (its id): what "changes carried over" marks the translation up to date with. */
  sourceRevisionId: string | null;
  /**
   * Another language is published (`live`) or only scheduled (`scheduled`) and this person may not
   * change what it shows: the shared settings are fixed; null when they are not.
   */
  sharedLocked: 'live' | 'scheduled' | null;
  /** Where this person's unsaved text is kept in this browser (local-copy.ts); null for a read-only form. */
  localCopyKey: string | null;
  initial: ArticleFormValues;
  options: ArticleEditorOptions;
  /** `uploadImages`: an image file pasted or dropped into the text goes into the media library; `submit`: the person may send it for review. */
  allowed: { uploadImages: boolean; submit: boolean };
  /** The other languages scheduled (their names, their times): published before them, this one breaks their embargo. */
  embargoes: Embargo[];
  /** The stored translation, whose workflow steps that keep the text (return, unpublish, archive, delete) show below the form; null for a new one. */
  translationId: string | null;
}

/**
 * The article translation form, on the editors' shared machinery (components/dashboard/editor):
 * every field in state so a refused save keeps all that was typed; a conflict shows who saved,
 * when, the difference, and two ways on — keep my text and save over theirs, or load theirs.
 */
/** The label of each shared field of the form (sharedLabels' keys). */
const SHARED_LABEL = { type: 'type', contactOfficeId: 'contactOfficeId', topicIds: 'topics', countryCodes: 'countries', heroMediaId: 'heroMediaId' } as const;

/** The header's part of the state a refusal answers. */
function headerOf({ workflow: _, ...header }: EditorCurrentState): EditorHeaderState {
  return header;
}

export function ArticleEditor(props: ArticleEditorProps) {
  const { uiLocale, contentLocale, contentDir, articleId, allowed } = props;
  const t = useTranslations('Editor');
  const s = useTranslations('ArticleShared');
  const [articleBase, setArticleBase] = useState(props.articleVersion);
  const form = useEditorForm<ArticleFormValues, SaveRefusalData>(saveArticleAction, props.initial, props.version, {
    key: props.localCopyKey,
    otherVersion: { value: articleBase, set: setArticleBase },
  });
  const { values: v, set, failed, fieldError: fe } = form;
  // Images pasted or dropped into the text go into the library: offered as the main image at
  // once (newest first, as the page lists them), not only once the page is read again; and an
  // image described from the text is named by its new description there too.
  const [fresh, setFresh] = useState<ArticleEditorOptions['media']>([]);
  const options = {
    ...props.options,
    media: [
      ...fresh.filter((f) => !props.options.media.some((m) => m.id === f.id)),
      ...props.options.media.map((m) => fresh.find((f) => f.id === m.id) ?? m),
    ],
  };
  const withAnswer =
    <A extends typeof uploadBodyImageAction | typeof describeBodyImageAction>(action: A): A =>
    (async (state: Parameters<A>[0], data: FormData) => {
      const answer = await action(state, data);
      if (answer.status === 'ok' && answer.data) {
        const { image } = answer.data;
        setFresh((list) => [image, ...list.filter((m) => m.id !== image.id)]);
      }
      return answer;
    }) as A;
  // The workflow state the form acts on: the page's, then the one a refused save met since
  // (someone published, returned, scheduled… it meanwhile). Its stamp goes with the next save and
  // step, so they are not refused again for the same change; the publish box, the steps and
  // whether the form may be edited follow it. What was typed stays in the form.
  // The page drawn again on the same version (an action expired it) reads the state anew: so does the form.
  const [workflow, setWorkflow] = usePageState(props.workflow);
  // A schedule that comes out with the page open: from its time the form acts as the page read
  // anew would (published, its address known to readers); the stamp sent stays the same.
  const shownAt = useShownAt();
  const shown = shownAt ? workflowAt(workflow, shownAt) : workflow;
  const storedPublishLocal = shown.status === 'scheduled' ? toLocalInput(shown.publishAt) : '';
  const [publishLocal, setPublishLocal] = useState(storedPublishLocal);
  // Readers know the address from the time it comes out: the title no longer moves it, as on the
  // page read anew (its slug then follows the title no more), until the person changes the slug
  // or the title (emptying the slug gives it back to the title, as there).
  const [slugHeld, setSlugHeld] = useState(false);
  const [seenSlugKnown, setSeenSlugKnown] = useState(shown.slugKnown);
  if (shown.slugKnown !== seenSlugKnown) {
    setSeenSlugKnown(shown.slugKnown);
    if (shown.slugKnown && v.slugAuto) setSlugHeld(true);
  }
  const slugAuto = v.slugAuto && !slugHeld;
  const titleSlugForm: typeof form = slugHeld
    ? {
        ...form,
        values: { ...v, slugAuto },
        setValues: (update) => {
          setSlugHeld(false);
          form.setValues(update);
        },
      }
    : form;
  // The time field shows the stored schedule (none once it has come out, or another met since),
  // unless the person typed another time.
  const [seenPublishLocal, setSeenPublishLocal] = useState(storedPublishLocal);
  if (storedPublishLocal !== seenPublishLocal) {
    setSeenPublishLocal(storedPublishLocal);
    if (publishLocal === seenPublishLocal) setPublishLocal(storedPublishLocal);
  }
  // The fields "keep my changes" took from the other version (their labels), said once it is chosen.
  const [taken, setTaken] = useState<string[]>([]);
  const conflict = form.data?.conflict ?? null;
  const shared = form.data?.shared ?? null;
  const deleted = form.data?.deleted ?? null;
  // The version the refusal met, in the header (its state, who saved it, when), as a save shows its own.
  const showCurrent = useShowCurrentHeader();
  const current = form.data?.current;
  const follow = (now: EditorCurrentState) => setWorkflow(now.workflow);
  useEffect(() => {
    if (current) showCurrent(headerOf(current));
  }, [current, showCurrent]);
  useOnAnswer(current, follow);
  // Deleted meanwhile (with its article, if it was the last language): the form becomes a new
  // translation's (of a new article), so saving the text kept below again recreates it.
  const [seenDeleted, setSeenDeleted] = useState<typeof deleted>(null);
  const [articleGone, setArticleGone] = useState(false);
  if (deleted && deleted !== seenDeleted) {
    setSeenDeleted(deleted);
    form.setBaseVersion(null);
    if (deleted.article) {
      setArticleGone(true);
      setArticleBase(null);
    }
  }
  const readOnly = !workflow.edit;
  const fieldLabels = { title: t('title'), slug: t('slug'), lede: t('lede'), dateline: t('dateline'), body: t('body') };
  const sharedLabels = { type: t('type'), contactOfficeId: t('office'), topics: t('topics'), countries: t('countries'), heroMediaId: t('hero') };
  // Ready to save over what is stored once every version the refusal named has been taken as the base.
  const ready = (!conflict || form.baseVersion === conflict.currentVersion) && (!shared || articleBase === shared.currentVersion);
  const takenList = new Intl.ListFormat(intlLocale(uiLocale), { type: 'conjunction' }).format(taken);

  return (
    <div className="space-y-5">
      <LocalCopyNotice copy={form.localCopy} />
      {form.leaveDialog}
      <form action={form.dispatch} className="space-y-5" noValidate aria-describedby={failed ? form.problemId : undefined}>
        <input type="hidden" name="locale" value={uiLocale} />
        <input type="hidden" name="contentLocale" value={contentLocale} />
        {articleId && !articleGone && <input type="hidden" name="articleId" value={articleId} />}
        {form.baseVersion !== null && <input type="hidden" name="baseVersion" value={form.baseVersion} />}
        {articleBase !== null && <input type="hidden" name="articleVersion" value={articleBase} />}
        {workflow.stamp !== null && <input type="hidden" name="baseState" value={workflow.stamp} />}
        <input type="hidden" name="slug" value={v.slug} />
        <input type="hidden" name="slugAuto" value={slugAuto ? '1' : ''} />
        <input type="hidden" name="publishAt" value={toIsoInstant(publishLocal)} />

        {failed && (
          <EditorProblem
            id={form.problemId}
            focusRef={form.problemRef}
            uiLocale={uiLocale}
            formError={failed.formError}
            conflicts={[
              ...(conflict ? [{ text: t('conflictTitle', { name: conflict.savedBy ?? t('someoneElse'), version: String(conflict.currentVersion) }), savedAt: conflict.savedAt }] : []),
              ...(shared ? [{ text: s('conflictTitle', { name: shared.savedBy ?? t('someoneElse') }), savedAt: shared.savedAt }] : []),
              ...(deleted?.at ? [{ text: t('deletedTitle', { name: deleted.by ?? t('someoneElse') }), savedAt: deleted.at }] : []),
            ]}
            conflictBody={deleted ? t('deletedBody') : undefined}
          />
        )}

        {(conflict || shared) && (
          <ConflictPanel
            keepLabel={conflict ? t('conflictKeepMine', { version: String(conflict.currentVersion) }) : s('keepMine')}
            loadLabel={conflict ? undefined : s('loadTheirs')}
            ready={ready}
            readyLabel={
              conflict
                ? taken.length > 0
                  ? t('conflictReadyMerged', { version: String(conflict.currentVersion), fields: takenList })
                  : t('conflictReady', { version: String(conflict.currentVersion) })
                : taken.length > 0
                  ? s('readyMerged', { fields: takenList })
                  : s('ready')
            }
            onKeepMine={() => {
              // What this person left as the form opened takes the other version's value: going
              // over it keeps their colleague's work there (lib/revisions/merge.ts).
              const names: string[] = [];
              if (conflict) {
                const { title, slug, lede, dateline } = conflict.theirs;
                const theirs = { title, slug, lede, dateline, body: form.data?.theirsBody };
                const fields = untouchedTheirs(['title', 'slug', 'lede', 'dateline', 'body'] as const, props.initial, v, theirs);
                if (fields.length > 0) form.load({ ...Object.fromEntries(fields.map((f) => [f, theirs[f]])), ...(fields.includes('slug') ? { slugAuto: false } : {}) });
                names.push(...fields.map((f) => fieldLabels[f]));
                form.setBaseVersion(conflict.currentVersion);
              }
              if (shared) {
                const theirs = { ...shared.theirs, contactOfficeId: shared.theirs.contactOfficeId ?? '', heroMediaId: shared.theirs.heroMediaId ?? '' };
                const fields = untouchedTheirs(['type', 'contactOfficeId', 'topicIds', 'countryCodes', 'heroMediaId'] as const, props.initial, v, theirs);
                if (fields.length > 0) form.setValues((old) => ({ ...old, ...Object.fromEntries(fields.map((f) => [f, theirs[f]])) }));
                names.push(...fields.map((f) => sharedLabels[SHARED_LABEL[f]]));
                setArticleBase(shared.currentVersion);
              }
              setTaken(names);
            }}
            onLoadTheirs={() => {
              if (conflict) {
                form.load({
                  title: conflict.theirs.title ?? v.title,
                  slug: conflict.theirs.slug ?? v.slug,
                  slugAuto: false,
                  lede: conflict.theirs.lede ?? v.lede,
                  dateline: conflict.theirs.dateline ?? v.dateline,
                  body: form.data?.theirsBody ?? v.body,
                });
                form.setBaseVersion(conflict.currentVersion);
              }
              if (shared) {
                const { theirs } = shared;
                form.setValues((old) => ({
                  ...old,
                  type: theirs.type,
                  contactOfficeId: theirs.contactOfficeId ?? '',
                  topicIds: theirs.topicIds,
                  countryCodes: theirs.countryCodes,
                  heroMediaId: theirs.heroMediaId ?? '',
                }));
                setArticleBase(shared.currentVersion);
              }
            }}
          >
            {conflict && <ConflictDiff diffs={conflict.diff} fields={fieldLabels} lang={contentLocale} dir={contentDir} />}
            {shared && (
              <>
                <h3 className="text-base">{s('diffHeading')}</h3>
                <ConflictDiff diffs={sharedFieldDiffs(shared.theirs, v, options, s('none'))} fields={sharedLabels} />
              </>
            )}
          </ConflictPanel>
        )}

        {readOnly && <Alert tone="info">{t(shown.status === 'scheduled' ? 'readOnlyScheduled' : 'readOnly')}</Alert>}

        <fieldset disabled={readOnly} className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="type"
              label={t('type')}
              value={v.type}
              onChange={(e) => set('type', e.target.value)}
              error={fe('type')}
              disabled={props.sharedLocked !== null}
              hint={props.sharedLocked === 'live' ? s('lockedHint') : props.sharedLocked === 'scheduled' ? s('lockedHintScheduled') : undefined}
            >
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
          <TitleSlugFields form={titleSlugForm} contentLocale={contentLocale} contentDir={contentDir} slugKnown={shown.slugKnown} />
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
          <BodyField
            form={form}
            hint={t('bodyHint')}
            contentLocale={contentLocale}
            contentDir={contentDir}
            images={options.media}
            imageActions={allowed.uploadImages ? { upload: withAnswer(uploadBodyImageAction), describe: withAnswer(describeBodyImageAction) } : undefined}
            readOnly={readOnly}
          />
          <ArticleSharedFields
            values={v}
            set={set}
            fieldError={fe}
            options={options}
            contentLocale={contentLocale}
            contentDir={contentDir}
            open={!!shared}
            locked={props.sharedLocked !== null}
          />

          {props.outdated && props.sourceRevisionId && <MarkSourceCurrent sourceRevisionId={props.sourceRevisionId} />}
        </fieldset>

        {!readOnly && (
          <PublishBox
            status={shown.status}
            allowed={{ submit: allowed.submit, publish: workflow.publish, ownSubmission: workflow.ownSubmission }}
            publishLocal={publishLocal}
            onPublishLocal={setPublishLocal}
            error={fe('publishAt')}
            // A publication time typed and not saved (or refused) is an unsaved change too.
            dirty={form.dirty || publishLocal !== storedPublishLocal}
            saved={!!form.baseVersion}
            embargoes={props.embargoes}
          />
        )}
      </form>
      {/* The steps act on the stored translation: none is left once it is known deleted. */}
      {props.translationId && workflow.stamp !== null && !seenDeleted && (
        <WorkflowSteps
          uiLocale={uiLocale}
          translationId={props.translationId}
          // The text's version the form is based on: a step is not taken on one the person has not seen.
          version={form.baseVersion ?? props.version ?? 0}
          stamp={workflow.stamp}
          available={workflow.steps}
          deletable={workflow.deletable}
          inReview={workflow.inReview}
          shown={workflow.status}
          dirty={form.dirty}
          onCurrent={({ current: now, text }) => {
            follow(now);
            showCurrent(headerOf(now));
            // A colleague saved a new text meanwhile: shown in place of the one read (nothing was
            // typed: the steps wait for a save), its version taken as read, so the next step is
            // judged on it — as the page read anew, without losing what the refusal says.
            if (text && !form.dirty) {
              const { version, ...words } = text;
              form.rebase({ ...v, ...words, slugAuto: v.slugAuto && words.slug === v.slug }, version);
            }
          }}
        />
      )}
    </div>
  );
}
