'use client';

import { useTranslations } from 'next-intl';
import { RichTextEditor } from '@/components/dashboard/rich-text-editor';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/rich-text/types';

/** The rich-text body of a translation, posted as `body`, with the toolbar worded in the interface language. */
export function BodyField({
  initialDoc,
  onChange,
  error,
  hint,
  contentLocale,
  contentDir,
}: {
  initialDoc: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  error?: string;
  hint?: string;
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
}) {
  const t = useTranslations('Editor');
  return (
    <RichTextEditor
      name="body"
      label={t('body')}
      hint={hint}
      initialDoc={initialDoc}
      onChange={onChange}
      error={error}
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
        cancel: t('cancel'),
        undo: t('undo'),
        redo: t('redo'),
      }}
    />
  );
}
