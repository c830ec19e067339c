import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localCopyKey } from '@/components/dashboard/editor/local-copy';
import { listCountryOptions } from '@/db/queries/offices';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { createOfficeAction } from '../actions';
import { OfficeForm } from '../_components/office-form';

export const generateMetadata = titleMetadata('AdminOffices', 'newTitle');

export default async function NewOfficePage({ params }: PageProps<'/[locale]/dashboard/offices/new'>) {
  const locale = await localeFrom(params);
  const user = await requirePermission(locale, `/${locale}/dashboard/offices/new`, 'office.manage');
  const [t, countries] = await Promise.all([getTranslations({ locale, namespace: 'AdminOffices' }), listCountryOptions(locale)]);
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/offices`}>{t('backToList')}</BackLink>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <OfficeForm action={createOfficeAction} locale={locale} initial={{}} countries={countries} submitLabel={t('create')}
        localCopyKey={localCopyKey({ userId: user.id, kind: 'office', id: 'new' })}
      />
    </section>
  );
}
