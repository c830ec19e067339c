'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import { LOCALES } from '@/lib/locales';
import { MEDIA_ACCEPT, MEDIA_MAX_BYTES, MEDIA_MAX_EDGE, MEDIA_MAX_MB } from '@/lib/media/limits';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The credit and the alternative text in each language, refilled from the last answer. */
function MediaTexts({ values, fieldError }: { values: Record<string, string>; fieldError: (field: string) => string | undefined }) {
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
          />
        </LocaleFieldset>
      ))}
      <TextField name="credit" label={t('credit')} hint={t('creditHint')} autoComplete="off" defaultValue={values.credit ?? ''} error={fieldError('credit')} />
    </>
  );
}

/**
 * An image into the library: the file (checked for size here, before minutes of sending; what
 * it is, the server reads from its bytes), a preview to describe it from, and its texts.
 */
export function MediaUploadForm({ action, locale }: { action: Action; locale: string }) {
  const t = useTranslations('MediaForm');
  const validation = useTranslations('Validation');
  const { state, formAction, error, values, fieldError } = useActionAnswer(action);
  // The file chosen since the last answer: after one, the form is drawn anew and its file
  // input is empty (a browser cannot refill it), so the preview goes with it.
  const [picked, setPicked] = useState<{ answer: ActionState; url: string; tooBig: boolean } | null>(null);
  const chosen = picked?.answer === state ? picked : null;
  useEffect(() => () => (picked ? URL.revokeObjectURL(picked.url) : undefined), [picked]);
  const fileError = chosen?.tooBig ? validation('media.fileTooBig', { max: MEDIA_MAX_MB }) : fieldError('file');
  return (
    <ActionFormFrame key={JSON.stringify(values)} formAction={formAction} locale={locale} formError={error?.formError} className="space-y-5">
      <div className="rounded-lg border border-line bg-white p-4">
        <TextField
          type="file"
          name="file"
          accept={MEDIA_ACCEPT}
          label={t('file')}
          hint={t('fileHint', { max: MEDIA_MAX_MB, edge: MEDIA_MAX_EDGE })}
          error={fileError}
          required
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setPicked(file ? { answer: state, url: URL.createObjectURL(file), tooBig: file.size > MEDIA_MAX_BYTES } : null);
          }}
          className="block w-full text-sm file:me-3 file:rounded-md file:border file:border-line file:bg-paper file:px-3 file:py-2 file:font-semibold"
        />
        {chosen && !chosen.tooBig && (
          // eslint-disable-next-line @next/next/no-img-element -- a local file the person just chose, not a page image
          <img src={chosen.url} alt={t('preview')} className="mt-3 max-h-64 w-auto rounded-md border border-line" />
        )}
      </div>
      <MediaTexts values={values} fieldError={fieldError} />
      <SubmitButton pendingLabel={t('uploading')} disabled={!!chosen?.tooBig}>
        {t('upload')}
      </SubmitButton>
    </ActionFormFrame>
  );
}

/** An image's texts, over the version the page was opened on. */
export function MediaEditForm({ action, locale, initial }: { action: Action; locale: string; initial: Record<string, string> }) {
  const t = useTranslations('MediaForm');
  const { formAction, error, values, fieldError } = useActionAnswer(action, initial);
  return (
    <ActionFormFrame
      key={JSON.stringify(values)}
      formAction={formAction}
      locale={locale}
      hidden={{ id: initial.id, version: initial.version }}
      formError={error?.formError}
      className="space-y-5"
    >
      <MediaTexts values={values} fieldError={fieldError} />
      <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
    </ActionFormFrame>
  );
}
