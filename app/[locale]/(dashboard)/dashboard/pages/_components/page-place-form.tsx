'use client';

import { useTranslations } from 'next-intl';
import { TreeRowForm, type TreeRowFormProps } from '@/components/dashboard/tree-row-form';
import { TextField } from '@/components/ui/field';

/** A page's place in the tree (parent and order); for a new page also its French title and address. */
export function PagePlaceForm({ withTitle, ...props }: TreeRowFormProps & { withTitle: boolean }) {
  const t = useTranslations('PageEditor');
  const e = useTranslations('Editor');
  return (
    <TreeRowForm
      {...props}
      pendingLabel={e('saving')}
      placeLabels={{ parent: t('parent'), noParent: t('noParent'), position: t('position'), positionHint: t('positionHint') }}
      className="space-y-4"
    >
      {({ values, fieldError, place }) => (
        <>
          {withTitle && (
            <>
              <TextField name="title" lang="fr" dir="ltr" label={t('titleFr')} required defaultValue={values.title ?? ''} error={fieldError('title')} />
              <TextField name="slug" dir="ltr" label={e('slug')} hint={t('slugNewHint')} defaultValue={values.slug ?? ''} error={fieldError('slug')} spellCheck={false} />
            </>
          )}
          <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">{place}</div>
        </>
      )}
    </TreeRowForm>
  );
}
