import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-class';
import { listUsers } from '@/db/queries/user-admin';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { formatDate, formatNumber } from '@/lib/format';
import { UserChips } from './_components/user-chips';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/users'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  return { title: t('title') };
}

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
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        <Link href={`/${locale}/dashboard/users/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </div>
      <p className="mb-2 text-sm text-muted">{t('count', { count: rows.length, n: formatNumber(locale, rows.length) })}</p>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="border-b border-line bg-surface">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.name')}</th>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.email')}</th>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.role')}</th>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.status')}</th>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.lastSignIn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-b border-line align-top last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/${locale}/dashboard/users/${u.id}`} className="font-semibold underline underline-offset-4">
                    {u.name}
                  </Link>
                  {u.id === me.id && <span className="ms-2 text-muted">{t('you')}</span>}
                </td>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">
                  <bdi dir="ltr">{u.email}</bdi>
                </td>
                <td className="px-3 py-2">{roles(u.role)}</td>
                <td className="px-3 py-2">
                  <UserChips user={u} t={t} />
                </td>
                <td className="px-3 py-2">
                  {u.lastSignInAt ? formatDate(locale, u.lastSignInAt, { month: 'short', hour: '2-digit', minute: '2-digit' }) : t('never')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
