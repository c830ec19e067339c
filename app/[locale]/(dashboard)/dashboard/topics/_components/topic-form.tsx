'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import { LOCALES } from '@/lib/locales';

/** A topic's name and the address of its news list, per language; French is required. */
export function TopicForm({
  action,
  locale,
  initial,
  submitLabel,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  /** Named by path (`texts.fr.name`), with `id` and `version` for an existing topic. */
  initial: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations('TopicForm');
  const languages = useTranslations('Languages');
  const { formAction, error, values, fieldError, guard } = useActionAnswer(action, initial);
  return (
    <ActionFormFrame
      guard={guard}
      key={JSON.stringify(values)}
      formAction={formAction}
      locale={locale}
      hidden={{ id: initial.id, version: initial.version }}
      refusal={error}
      className="space-y-5"
    >
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
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </ActionFormFrame>
  );
}
