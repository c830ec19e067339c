'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { useFieldInLanguage, useFormConflict } from '@/components/dashboard/form-conflict';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';
import { TextField } from '@/components/ui/field';
import { useProblemFocus } from '@/components/ui/focus';
import { directionOf } from '@/i18n/routing';
import { idleState, type ActionState } from '@/lib/action-state';
import type { FormConflict } from '@/lib/form-conflict';
import { LOCALES, type Locale } from '@/lib/locales';
import { MEDIA_ACCEPT, MEDIA_MAX_BYTES, MEDIA_MAX_EDGE, MEDIA_MAX_MB } from '@/lib/media/limits';
import type { UploadAnswer } from '../actions';

type EditAction = (state: ActionState<{ conflict?: FormConflict }>, form: FormData) => Promise<ActionState<{ conflict?: FormConflict }>>;
type UploadAction = (state: ActionState<UploadAnswer>, form: FormData) => Promise<ActionState<UploadAnswer>>;

/** A file input's list holding `file`, to put back a file chosen before (DataTransfer: not in old browsers). */
function refill(file: File): FileList {
  const list = new DataTransfer();
  list.items.add(file);
  return list.files;
}

function canRefill(): boolean {
  try {
    return refill(new File([], 'x')).length === 1;
  } catch {
    return false;
  }
}

/** The credit and the alternative text in each language, refilled from the last answer; shown only, `readOnly`. */
function MediaTexts({ values, fieldError, readOnly }: { values: Record<string, string>; fieldError: (field: string) => string | undefined; readOnly?: boolean }) {
  const t = useTranslations('MediaForm');
  const languages = useTranslations('Languages');
  return (
    <>
      {LOCALES.map((l) => (
        <LocaleFieldset key={l} locale={l} languageName={languages(l)} sourceLabel={t('sourceLanguage')} className="">
          <TextField
            name={`texts.${l}.alt`}
            lang={l}
            dir={directionOf(l)}
            label={t('alt')}
            hint={l === 'fr' ? t('altHint') : undefined}
            autoComplete="off"
            defaultValue={values[`texts.${l}.alt`] ?? ''}
            error={fieldError(`texts.${l}.alt`)}
            readOnly={readOnly}
          />
        </LocaleFieldset>
      ))}
      <TextField name="credit" label={t('credit')} hint={t('creditHint')} autoComplete="off" dir="auto" defaultValue={values.credit ?? ''} error={fieldError('credit')} readOnly={readOnly} />
    </>
  );
}

/**
 * An image into the library: the file (checked for size here, before minutes of sending; what
 * it is, the server reads from its bytes), a preview to describe it from, and its texts.
 */
export function MediaUploadForm({ action, locale, tooBig = false }: { action: UploadAction; locale: string; tooBig?: boolean }) {
  const t = useTranslations('MediaForm');
  const validation = useTranslations('Validation');
  const { state, formAction, error, values, fieldError, guard } = useActionAnswer(action);
  // The answer that left the typed texts out (an image a live release shows), until "another image".
  const [dismissed, setDismissed] = useState<ActionState<UploadAnswer> | null>(null);
  // The file chosen, kept across a refusal: the answer draws the form anew (and React resets
  // it), emptying its file input, and a browser cannot refill one from the server; the page
  // still holds the file, so it is put back in the new input. A browser that cannot do that
  // is told at the field to choose it again. `drawn`: the fields it was chosen in — drawn anew
  // (left without saving, shown again after an answer), the form starts over without it.
  const [picked, setPicked] = useState<{ file: File; url: string; tooBig: boolean; answer: ActionState; drawn: number } | null>(null);
  if (picked && picked.drawn !== guard.drawn) setPicked(null);
  const lost = !!picked && picked.answer !== state && !canRefill();
  const chosen = lost ? null : picked;
  // The preview of the file chosen whose bytes the browser could not draw as an image.
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => () => (picked ? URL.revokeObjectURL(picked.url) : undefined), [picked]);
  useEffect(() => {
    const input = fileRef.current;
    if (chosen && input && input.files?.[0] !== chosen.file) input.files = refill(chosen.file);
  }, [state, chosen]);
  // A file chosen before this script ran (no change event then): checked as one chosen after.
  useEffect(() => {
    const file = fileRef.current?.files?.[0];
    if (file) setPicked({ file, url: URL.createObjectURL(file), tooBig: file.size > MEDIA_MAX_BYTES, answer: idleState, drawn: 0 });
  }, []);
  // `tooBig`: the server did not read the last one (proxy.ts), until another file is chosen or sent.
  const fileError = chosen?.tooBig || (tooBig && !picked && state.status === 'idle')
    ? validation('media.fileTooBig', { max: MEDIA_MAX_MB })
    : [fieldError('file'), lost ? t('fileAgain') : undefined].filter(Boolean).join(' ') || undefined;
  if (state.status === 'ok' && state.data?.withheld && dismissed !== state) {
    return (
      <WithheldTexts
        answer={state}
        locale={locale}
        {...state.data.withheld}
        onAnother={() => {
          setDismissed(state);
          setPicked(null);
          // The button pressed goes away with the panel: the focus goes to the new form's file.
          requestAnimationFrame(() => fileRef.current?.focus());
        }}
      />
    );
  }
  return (
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} refusal={error} className="space-y-5">
      <div className="rounded-lg border border-line bg-white p-4">
        <TextField
          type="file"
          name="file"
          accept={MEDIA_ACCEPT}
          label={t('file')}
          hint={t('fileHint', { max: MEDIA_MAX_MB, edge: MEDIA_MAX_EDGE })}
          error={fileError}
          required
          ref={fileRef}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setPicked(file ? { file, url: URL.createObjectURL(file), tooBig: file.size > MEDIA_MAX_BYTES, answer: state, drawn: guard.drawn } : null);
          }}
          className="block w-full text-sm file:me-3 file:rounded-md file:border file:border-line file:bg-paper file:px-3 file:py-2 file:font-semibold"
        />
        {chosen && !chosen.tooBig && unreadable !== chosen.url && (
          // eslint-disable-next-line @next/next/no-img-element -- a local file the person just chose, not a page image
          <img src={chosen.url} alt={t('preview')} onError={() => setUnreadable(chosen.url)} className="mt-3 max-h-64 w-auto rounded-md border border-line" />
        )}
        {/* A file the browser cannot draw (a PDF, a text): a sentence, not a broken-image icon. */}
        {chosen && !chosen.tooBig && unreadable === chosen.url && <p className="mt-3 text-sm text-muted">{t('noPreview')}</p>}
      </div>
      <MediaTexts values={values} fieldError={fieldError} />
      <SubmitButton pendingLabel={t('uploading')} disabled={!!chosen?.tooBig}>
        {t('upload')}
      </SubmitButton>
    </ActionFormFrame>
  );
}

