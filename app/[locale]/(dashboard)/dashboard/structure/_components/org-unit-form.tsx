'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { TreePlaceFields } from '@/components/dashboard/tree-place-fields';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { directionOf } from '@/i18n/routing';
import type { ActionState } from '@/lib/action-state';
import { LOCALES } from '@/lib/locales';

/** A unit's names and head per language, its head's name, its parent and its order. */
export function OrgUnitForm({
  action,
  locale,
  initial,
  parents,
  submitLabel,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  initial: Record<string, string>;
  /** Units that may be the parent (never the unit itself or one below it), indented by depth. */
  parents: { id: string; label: string; depth: number }[];
  submitLabel: string;
}) {
  const t = useTranslations('StructureForm');
  const languages = useTranslations('Languages');
  const { formAction, error, values, fieldError } = useActionAnswer(action, initial);
  return (
    <ActionFormFrame
      key={JSON.stringify(values)}
      formAction={formAction}
      locale={locale}
      hidden={{ id: values.id, version: values.version }}
      formError={error?.formError}
      className="space-y-5"
    >
      <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-bold">{t('placeLegend')}</legend>
        <TreePlaceFields
          parents={parents}
          values={values}
          fieldError={fieldError}
          labels={{ parent: t('parent'), noParent: t('noParent'), position: t('position'), positionHint: t('positionHint') }}
        />
        <TextField name="headName" label={t('headName')} hint={t('headNameHint')} defaultValue={values.headName ?? ''} error={fieldError('headName')} />
      </fieldset>
      {LOCALES.map((l) => (
        <fieldset key={l} className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2">
          <legend className="px-1 font-bold">
            <span lang={l}>{languages(l)}</span>
            {l === 'fr' && <span className="font-normal text-muted"> — {t('sourceLanguage')}</span>}
          </legend>
          {(['name', 'headTitle'] as const).map((field) => (
            <TextField
              key={field}
              name={`texts.${l}.${field}`}
              lang={l}
              dir={directionOf(l)}
              label={t(field)}
              required={field === 'name' && l === 'fr'}
              defaultValue={values[`texts.${l}.${field}`] ?? ''}
              error={fieldError(`texts.${l}.${field}`)}
            />
          ))}
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </ActionFormFrame>
  );
}
