import type { ReactNode } from 'react';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { Panel } from '@/components/dashboard/panel';
import type { ActionState } from '@/lib/action-state';

/**
 * Deleting a record for good: refused in words while something depends on it (an office cited
 * by releases, a unit with units below), else asked for confirmation first.
 */
export function DeletePanel({
  action,
  locale,
  id,
  blockedBy,
  labels,
  className,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  id: string;
  /** Why it cannot be deleted now (a sentence, or markup naming what depends on it); null when it can. */
  blockedBy: ReactNode;
  labels: { heading: string; delete: string; question: ReactNode; confirm: string; cancel: string; pending: string };
  className?: string;
}) {
  return (
    <Panel title={labels.heading} className={className}>
      {blockedBy ? (
        typeof blockedBy === 'string' ? <p className="text-sm">{blockedBy}</p> : <div className="text-sm">{blockedBy}</div>
      ) : (
        <ConfirmAction
          action={action}
          locale={locale}
          fields={{ id }}
          variant="danger"
          labels={{ trigger: labels.delete, question: labels.question, confirm: labels.confirm, cancel: labels.cancel, pending: labels.pending }}
        />
      )}
    </Panel>
  );
}
