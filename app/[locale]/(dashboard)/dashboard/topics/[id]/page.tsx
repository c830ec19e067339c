import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { DeletePanel } from '@/components/dashboard/delete-panel';
import { getTopic, listTopicReleases, topicName, topicNameLocale } from '@/db/queries/topics';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolateIn } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { formatNumber } from '@/lib/format';
import { deleteTopicAction, updateTopicAction } from '../actions';
import { TopicForm } from '../_components/topic-form';
import { topicFormValues } from '../_components/topic-form-values';
import { TopicReleasesBlocking } from '../_components/topic-releases';

export const generateMetadata = titleMetadata('AdminTopics', 'editTitle');

export default async function EditTopicPage({ params }: PageProps<'/[locale]/dashboard/topics/[id]'>) {
  const locale = await localeFrom(params);
  const { id } = await params;
  await requirePermission(locale, `/${locale}/dashboard/topics/${id}`, 'topic.edit');
  const [t, topic] = await Promise.all([getTranslations({ locale, namespace: 'AdminTopics' }), getTopic(id)]);
  if (!topic) notFound();
  // Filed on releases, it cannot be deleted: which ones, to take it off them.
  const releases = topic.articles > 0 ? await listTopicReleases(topic.id, locale) : null;
  const name = topicName(topic, locale);
  const nameLocale = topicNameLocale(topic, locale);
  const initial = { id: topic.id, version: topic.version, ...topicFormValues(topic) };
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/topics`}>{t('backToList')}</BackLink>
      {/* The title's language on the title alone: on an Arabic page a French stand-in runs left to
          right, and the heading still starts on the right, as the page's other headings. */}
      <h1 className="mb-4 text-2xl">
        <span {...langAttributes(nameLocale, locale)}>{name}</span>
      </h1>
      {topic.articles > 0 && <p className="mb-4 text-muted">{t('usedBy', { count: topic.articles, n: formatNumber(locale, topic.articles) })}</p>}
      <TopicForm action={updateTopicAction} locale={locale} initial={initial} submitLabel={t('save')} />
      <DeletePanel
        action={deleteTopicAction}
        locale={locale}
        id={topic.id}
        blockedBy={releases ? <TopicReleasesBlocking locale={locale} count={topic.articles} releases={releases} /> : null}
        labels={{ heading: t('deleteHeading'), delete: t('delete'), question: t('deleteQuestion', { name: isolateIn(name, nameLocale, locale) }), confirm: t('deleteConfirm'), cancel: t('cancel'), pending: t('working') }}
        className="mt-8"
      />
    </section>
  );
}
