'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';
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
  const [state, dispatch] = useActionState<ActionState, FormData>(createTranslationAction, idleState);
  const failed = state.status === 'error' ? state : null;
  return (
    <form action={dispatch} className="max-w-md space-y-4">
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="contentLocale" value={contentLocale} />
      {failed?.formError && <Alert tone="error">{failed.formError}</Alert>}
      <SelectField name="sourceLocale" label={t('translateFrom')} defaultValue={sources[0]?.locale} error={failed?.fieldErrors?.sourceLocale}>
        {sources.map((s) => (
          <option key={s.locale} value={s.locale}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}
