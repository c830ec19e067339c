import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { createUserAction } from '../actions';
import { CreateUserForm } from '../_components/create-user-form';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/users/new'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  return { title: t('newTitle') };
}

export default async function NewUserPage({ params }: PageProps<'/[locale]/dashboard/users/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/users/new`, 'user.manage');
  const [t, roles] = await Promise.all([getTranslations({ locale, namespace: 'AdminUsers' }), getTranslations({ locale, namespace: 'Roles' })]);
  return (
    <section className="max-w-xl">
      <p className="mb-1 text-sm">
        <Link href={`/${locale}/dashboard/users`} className="underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
      <h1 className="mb-2 text-2xl">{t('newTitle')}</h1>
      <p className="mb-4 text-muted">{t('newIntro')}</p>
      <CreateUserForm action={createUserAction} locale={locale} roleLabels={{ writer: roles('writer'), editor: roles('editor'), admin: roles('admin') }} />
    </section>
  );
}
