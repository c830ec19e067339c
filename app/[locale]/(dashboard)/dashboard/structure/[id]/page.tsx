import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { DeletePanel } from '@/components/dashboard/delete-panel';
import { flattenTree, listOrgUnits, orgUnitTree } from '@/db/queries/org-units';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolateIn } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { possibleParents } from '@/lib/tree';
import { deleteOrgUnitAction, updateOrgUnitAction } from '../actions';
import { OrgUnitForm } from '../_components/org-unit-form';
import { orgUnitFormValues } from '../_components/org-unit-form-values';

type Props = PageProps<'/[locale]/dashboard/structure/[id]'>;

export const generateMetadata = titleMetadata('AdminStructure', 'editTitle');

export default async function EditOrgUnitPage({ params }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  await requirePermission(locale, `/${locale}/dashboard/structure/${id}`, 'orgUnit.edit');
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: 'AdminStructure' }), listOrgUnits()]);
  const unit = rows.find((r) => r.id === id);
  if (!unit) notFound();
  const tree = flattenTree(orgUnitTree(rows, locale));
  const node = tree.find((n) => n.id === id);
  if (!node) notFound();
  const parents = possibleParents(tree, id).map(({ id: pid, name, textLocale, depth }) => ({ id: pid, label: name, depth, ...langAttributes(textLocale, locale) }));
  const { name, textLocale } = node;
  const initial = { id: unit.id, version: unit.version, ...orgUnitFormValues(unit) };
  const hasChildren = node.children.length > 0;
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/structure`}>{t('backToList')}</BackLink>
      {/* The title's language on the title alone: on an Arabic page a French stand-in runs left to
          right, and the heading still starts on the right, as the page's other headings. */}
      <h1 className="mb-4 text-2xl">
        <span {...langAttributes(textLocale, locale)}>{name}</span>
      </h1>
      <OrgUnitForm action={updateOrgUnitAction} locale={locale} initial={initial} parents={parents} submitLabel={t('save')} />
      <DeletePanel
        action={deleteOrgUnitAction}
        locale={locale}
        id={unit.id}
        blockedBy={hasChildren ? t('hasChildren') : null}
        labels={{ heading: t('deleteHeading'), delete: t('delete'), question: t('deleteQuestion', { name: isolateIn(name, textLocale, locale) }), confirm: t('deleteConfirm'), cancel: t('cancel'), pending: t('working') }}
        className="mt-8"
      />
    </section>
  );
}
