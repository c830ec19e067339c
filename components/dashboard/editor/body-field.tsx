'use client';

import { useLocale, useTranslations } from 'next-intl';
import { RichTextEditor, type LibraryImage } from '@/components/dashboard/rich-text-editor';
import type { ActionState } from '@/lib/action-state';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { MEDIA_MAX_BYTES, MEDIA_MAX_MB } from '@/lib/media/limits';
import type { RichTextDoc } from '@/lib/rich-text/types';

/**
 * The media library's actions for images pasted or dropped into the text (uploadBodyImageAction
 * and describeBodyImageAction, app/…/dashboard/media/actions.ts), given by an editor whose
 * server page found the person may add to the library.
 */
export interface BodyImageActions {
  upload: (state: ActionState<never>, form: FormData) => Promise<ActionState<{ image: LibraryImage }>>;
  describe: (state: ActionState<never>, form: FormData) => Promise<ActionState>;
}

/** The rich-text body of a translation, posted as `body`, with the toolbar worded in the interface language. */
export function BodyField<V extends { body: RichTextDoc }>({
  form,
  hint,
  contentLocale,
  contentDir,
  images,
  imageActions,
  readOnly,
}: {
  /** The editor's state (use-editor-form.ts): the body restarts from it when its key changes. */
  form: { values: V; set: (key: 'body', doc: RichTextDoc) => void; bodyKey: number; fieldError: (field: string) => string | undefined };
  hint?: string;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  /** The media library's images the body may show (the article editor passes them). */
  images?: LibraryImage[];
  /** Absent when the person may not add to the media library: a pasted image file is then left out, and they are told. */
  imageActions?: BodyImageActions;
  /** Shown, not edited (rich-text-editor.tsx). */
  readOnly?: boolean;
}) {
  const t = useTranslations('Editor');
  const validation = useTranslations('Validation');
  const errors = useTranslations('Errors');
  const uiLocale = useLocale() as Locale;
  const send = async <T,>(action: (state: ActionState<never>, form: FormData) => Promise<ActionState<T>>, fields: Record<string, string | File>): Promise<ActionState<T>> => {
    const form = new FormData();
    form.set('locale', uiLocale);
    form.set('contentLocale', contentLocale);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    try {
      return await action({ status: 'idle' }, form);
    } catch {
      // Not answered (the connection dropped): said like an unexpected failure.
      return { status: 'error', formError: errors('unexpected') };
    }
  };
  const uploadImage = async (file: File): Promise<{ image: LibraryImage } | { error: string }> => {
    // Too big to be sent at all (the server's body limit): said before sending, as the library's form does.
    if (file.size > MEDIA_MAX_BYTES) return { error: validation('media.fileTooBig', { max: MEDIA_MAX_MB }) };
    const answer = await send(imageActions!.upload, { file });
    if (answer.status === 'ok' && answer.data) return { image: answer.data.image };
    return { error: (answer.status === 'error' && (answer.fieldErrors?.file ?? answer.formError)) || errors('unexpected') };
  };
  const describeImage = async (src: string, alt: string): Promise<string | null> => {
    const answer = await send(imageActions!.describe, { src, alt });
    if (answer.status !== 'error') return null;
    const reason = answer.fieldErrors?.alt ?? answer.formError ?? errors('unexpected');
    return t('imageDescribeFailed', { reason });
  };
  return (
    <RichTextEditor
      key={form.bodyKey}
      name="body"
      label={t('body')}
      hint={hint}
      initialDoc={form.values.body}
      onChange={(doc) => form.set('body', doc)}
      error={form.fieldError('body')}
      lang={contentLocale}
      dir={contentDir}
      images={images}
      uploadImage={imageActions ? uploadImage : undefined}
      describeImage={imageActions ? describeImage : undefined}
      readOnly={readOnly}
      labels={{
        toolbar: t('toolbar'),
        bold: t('bold'),
        italic: t('italic'),
        link: t('link'),
        linkUrl: t('linkUrl'),
        linkApply: t('linkApply'),
        linkRemove: t('linkRemove'),
        linkInvalid: t('linkInvalid'),
        heading2: t('heading', { level: '2' }),
        heading3: t('heading', { level: '3' }),
        heading4: t('heading', { level: '4' }),
        paragraph: t('paragraph'),
        bulletList: t('bulletList'),
        orderedList: t('orderedList'),
        quote: t('quote'),
        image: t('image'),
        imageSrc: t('imageSrc'),
        imageAlt: t('imageAlt'),
        imageInsert: t('imageInsert'),
        imageSrcInvalid: t('imageSrcInvalid'),
        imageAltRequired: t('imageAltRequired'),
        imageLibrary: t('imageLibrary'),
        imageByAddress: t('imageByAddress'),
        imagesDropped: t('imagesDropped'),
        tablesNotKept: t('tablesNotKept'),
        imagesUndescribed: (count) => t('imagesUndescribed', { count, n: formatNumber(uiLocale, count) }),
        imageDescribe: t('imageDescribe'),
        imageApply: t('imageApply'),
        imageUploading: t('imageUploading'),
        imageUploaded: t('imageUploaded'),
        imageUploadedFirstOnly: t('imageUploadedFirstOnly'),
        imageUploadNotAllowed: t('imageUploadNotAllowed'),
        cancel: t('cancel'),
        undo: t('undo'),
        redo: t('redo'),
      }}
    />
  );
}