/**
 * An upload of an image already in the library that a live release shows, by someone who may
 * not change its texts (a writer): it is there, and the texts typed with it were not taken.
 * They are shown back read-only, as on the image's own page, to be copied for an editor; the
 * focus comes to the message (the form and its button went away).
 */
function WithheldTexts({ answer, locale, id, typed, onAnother }: UploadAnswer['withheld'] & { answer: object; locale: string; onAnother: () => void }) {
  const t = useTranslations('MediaForm');
  const message = useRef<HTMLDivElement>(null);
  useProblemFocus(answer, message);
  return (
    <div className="space-y-5">
      <div ref={message} tabIndex={-1} className="outline-none">
        <Alert tone="info">
          <p>{t('existingLive')}</p>
          <p className="mt-2">
            <Link href={`/${locale}/dashboard/media/${id}`} className="text-brand-800 underline underline-offset-4">
              {t('openExisting')}
            </Link>
          </p>
        </Alert>
      </div>
      <div className="space-y-5 [&_input]:bg-surface">
        <MediaTexts values={typed} fieldError={() => undefined} readOnly />
      </div>
      <button type="button" onClick={onAnother} className={buttonClass('secondary')}>
        {t('uploadAnother')}
      </button>
    </div>
  );
}

/**
 * An image's texts, over the version the page was opened on; `readOnly` (texts readers see that
 * this person may not change: the page says why), shown in the same fields with nothing to send.
 */
export function MediaEditForm({ action, locale, initial, readOnly = false }: { action: EditAction; locale: string; initial: Record<string, string>; readOnly?: boolean }) {
  const t = useTranslations('MediaForm');
  const fieldIn = useFieldInLanguage();
  const { formAction, error, values, guard } = useActionAnswer(action, initial);
  const conflict = useFormConflict(error, initial, {
    guard,
    label: (field) => {
      const alt = /^texts\.(\w+)\.alt$/.exec(field);
      return alt ? fieldIn(t('alt'), alt[1] as Locale) : t('credit');
    },
  });
  if (readOnly) {
    return (
      // Read-only rather than disabled: the texts can still be reached, read and copied.
      <div className="space-y-5 [&_input]:bg-surface">
        <MediaTexts values={initial} fieldError={() => undefined} readOnly />
      </div>
    );
  }
  const shown = conflict.values ?? values;
  return (
    <ActionFormFrame
      guard={guard}
      key={`${conflict.drawn}:${JSON.stringify(shown)}`}
      formAction={formAction}
      locale={locale}
      hidden={{ id: initial.id, version: conflict.version }}
      refusal={conflict.refusal}
      className="space-y-5"
    >
      {conflict.loadedNote}
      {conflict.panel}
      <MediaTexts values={shown} fieldError={conflict.fieldError} />
      <SubmitButton pendingLabel={t('saving')}>{conflict.submitLabel(t('save'))}</SubmitButton>
    </ActionFormFrame>
  );
}
