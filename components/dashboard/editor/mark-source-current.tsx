'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Checkbox } from '@/components/ui/checkbox-group';

/**
 * "Changes carried over", under a translation whose source has changed: sends the id of the
 * source revision the page shows, which the save then marks the translation up to date with
 * (db/queries/source-marker.ts shownSourceRevision). Unchecked as the form opens.
 */
export function MarkSourceCurrent({ sourceRevisionId }: { sourceRevisionId: string }) {
  const t = useTranslations('Editor');
  const [checked, setChecked] = useState(false);
  return (
    <label className="flex items-start gap-2 rounded-md border border-orange-700 bg-orange-50 p-3 text-sm">
      <Checkbox name="markSourceCurrent" value={sourceRevisionId} checked={checked} onChange={(e) => setChecked(e.target.checked)} className="mt-1 size-4" />
      <span>{t('markSourceCurrent')}</span>
    </label>
  );
}
