import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { flattenTree, listOrgUnits, orgUnitTree } from '@/db/queries/org-units';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { createOrgUnitAction } from '../actions';
import { OrgUnitForm } from '../_components/org-unit-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/structure/new'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminStructure' });
  return { title: t('newTitle') };
}

export default async function NewOrgUnitPage({ params }: PageProps<'/[locale]/dashboard/structure/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/structure/new`, 'orgUnit.edit');
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: 'AdminStructure' }), listOrgUnits()]);
  const parents = flattenTree(orgUnitTree(rows, locale)).map(({ id, name, depth }) => ({ id, label: name, depth }));
  return (
    <section className="max-w-4xl">
      <p className="mb-1 text-sm">
        <Link href={`/${locale}/dashboard/structure`} className="underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <OrgUnitForm action={createOrgUnitAction} locale={locale} initial={{ position: '0' }} parents={parents} submitLabel={t('create')} />
    </section>
  );
}
