import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionBoundary } from '@/components/dashboard/action-boundary';
import { BackLink } from '@/components/dashboard/back-link';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { LocalTime } from '@/components/dashboard/local-time';
import { Panel } from '@/components/dashboard/panel';
import { Alert } from '@/components/ui/alert';
import { EmailAddress } from '@/components/ui/email-address';
import { shownEmail } from '@/lib/email';
import { countActiveAdmins } from '@/db/queries/users';
import { getUserForAdmin } from '@/db/queries/user-admin';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { changeRoleAction, disableUserAction, enableUserAction, forceSignOutAction, resetPasswordAction, updateUserAction } from '../actions';
import { DetailsForm } from '../_components/details-form';
import { ResetPassword } from '../_components/reset-password';
import { RoleForm } from '../_components/role-form';
import { UserChips } from '../_components/user-chips';
import { initialSound } from '@/lib/format';

type Props = LayoutProps<'/[locale]/dashboard/users/[id]'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One account: its details, its role, its access, its password; every change effective at the
 * person's next request. A layout, and not the page: each change answers with this address and
 * `?done=…`, which the page below says in words; a page is mounted anew whenever its query
 * changes, a layout stays, and with it what is typed in the forms not sent (each panel keeps
 * the redirect answering its own form to itself: components/dashboard/action-boundary.tsx).
 */
export default async function UserLayout({ params, children }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const me = await requirePermission(locale, `/${locale}/dashboard/users/${id}`, 'user.manage');
  const user = UUID.test(id) ? await getUserForAdmin(id) : null;
  if (!user) notFound();
  const [t, roles, activeAdmins] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminUsers' }),
    getTranslations({ locale, namespace: 'Roles' }),
    countActiveAdmins(),
  ]);
  const self = user.id === me.id;
  const lastAdmin = user.role === 'admin' && user.status === 'active' && activeAdmins <= 1;
  const selfBox = (text: string) =>
    self ? (
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirmSelf" value="yes" className="mt-1 size-5 shrink-0" />
        <span>{text}</span>
      </label>
    ) : null;
  const when = (d: Date | null) => (d ? <LocalTime iso={d.toISOString()} locale={locale} /> : t('never'));

  return (
    <section className="max-w-3xl space-y-5">
      <BackLink href={`/${locale}/dashboard/users`}>{t('backToList')}</BackLink>
      <header>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl">
          {user.name}
          {self && <span className="text-base font-normal text-muted">{t('you')}</span>}
        </h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t('columns.email')}</dt>
          <dd>
            <EmailAddress email={user.email} />
          </dd>
          <dt className="font-semibold">{t('columns.role')}</dt>
          <dd>{roles(user.role)}</dd>
          <dt className="font-semibold">{t('columns.status')}</dt>
          <dd>
            <UserChips user={user} t={t} />
          </dd>
          <dt className="font-semibold">{t('columns.lastSignIn')}</dt>
          <dd>{when(user.lastSignInAt)}</dd>
          <dt className="font-semibold">{t('createdAt')}</dt>
          <dd>{when(user.createdAt)}</dd>
        </dl>
      </header>
      {children}
      {lastAdmin && <Alert tone="info">{t('lastAdminNote')}</Alert>}

      <Panel title={t('detailsHeading')} intro={t('detailsIntro')}>
        <ActionBoundary>
          <DetailsForm
            action={updateUserAction}
            locale={locale}
            userId={user.id}
            current={{ name: user.name, email: shownEmail(user.email), preferredLocale: user.preferredLocale ?? locale }}
          />
        </ActionBoundary>
      </Panel>

      <Panel title={t('roleHeading')}>
        <ActionBoundary>
          <RoleForm
            action={changeRoleAction}
            locale={locale}
            userId={user.id}
            current={user.role}
            self={self}
            roleLabels={{ writer: roles('writer'), editor: roles('editor'), admin: roles('admin') }}
          />
        </ActionBoundary>
      </Panel>

      <Panel title={t('accessHeading')} intro={t('accessIntro')}>
        <ActionBoundary>
          <div className="flex flex-wrap items-start gap-4">
            {lastAdmin ? (
              // Not offered: the server refuses it (setUserStatus, db/queries/user-admin.ts), and asking to confirm first would be for nothing.
              <p className="max-w-prose text-sm text-muted">{t('disableUnavailable')}</p>
            ) : user.status === 'active' ? (
              <ConfirmAction
                key="disable"
                action={disableUserAction}
                locale={locale}
                fields={{ id: user.id }}
                variant="danger"
                labels={{ trigger: t('disable'), question: t('disableQuestion', { name: user.name, sound: initialSound(user.name) }), confirm: t('disableConfirm'), cancel: t('cancel'), pending: t('working') }}
              >
                {selfBox(t('confirmSelfDisable'))}
              </ConfirmAction>
            ) : (
              <ConfirmAction key="enable" action={enableUserAction} locale={locale} fields={{ id: user.id }} labels={{ trigger: t('enable'), pending: t('working') }} />
            )}
            <ConfirmAction
              action={forceSignOutAction}
              locale={locale}
              fields={{ id: user.id }}
              labels={{ trigger: t('forceSignOut'), question: t('forceSignOutQuestion', { name: user.name }), confirm: t('forceSignOutConfirm'), cancel: t('cancel'), pending: t('working') }}
            >
              {selfBox(t('confirmSelfSignOut'))}
            </ConfirmAction>
          </div>
        </ActionBoundary>
      </Panel>

      <Panel title={t('passwordHeading')} intro={t('passwordIntro')}>
        <ResetPassword action={resetPasswordAction} locale={locale} userId={user.id} question={t('resetQuestion', { name: user.name, sound: initialSound(user.name) })}>
          {selfBox(t('confirmSelfReset'))}
        </ResetPassword>
      </Panel>
    </section>
  );
}
