'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { createTranslationAction } from '../actions';

/** "Translate into …": pick the source language; the new draft starts from its current text. */
export function TranslateForm({
  uiLocale,
  articleId,
  contentLocale,
  sources,
  submitLabel,
}: {
  uiLocale: string;
  articleId: string;
  contentLocale: string;
  sources: { locale: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations('Editor');
  const { formAction, error, values, fieldError } = useActionAnswer(createTranslationAction, { sourceLocale: sources[0]?.locale ?? '' });
  // Remounted with each answer, so a refused choice of source stays chosen (see role-form.tsx).
  return (
    <ActionFormFrame key={JSON.stringify(values)} formAction={formAction} locale={uiLocale} hidden={{ articleId, contentLocale }} refusal={error} className="max-w-md space-y-4">
      <SelectField name="sourceLocale" label={t('translateFrom')} defaultValue={values.sourceLocale} error={fieldError('sourceLocale')}>
        {sources.map((s) => (
          <option key={s.locale} value={s.locale}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </ActionFormFrame>
  );
}
