'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';

/**
 * A page's place in the tree (parent and order); for a new page also its French title and
 * address. Values come back with any refusal, so nothing typed is lost.
 */
export function PagePlaceForm({
  action,
  locale,
  initial,
  parents,
  withTitle,
  submitLabel,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  initial: Record<string, string>;
  parents: { id: string; title: string; depth: number }[];
  withTitle: boolean;
  submitLabel: string;
}) {
  const t = useTranslations('PageEditor');
  const e = useTranslations('Editor');
  const [state, formAction] = useActionState(action, idleState);
  const error = state.status === 'error' ? state : undefined;
  const values = error?.values ?? initial;
  const err = (k: string) => error?.fieldErrors?.[k];
  return (
    <form action={formAction} noValidate className="space-y-4" key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      {error?.formError && <Alert tone="error">{error.formError}</Alert>}
      {withTitle && (
        <>
          <TextField name="title" lang="fr" label={t('titleFr')} required defaultValue={values.title ?? ''} error={err('title')} />
          <TextField name="slug" dir="ltr" label={e('slug')} hint={t('slugNewHint')} defaultValue={values.slug ?? ''} error={err('slug')} spellCheck={false} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <SelectField name="parentId" label={t('parent')} defaultValue={values.parentId ?? ''} error={err('parentId')}>
          <option value="">{t('noParent')}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {`${'\u00a0\u00a0'.repeat(p.depth)}${p.title}`}
            </option>
          ))}
        </SelectField>
        <TextField
          name="position"
          type="number"
          min={0}
          max={999}
          label={t('position')}
          hint={t('positionHint')}
          defaultValue={values.position ?? '0'}
          error={err('position')}
        />
      </div>
      <SubmitButton pendingLabel={e('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}
