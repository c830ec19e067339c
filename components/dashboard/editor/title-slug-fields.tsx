'use client';

import type { Dispatch, SetStateAction } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/field';
import { controlClass } from '@/components/ui/control-class';
import type { Locale } from '@/lib/locales';
import { slugify } from '@/lib/slug';

export interface TitleSlug {
  title: string;
  slug: string;
  /** The slug follows the title until the person types one (emptying it gives it back to the title). */
  slugAuto: boolean;
}

/**
 * The title and the address (slug) of a translation. The visible slug input has no name: each
 * editor posts the slug the way its action reads it (articles: slug + slugAuto; pages: an empty
 * slug for "from the title").
 */
export function TitleSlugFields<V extends TitleSlug>({
  form,
  contentLocale,
  contentDir,
  slugKnown = false,
}: {
  /** The editor's state (use-editor-form.ts). */
  form: { values: V; setValues: Dispatch<SetStateAction<V>>; fieldError: (field: string) => string | undefined };
  contentLocale: Locale;
  contentDir: 'ltr' | 'rtl';
  /** Readers know the address (a release once published): the hint says it stays, and what a change does. */
  slugKnown?: boolean;
}) {
  const t = useTranslations('Editor');
  const value = form.values;
  const onChange = (patch: TitleSlug) => form.setValues((old) => ({ ...old, ...patch }));
  const errors = { title: form.fieldError('title'), slug: form.fieldError('slug') };
  return (
    <>
      <TextField
        name="title"
        label={t('title')}
        value={value.title}
        onChange={(e) => {
          const title = e.target.value;
          onChange({ ...value, title, slug: value.slugAuto ? slugify(title, contentLocale) : value.slug });
        }}
        error={errors.title}
        lang={contentLocale}
        dir={contentDir}
        className={`${controlClass} text-lg font-semibold`}
        required
      />
      <TextField
        label={t('slug')}
        hint={value.slugAuto ? t('slugHintAuto') : slugKnown ? t('slugHintKnown') : t('slugHintManual')}
        value={value.slug}
        onChange={(e) => onChange({ ...value, slug: e.target.value, slugAuto: e.target.value === '' })}
        error={errors.slug}
        dir="ltr"
        spellCheck={false}
        autoCapitalize="off"
      />
    </>
  );
}
