'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { idleState, type ActionState } from '@/lib/action-state';

const ROLES = ['writer', 'editor', 'admin'] as const;

/** Change of role; on one's own account it must be confirmed by ticking a box. */
export function RoleForm({
  action,
  locale,
  userId,
  current,
  self,
  roleLabels,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  userId: string;
  current: (typeof ROLES)[number];
  self: boolean;
  roleLabels: Record<(typeof ROLES)[number], string>;
}) {
  const t = useTranslations('UserLinks');
  const [state, formAction] = useActionState(action, idleState);
  const error = state.status === 'error' ? state : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={userId} />
      {error?.formError && <Alert tone="error">{error.formError}</Alert>}
      <SelectField name="role" label={t('role')} hint={t('roleHint')} defaultValue={error?.values?.role ?? current} error={error?.fieldErrors?.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </SelectField>
      {self && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirmSelf" value="yes" className="mt-1 size-5 shrink-0" />
          <span>{t('confirmSelfRole')}</span>
        </label>
      )}
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('changeRole')}
      </SubmitButton>
    </form>
  );
}
