import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { createTopicAction } from '../actions';
import { TopicForm } from '../_components/topic-form';

export const generateMetadata = titleMetadata('AdminTopics', 'newTitle');

export default async function NewTopicPage({ params }: PageProps<'/[locale]/dashboard/topics/new'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/topics/new`, 'topic.edit');
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/topics`}>{t('backToList')}</BackLink>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <TopicForm action={createTopicAction} locale={locale} initial={{}} submitLabel={t('create')} />
    </section>
  );
}
