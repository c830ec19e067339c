import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requireUser } from '@/lib/dal';

// The tab and a screen reader say where a refused link led, as on every dashboard screen.
export const generateMetadata = titleMetadata('Dashboard', 'forbiddenTitle');

/** Where a page sends someone whose role does not open it (the action itself is refused too). */
export default async function ForbiddenPage({ params }: PageProps<'/[locale]/dashboard/forbidden'>) {
  const locale = await localeFrom(params);
  await requireUser(locale, `/${locale}/dashboard`);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return (
    <section className="max-w-xl">
      <h1 className="mb-3 text-2xl">{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
    </section>
  );
}
