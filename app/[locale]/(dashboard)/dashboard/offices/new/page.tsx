import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listCountryOptions } from '@/db/queries/offices';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { createOfficeAction } from '../actions';
import { OfficeForm } from '../_components/office-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/offices/new'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminOffices' });
  return { title: t('newTitle') };
}

export default async function NewOfficePage({ params }: PageProps<'/[locale]/dashboard/offices/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/offices/new`, 'office.manage');
  const [t, countries] = await Promise.all([getTranslations({ locale, namespace: 'AdminOffices' }), listCountryOptions(locale)]);
  return (
    <section className="max-w-4xl">
      <p className="mb-1 text-sm">
        <Link href={`/${locale}/dashboard/offices`} className="underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <OfficeForm action={createOfficeAction} locale={locale} initial={{}} countries={countries} submitLabel={t('create')} />
    </section>
  );
}
