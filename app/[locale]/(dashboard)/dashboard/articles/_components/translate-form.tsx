'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { displayStatusAt, type DisplayStatus } from '@/lib/articles/workflow';
import { createTranslationAction } from '../actions';
import { ShownAtClock, useShownAt } from './shown-at';

/** A language to translate from: its name, and its state as the page read it (`status` at `publishAt`). */
interface Source {
  locale: string;
  name: string;
  status: DisplayStatus;
  /** ISO 8601, UTC. */
  publishAt: string | null;
}

/**
 * "Translate into …": pick the source language; the new draft starts from its current text. Each
 * language says its state at the clock the editor's tabs follow (./shown-at.tsx): a schedule
 * comes out here too while the page is open.
 */
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
  sources: Source[];
  submitLabel: string;
}) {
  const t = useTranslations('Editor');
  const { formAction, error, values, fieldError } = useActionAnswer(createTranslationAction, { sourceLocale: sources[0]?.locale ?? '' });
  // Remounted with each answer, so a refused choice of source stays chosen (see role-form.tsx).
  return (
    <ShownAtClock states={sources}>
      <ActionFormFrame key={JSON.stringify(values)} formAction={formAction} locale={uiLocale} hidden={{ articleId, contentLocale }} refusal={error} className="max-w-md space-y-4">
        <SelectField name="sourceLocale" label={t('translateFrom')} defaultValue={values.sourceLocale} error={fieldError('sourceLocale')}>
          {sources.map((s) => (
            <SourceOption key={s.locale} source={s} />
          ))}
        </SelectField>
        <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
      </ActionFormFrame>
    </ShownAtClock>
  );
}

function SourceOption({ source }: { source: Source }) {
  const w = useTranslations('Workflow');
  const shownAt = useShownAt();
  const status = shownAt ? displayStatusAt(source.status, source.publishAt, shownAt) : source.status;
  return <option value={source.locale}>{`${source.name} — ${w(`status.${status}`)}`}</option>;
}
