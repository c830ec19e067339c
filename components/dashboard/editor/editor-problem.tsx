'use client';

import type { RefObject } from 'react';
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/dashboard/local-time';
import { Alert } from '@/components/ui/alert';
import { InvalidFieldLinks } from '@/components/ui/invalid-fields';
import type { Locale } from '@/lib/locales';

/** One save that got in first: "{name} saved version 3 while you were working, on" + when. */
export interface ConflictStamp {
  text: string;
  savedAt: string;
}

/**
 * What stopped a save, at the top of an editor and focused: the form's message, or for a
 * conflict who saved, when, and that the person's own text is kept below.
 */
export function EditorProblem({
  id,
  focusRef,
  uiLocale,
  formError,
  conflicts,
  conflictBody,
}: {
  id: string;
  focusRef: RefObject<HTMLDivElement | null>;
  uiLocale: Locale;
  formError?: string;
  conflicts: ConflictStamp[];
  /** What follows the stamps, when not the usual "refused so as not to overwrite their work". */
  conflictBody?: string;
}) {
  const t = useTranslations('Editor');
  return (
    <div ref={focusRef} tabIndex={-1} id={id} className="outline-none">
      <Alert tone="error">
        {conflicts.length > 0 ? (
          <>
            {conflicts.map((c) => (
              <p key={c.text} className="font-semibold">
                {c.text} <LocalTime iso={c.savedAt} locale={uiLocale} />
              </p>
            ))}
            <p className="mt-1">{conflictBody ?? t('conflictBody')}</p>
          </>
        ) : (
          <>
            <p>{formError}</p>
            <InvalidFieldLinks box={focusRef} />
          </>
        )}
      </Alert>
    </div>
  );
}
