'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';

const LOCALES = ['fr', 'en', 'es', 'ar'] as const;

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
  parents: { id: string; name: string; depth: number }[];
  submitLabel: string;
}) {
  const t = useTranslations('StructureForm');
  const languages = useTranslations('Languages');
  const [state, formAction] = useActionState(action, idleState);
  const error = state.status === 'error' ? state : undefined;
  const values = error?.values ?? initial;
  const err = (k: string) => error?.fieldErrors?.[k];
  return (
    <form action={formAction} noValidate className="space-y-5" key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      {error?.formError && <Alert tone="error">{error.formError}</Alert>}
      <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-3">
        <legend className="px-1 font-bold">{t('placeLegend')}</legend>
        <SelectField name="parentId" label={t('parent')} defaultValue={values.parentId ?? ''} error={err('parentId')}>
          <option value="">{t('noParent')}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {`${'\u00a0\u00a0'.repeat(p.depth)}${p.name}`}
            </option>
          ))}
        </SelectField>
        <TextField
          name="position"
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          label={t('position')}
          hint={t('positionHint')}
          defaultValue={values.position ?? '0'}
          error={err('position')}
        />
        <TextField name="headName" label={t('headName')} hint={t('headNameHint')} defaultValue={values.headName ?? ''} error={err('headName')} />
      </fieldset>
      {LOCALES.map((l) => (
        <fieldset key={l} className="grid gap-4 rounded-lg border border-line bg-white p-4 md:grid-cols-2">
          <legend className="px-1 font-bold">
            <span lang={l}>{languages(l)}</span>
            {l === 'fr' && <span className="font-normal text-muted"> — {t('sourceLanguage')}</span>}
          </legend>
          <TextField
            name={`texts.${l}.name`}
            lang={l}
            dir={l === 'ar' ? 'rtl' : 'ltr'}
            label={t('name')}
            required={l === 'fr'}
            defaultValue={values[`texts.${l}.name`] ?? ''}
            error={err(`texts.${l}.name`)}
          />
          <TextField
            name={`texts.${l}.headTitle`}
            lang={l}
            dir={l === 'ar' ? 'rtl' : 'ltr'}
            label={t('headTitle')}
            defaultValue={values[`texts.${l}.headTitle`] ?? ''}
            error={err(`texts.${l}.headTitle`)}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}
