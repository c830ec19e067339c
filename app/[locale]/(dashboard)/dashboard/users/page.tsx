import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, PhoneField, phoneRowClass, phoneRowHeader } from '@/components/dashboard/data-table';
import { LocalTime } from '@/components/dashboard/local-time';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { buttonClass } from '@/components/ui/button-class';
import { EmailAddress } from '@/components/ui/email-address';
import { listUsers } from '@/db/queries/user-admin';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { formatNumber } from '@/lib/format';
import { UserChips } from './_components/user-chips';

export const generateMetadata = titleMetadata('AdminUsers', 'title');

/** Everyone who can sign in to the dashboard, with their role and the state of their account. */
export default async function UsersPage({ params }: PageProps<'/[locale]/dashboard/users'>) {
  const locale = await localeFrom(params);
  const me = await requirePermission(locale, `/${locale}/dashboard/users`, 'user.manage');
  const [t, roles, rows] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminUsers' }),
    getTranslations({ locale, namespace: 'Roles' }),
    listUsers(),
  ]);
  return (
    <section>
      <ScreenHeading title={t('title')}>
        <Link href={`/${locale}/dashboard/users/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </ScreenHeading>
      <p className="mb-2 text-sm text-muted">{t('count', { count: rows.length, n: formatNumber(locale, rows.length) })}</p>
      {/* A block of lines per account on a phone: its role, state and last sign-in in sight, not squeezed or scrolled away. */}
      <DataTable stacked="phone" caption={t('title')} columns={(['name', 'email', 'role', 'status', 'lastSignIn'] as const).map((c) => t(`columns.${c}`))}>
        {rows.map((u) => (
          <tr key={u.id} role="row" className={phoneRowClass}>
            <td role="cell" className={phoneRowHeader}>
              <Link href={`/${locale}/dashboard/users/${u.id}`} className="font-semibold underline underline-offset-4">
                {u.name}
              </Link>
              {u.id === me.id && <> <span className="ms-1 text-muted">{t('you')}</span></>}
            </td>
            <PhoneField label={t('columns.email')}>
              <EmailAddress email={u.email} />
            </PhoneField>
            <PhoneField label={t('columns.role')}>{roles(u.role)}</PhoneField>
            {/* Its chips cannot wrap ("Lien de mot de passe en attente"): under their label, the line's whole width. */}
            <PhoneField label={t('columns.status')} wide>
              <UserChips user={u} t={t} />
            </PhoneField>
            <PhoneField label={t('columns.lastSignIn')}>
              {/* The reader's time zone, named, as everywhere in the dashboard (LocalTime). */}
              {u.lastSignInAt ? <LocalTime iso={u.lastSignInAt.toISOString()} locale={locale} /> : t('never')}
            </PhoneField>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
