'use client';

import { useTranslations } from 'next-intl';

/** Where the text stands, in words and announced: unsaved changes, all saved, or never saved. */
export function SaveState({ dirty, saved }: { dirty: boolean; saved: boolean }) {
  const t = useTranslations('Editor');
  return (
    <p className="text-sm text-muted" aria-live="polite">
      {dirty ? t('unsaved') : saved ? t('allSaved') : t('notSavedYet')}
    </p>
  );
}
