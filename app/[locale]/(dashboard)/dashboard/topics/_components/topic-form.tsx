'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { useFieldInLanguage, useFormConflict } from '@/components/dashboard/form-conflict';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import type { FormConflict } from '@/lib/form-conflict';
import { LOCALES, type Locale } from '@/lib/locales';

/** A topic's name and the address of its news list, per language; French is required. */
export function TopicForm({
  action,
  locale,
  initial,
  submitLabel,
}: {
  action: (state: ActionState<{ conflict?: FormConflict }>, form: FormData) => Promise<ActionState<{ conflict?: FormConflict }>>;
  locale: string;
  /** Named by path (`texts.fr.name`), with `id` and `version` for an existing topic. */
  initial: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations('TopicForm');
  const languages = useTranslations('Languages');
  const fieldIn = useFieldInLanguage();
  const { formAction, error, values: answered, guard } = useActionAnswer(action, initial);
  const conflict = useFormConflict(error, initial, {
    guard,
    label: (field) => {
      const [, l, name] = field.split('.');
      return fieldIn(t(name === 'slug' ? 'slug' : 'name'), l as Locale);
    },
    // An address reads left to right, whatever the language of its list.
    value: (field, values) => (field.endsWith('.slug') && values[field] ? <bdi dir="ltr">{values[field]}</bdi> : undefined),
  });
  const values = conflict.values ?? answered;
  const fieldError = conflict.fieldError;
  return (
    <ActionFormFrame
      guard={guard}
      key={`${conflict.drawn}:${JSON.stringify(values)}`}
      formAction={formAction}
      locale={locale}
      hidden={{ id: initial.id, version: conflict.version }}
      refusal={conflict.refusal}
      className="space-y-5"
    >
      {conflict.loadedNote}
      {conflict.panel}
      {LOCALES.map((l) => (
        <LocaleFieldset key={l} locale={l} languageName={languages(l)} sourceLabel={t('sourceLanguage')} className="md:grid-cols-2">
          <TextField
            name={`texts.${l}.name`}
            lang={l}
            dir={directionOf(l)}
            label={t('name')}
            required={l === 'fr'}
            autoComplete="off"
            defaultValue={values[`texts.${l}.name`] ?? ''}
            error={fieldError(`texts.${l}.name`)}
          />
          <TextField
            name={`texts.${l}.slug`}
            dir="ltr"
            label={t('slug')}
            hint={t('slugHint')}
            spellCheck={false}
            autoComplete="off"
            defaultValue={values[`texts.${l}.slug`] ?? ''}
            error={fieldError(`texts.${l}.slug`)}
          />
        </LocaleFieldset>
      ))}
      <SubmitButton pendingLabel={t('saving')}>{conflict.submitLabel(submitLabel)}</SubmitButton>
    </ActionFormFrame>
  );
}
