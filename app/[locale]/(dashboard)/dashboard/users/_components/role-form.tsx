'use client';

import { useTranslations } from 'next-intl';
import { ActionFormFrame, useActionAnswer } from '@/components/dashboard/action-form';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action-state';

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
  const { formAction, error, values, fieldError, guard } = useActionAnswer(action, { role: current });
  // Remounted with each answer: React resets a form after its action, and a select only takes
  // its defaultValue at mount, so a refused choice would otherwise snap back to the stored role.
  return (
    <ActionFormFrame guard={guard} key={JSON.stringify(values)} formAction={formAction} locale={locale} hidden={{ id: userId }} refusal={error} className="space-y-3">
      <SelectField name="role" label={t('role')} hint={t('roleHint')} defaultValue={values.role} error={fieldError('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </SelectField>
      {self && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirmSelf" value="yes" defaultChecked={values.confirmSelf === 'yes'} className="mt-1 size-5 shrink-0" />
          <span>{t('confirmSelfRole')}</span>
        </label>
      )}
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {t('changeRole')}
      </SubmitButton>
    </ActionFormFrame>
  );
}
