'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/ui/button';
import { idleState, type ActionState } from '@/lib/action-state';
import { restoreRevisionAction } from '../actions';

/** Restores one revision as a new revision (history is never rewritten). */
export function RestoreButton({ uiLocale, translationId, baseVersion, revisionId, version }: { uiLocale: string; translationId: string; baseVersion: number; revisionId: string; version: number }) {
  const t = useTranslations('Editor');
  const [state, dispatch] = useActionState<ActionState, FormData>(restoreRevisionAction, idleState);
  return (
    <form action={dispatch} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="translationId" value={translationId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton variant="secondary" className="min-h-8 px-3 py-1 text-sm" pendingLabel={t('saving')}>
        {t('restoreVersion', { version: String(version) })}
      </SubmitButton>
      {state.status === 'error' && (
        <span role="alert" className="text-sm font-semibold text-red-800">
          {state.formError}
        </span>
      )}
    </form>
  );
}
