import { notFound } from 'next/navigation';
import { localeFrom } from '@/i18n/params';
import { requireUser } from '@/lib/dal';

/**
 * Any other address under the dashboard: signed in, the dashboard's own "not found"
 * (../not-found.tsx), in its frame; signed out, sign-in first, as for every dashboard page
 * (nothing said about what exists).
 */
export default async function MissingDashboardPage({ params }: PageProps<'/[locale]/dashboard/[...missing]'>) {
  const locale = await localeFrom(params);
  const { missing } = await params;
  await requireUser(locale, `/${locale}/dashboard/${missing.map(encodeURIComponent).join('/')}`);
  notFound();
}
