import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { createPageAction } from '../actions';
import { PagePlaceForm } from '../_components/page-place-form';

export const generateMetadata = titleMetadata('AdminPages', 'newTitle');

export default async function NewPagePage({ params }: PageProps<'/[locale]/dashboard/pages/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/pages/new`, 'page.edit');
  const [t, tree] = await Promise.all([getTranslations({ locale, namespace: 'AdminPages' }), listPageTree(locale)]);
  return (
    <section className="max-w-2xl">
      <BackLink href={`/${locale}/dashboard/pages`}>{t('backToList')}</BackLink>
      <h1 className="mb-2 text-2xl">{t('newTitle')}</h1>
      <p className="mb-4 text-muted">{t('newIntro')}</p>
      <PagePlaceForm
        action={createPageAction}
        locale={locale}
        initial={{ position: '0' }}
        parents={tree.map(({ id, title, titleLocale, depth }) => ({ id, label: title, depth, ...langAttributes(titleLocale, locale) }))}
        withTitle
        submitLabel={t('create')}
      />
    </section>
  );
}
