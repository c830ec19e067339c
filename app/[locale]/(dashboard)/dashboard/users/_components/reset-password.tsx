'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/action-state';
import type { SetPasswordLink } from '../actions';
import { SetPasswordLinkBox } from './set-password-link';

/** Reset: confirmed first, then the new one-time link is shown to pass on. */
export function ResetPassword({
  action,
  locale,
  userId,
  question,
  children,
}: {
  action: (state: ActionState<SetPasswordLink>, form: FormData) => Promise<ActionState<SetPasswordLink>>;
  locale: string;
  userId: string;
  question: string;
  children?: ReactNode;
}) {
  const t = useTranslations('UserLinks');
  return (
    <ConfirmAction<SetPasswordLink>
      action={action}
      locale={locale}
      fields={{ id: userId }}
      labels={{ trigger: t('resetPassword'), question, confirm: t('resetConfirm'), cancel: t('cancel'), pending: t('working') }}
      renderDone={(state) => (
        <div className="space-y-3">
          <Alert tone="success" announce="page">
            {state.message}
          </Alert>
          {state.data && <SetPasswordLinkBox link={state.data} locale={locale} />}
        </div>
      )}
    >
      {children}
    </ConfirmAction>
  );
}
