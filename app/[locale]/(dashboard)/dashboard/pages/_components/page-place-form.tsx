'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { TreePlaceFields } from '@/components/dashboard/tree-place-fields';
import { SubmitButton } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action-state';

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
  parents: { id: string; label: string; depth: number }[];
  withTitle: boolean;
  submitLabel: string;
}) {
  const t = useTranslations('PageEditor');
  const e = useTranslations('Editor');
  const { formAction, error, values, fieldError } = useActionAnswer(action, initial);
  return (
    <ActionFormFrame
      key={JSON.stringify(values)}
      formAction={formAction}
      locale={locale}
      hidden={{ id: values.id, version: values.version }}
      formError={error?.formError}
      className="space-y-4"
    >
      {withTitle && (
        <>
          <TextField name="title" lang="fr" label={t('titleFr')} required defaultValue={values.title ?? ''} error={fieldError('title')} />
          <TextField name="slug" dir="ltr" label={e('slug')} hint={t('slugNewHint')} defaultValue={values.slug ?? ''} error={fieldError('slug')} spellCheck={false} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TreePlaceFields
          parents={parents}
          values={values}
          fieldError={fieldError}
          labels={{ parent: t('parent'), noParent: t('noParent'), position: t('position'), positionHint: t('positionHint') }}
        />
      </div>
      <SubmitButton pendingLabel={e('saving')}>{submitLabel}</SubmitButton>
    </ActionFormFrame>
  );
}
