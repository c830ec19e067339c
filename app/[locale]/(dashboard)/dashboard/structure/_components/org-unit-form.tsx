'use client';

import { useTranslations } from 'next-intl';
import { useFieldInLanguage } from '@/components/dashboard/form-conflict';
import { LocaleFieldset } from '@/components/dashboard/locale-fieldset';
import { TreeRowForm, type TreeRowFormProps } from '@/components/dashboard/tree-row-form';
import { TextField } from '@/components/ui/field';
import { directionOf } from '@/i18n/routing';
import { LOCALES, type Locale } from '@/lib/locales';

/** A unit's names and head per language, its head's name, its parent and its order. */
export function OrgUnitForm(props: TreeRowFormProps) {
  const t = useTranslations('StructureForm');
  const languages = useTranslations('Languages');
  const fieldIn = useFieldInLanguage();
  return (
    <TreeRowForm
      {...props}
      pendingLabel={t('saving')}
      fieldLabel={(field) => {
        const [, l, name] = field.split('.');
        return l ? fieldIn(t(name === 'headTitle' ? 'headTitle' : 'name'), l as Locale) : t('headName');
      }}
      placeLabels={{ parent: t('parent'), noParent: t('noParent'), position: t('position'), positionHint: t('positionHint') }}
      className="space-y-5"
    >
      {({ values, fieldError, place }) => (
        <>
          <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-3">
            <legend className="px-1 font-bold">{t('placeLegend')}</legend>
            {place}
            <TextField name="headName" label={t('headName')} hint={t('headNameHint')} defaultValue={values.headName ?? ''} error={fieldError('headName')} />
          </fieldset>
          {LOCALES.map((l) => (
            <LocaleFieldset key={l} locale={l} languageName={languages(l)} sourceLabel={t('sourceLanguage')} className="md:grid-cols-2">
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
            </LocaleFieldset>
          ))}
        </>
      )}
    </TreeRowForm>
  );
}
