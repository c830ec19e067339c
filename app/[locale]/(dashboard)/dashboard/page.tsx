import { redirect } from 'next/navigation';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';

/** The dashboard opens on the article list, the screen people use all day. */
export default async function DashboardHome({ params }: PageProps<'/[locale]/dashboard'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard`, 'dashboard.view');
  redirect(`/${locale}/dashboard/articles`);
}
