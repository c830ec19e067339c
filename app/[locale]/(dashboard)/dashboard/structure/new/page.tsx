import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { flattenTree, listOrgUnits, orgUnitTree } from '@/db/queries/org-units';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { createOrgUnitAction } from '../actions';
import { OrgUnitForm } from '../_components/org-unit-form';

export const generateMetadata = titleMetadata('AdminStructure', 'newTitle');

export default async function NewOrgUnitPage({ params }: PageProps<'/[locale]/dashboard/structure/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/structure/new`, 'orgUnit.edit');
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: 'AdminStructure' }), listOrgUnits()]);
  const parents = flattenTree(orgUnitTree(rows, locale)).map(({ id, name, textLocale, depth }) => ({ id, label: name, depth, ...langAttributes(textLocale, locale) }));
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/structure`}>{t('backToList')}</BackLink>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <OrgUnitForm action={createOrgUnitAction} locale={locale} initial={{ position: '0' }} parents={parents} submitLabel={t('create')} />
    </section>
  );
}
