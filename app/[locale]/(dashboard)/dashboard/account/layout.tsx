import { getTranslations } from 'next-intl/server';
import { ActionBoundary } from '@/components/dashboard/action-boundary';
import { LocalTime } from '@/components/dashboard/local-time';
import { Panel } from '@/components/dashboard/panel';
import { EmailAddress } from '@/components/ui/email-address';
import { localeFrom } from '@/i18n/params';
import { requireUser } from '@/lib/dal';
import { shownEmail } from '@/lib/email';
import { PASSWORD_MIN_LENGTH } from '@/lib/password';
import { changeOwnPasswordAction, updateOwnNameAction } from './actions';
import { OwnNameForm, OwnPasswordForm } from './_components/account-forms';

/**
 * The signed-in person's own account, whatever their role: who they are to the dashboard, their
 * name, their password (as WordPress's profile or Ghost's staff page). The sign-in address and
 * the role are an admin's to change. A layout, and not the page, as the users' screens: each
 * change answers with `?done=…`, said by the page below, and what is typed in the other form stays.
 */
export default async function AccountLayout({ params, children }: LayoutProps<'/[locale]/dashboard/account'>) {
  const locale = await localeFrom(params);
  const user = await requireUser(locale, `/${locale}/dashboard/account`);
  const [t, roles, auth] = await Promise.all([
    getTranslations({ locale, namespace: 'Account' }),
    getTranslations({ locale, namespace: 'Roles' }),
    getTranslations({ locale, namespace: 'Auth' }),
  ]);
  return (
    <section className="max-w-3xl space-y-5">
      <header>
        <h1 className="text-2xl">{t('title')}</h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t('email')}</dt>
          <dd>
            <EmailAddress email={user.email} />
          </dd>
          <dt className="font-semibold">{t('role')}</dt>
          <dd>{roles(user.role)}</dd>
          <dt className="font-semibold">{t('lastSignIn')}</dt>
          <dd>{user.lastSignInAt ? <LocalTime iso={user.lastSignInAt.toISOString()} locale={locale} /> : t('never')}</dd>
        </dl>
        <p className="mt-2 max-w-prose text-sm text-muted">{t('adminChanges')}</p>
      </header>
      {children}

      <Panel title={t('nameHeading')}>
        <ActionBoundary>
          <OwnNameForm action={updateOwnNameAction} locale={locale} name={user.name} />
        </ActionBoundary>
      </Panel>

      <Panel title={t('passwordHeading')} intro={t('passwordIntro')}>
        <ActionBoundary>
          <OwnPasswordForm action={changeOwnPasswordAction} locale={locale} email={shownEmail(user.email)} passwordHint={auth('passwordHint', { min: PASSWORD_MIN_LENGTH })} />
        </ActionBoundary>
      </Panel>
    </section>
  );
}
