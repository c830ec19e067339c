'use server';

import { getTranslations } from 'next-intl/server';
import { createTopic, deleteTopic, updateTopic, type TopicSaveResult } from '@/db/queries/topics';
import { ActionFailure, defineAction } from '@/lib/actions';
import { tags } from '@/lib/cache/tags';
import type { Locale } from '@/lib/locales';
import { topicEditSchema, topicFormSchema, topicIdSchema } from '@/lib/validation/topics';

/**
 * The news lists' filters and filtered pages read topics under `taxonomy`; a release page shows
 * its own topics under its article tag (docs/caching.md).
 */
const taxonomyTags = (articleIds: string[]) => [tags.taxonomy(), ...articleIds.map((id) => tags.article(id))];

async function refuse(locale: Locale, result: Exclude<TopicSaveResult, { status: 'saved' }>): Promise<never> {
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  if (result.status === 'invalid') {
    const fieldErrors = { ...result.fieldErrors };
    for (const [l, name] of Object.entries(result.duplicateNames)) fieldErrors[`texts.${l}.name`] = t('duplicate', { name });
    throw new ActionFailure({ fieldErrors });
  }
  throw new ActionFailure({ formError: t(result.status) });
}

export const createTopicAction = defineAction({ permission: 'topic.edit', schema: topicFormSchema, name: 'topic.create' }, async ({ tx, input, locale }) => {
  const result = await createTopic(tx, input);
  if (result.status !== 'saved') return refuse(locale, result);
  return {
    audit: { action: 'topic.create', entityType: 'topic', entityId: result.id, detail: { names: names(input) } },
    tags: taxonomyTags([]),
    redirectTo: `/${locale}/dashboard/topics?saved=${result.id}`,
  };
});

export const updateTopicAction = defineAction({ permission: 'topic.edit', schema: topicEditSchema, name: 'topic.update' }, async ({ tx, input, locale }) => {
  const result = await updateTopic(tx, input.id, input.version, input);
  if (result.status !== 'saved') return refuse(locale, result);
  return {
    audit: { action: 'topic.update', entityType: 'topic', entityId: input.id, detail: { names: names(input), articles: result.articleIds.length } },
    tags: taxonomyTags(result.articleIds),
    redirectTo: `/${locale}/dashboard/topics?saved=${input.id}`,
  };
});

export const deleteTopicAction = defineAction({ permission: 'topic.edit', schema: topicIdSchema, name: 'topic.delete' }, async ({ tx, input, locale }) => {
  const result = await deleteTopic(tx, input.id);
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  if (result.status === 'inUse') throw new ActionFailure({ formError: t('inUse', { count: result.articles }) });
  if (result.status === 'missing') throw new ActionFailure({ formError: t('missing') });
  return {
    audit: { action: 'topic.delete', entityType: 'topic', entityId: input.id },
    tags: taxonomyTags([]),
    redirectTo: `/${locale}/dashboard/topics?deleted=1`,
  };
});

/** The names as saved, by language, for the audit log. */
function names(input: { texts: Record<Locale, { name: string }> }): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(input.texts).filter(([, v]) => v.name !== '').map(([l, v]) => [l, v.name]));
}
