'use client';

import { useTranslations } from 'next-intl';
import { RichTextEditor, type LibraryImage } from '@/components/dashboard/rich-text-editor';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';

/** The rich-text body of a translation, posted as `body`, with the toolbar worded in the interface language. */
export function BodyField<V extends { body: RichTextDoc }>({
  form,
  hint,
  contentLocale,
  contentDir,
  images,
}: {
  /** The editor's state (use-editor-form.ts): the body restarts from it when its key changes. */
  form: { values: V; set: (key: 'body', doc: RichTextDoc) => void; bodyKey: number; fieldError: (field: string) => string | undefined };
  hint?: string;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  /** The media library's images the body may show (the article editor passes them). */
  images?: LibraryImage[];
}) {
  const t = useTranslations('Editor');
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
        cancel: t('cancel'),
        undo: t('undo'),
        redo: t('redo'),
      }}
    />
  );
}
