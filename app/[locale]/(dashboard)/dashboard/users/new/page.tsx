import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { createUserAction } from '../actions';
import { CreateUserForm } from '../_components/create-user-form';

export const generateMetadata = titleMetadata('AdminUsers', 'newTitle');

export default async function NewUserPage({ params }: PageProps<'/[locale]/dashboard/users/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/users/new`, 'user.manage');
  const [t, roles] = await Promise.all([getTranslations({ locale, namespace: 'AdminUsers' }), getTranslations({ locale, namespace: 'Roles' })]);
  return (
    <section className="max-w-xl">
      <BackLink href={`/${locale}/dashboard/users`}>{t('backToList')}</BackLink>
      <h1 className="mb-2 text-2xl">{t('newTitle')}</h1>
      <p className="mb-4 text-muted">{t('newIntro')}</p>
      <CreateUserForm action={createUserAction} locale={locale} roleLabels={{ writer: roles('writer'), editor: roles('editor'), admin: roles('admin') }} />
    </section>
  );
}
