import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { createPageAction } from '../actions';
import { PagePlaceForm } from '../_components/page-place-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/pages/new'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminPages' });
  return { title: t('newTitle') };
}

export default async function NewPagePage({ params }: PageProps<'/[locale]/dashboard/pages/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/pages/new`, 'page.edit');
  const [t, tree] = await Promise.all([getTranslations({ locale, namespace: 'AdminPages' }), listPageTree(locale)]);
  return (
    <section className="max-w-2xl">
      <p className="mb-1 text-sm">
        <Link href={`/${locale}/dashboard/pages`} className="underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mb-2 text-2xl">{t('newTitle')}</h1>
      <p className="mb-4 text-muted">{t('newIntro')}</p>
      <PagePlaceForm
        action={createPageAction}
        locale={locale}
        initial={{ position: '0' }}
        parents={tree.map(({ id, title, depth }) => ({ id, label: title, depth }))}
        withTitle
        submitLabel={t('create')}
      />
    </section>
  );
}
