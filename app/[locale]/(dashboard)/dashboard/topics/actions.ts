'use server';

import { getTranslations } from 'next-intl/server';
import type { Executor } from '@/db';
import { savedStamp } from '@/db/queries/audit';
import { createTopic, deleteTopic, getTopic, listTopicReleases, topicName, updateTopic, type TopicEditRow, type TopicSaveResult } from '@/db/queries/topics';
import { ActionFailure, defineAction } from '@/lib/actions';
import { namesOf, textChanges } from '@/lib/audit-detail';
import { tags } from '@/lib/cache/tags';
import { deletedQuery } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import type { FormConflict } from '@/lib/form-conflict';
import type { Locale } from '@/lib/locales';
import { nameOrSomeoneElse } from '@/lib/someone-else';
import { topicEditSchema, topicFormSchema, topicIdSchema } from '@/lib/validation/topics';
import { topicFormValues } from './_components/topic-form-values';
import { releaseTitlesInText } from './_components/topic-releases';

/**
 * The news lists' filters and filtered pages read topics under `taxonomy`; a release page shows
 * its own topics under its article tag (docs/caching.md).
 */
const taxonomyTags = (articleIds: string[]) => [tags.taxonomy(), ...articleIds.map((id) => tags.article(id))];

/** The log's entries that write what the topic form holds: who saved it last, for a conflict. */
const TOPIC_SAVES = ['topic.create', 'topic.update'];

async function refuse(tx: Executor, locale: Locale, result: Exclude<TopicSaveResult, { status: 'saved' }>): Promise<never> {
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  if (result.status === 'invalid') {
    const fieldErrors = { ...result.fieldErrors };
    for (const [l, name] of Object.entries(result.duplicateNames)) fieldErrors[`texts.${l}.name`] = t('duplicate', { name });
    throw new ActionFailure({ fieldErrors });
  }
  if (result.status === 'conflict') {
    // Their version comes back with the refusal: the form compares it with what was typed (components/dashboard/form-conflict.tsx).
    const conflict: FormConflict = { version: result.current.version, theirs: topicFormValues(result.current), ...(await savedStamp(tx, 'topic', result.current.id, TOPIC_SAVES)) };
    throw new ActionFailure({ formError: t('conflict', { name: await nameOrSomeoneElse(locale, conflict.savedBy) }), data: { conflict } });
  }
  throw new ActionFailure({ formError: t(result.status) });
}

export const createTopicAction = defineAction<typeof topicFormSchema, { conflict?: FormConflict }>({ permission: 'topic.edit', schema: topicFormSchema, name: 'topic.create' }, async ({ tx, input, locale }) => {
  const result = await createTopic(tx, input);
  if (result.status !== 'saved') return refuse(tx, locale, result);
  return {
    audit: { action: 'topic.create', entityType: 'topic', entityId: result.id, detail: facts((await getTopic(result.id, tx))!) },
    tags: taxonomyTags([]),
    redirectTo: `/${locale}/dashboard/topics?saved=${result.id}`,
  };
});

export const updateTopicAction = defineAction<typeof topicEditSchema, { conflict?: FormConflict }>({ permission: 'topic.edit', schema: topicEditSchema, name: 'topic.update' }, async ({ tx, input, locale }) => {
  const before = await getTopic(input.id, tx);
  const result = await updateTopic(tx, input.id, input.version, input);
  if (result.status !== 'saved') return refuse(tx, locale, result);
  // The addresses as saved (one left empty is made from the name), not as typed.
  const after = (await getTopic(input.id, tx))!;
  return {
    audit: {
      action: 'topic.update',
      entityType: 'topic',
      entityId: input.id,
      detail: { names: namesOf(after.texts), changed: textChanges(before!.texts, after.texts, ['name', 'slug']), articles: result.articleIds.length },
    },
    tags: taxonomyTags(result.articleIds),
    redirectTo: `/${locale}/dashboard/topics?saved=${input.id}`,
  };
});

export const deleteTopicAction = defineAction({ permission: 'topic.edit', schema: topicIdSchema, name: 'topic.delete' }, async ({ tx, input, locale }) => {
  const before = await getTopic(input.id, tx);
  const result = await deleteTopic(tx, input.id);
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  if (result.status === 'inUse') {
    // Filed on a release since the page was read: the refusal names them (the page, read again, links them).
    const releases = await listTopicReleases(input.id, locale, tx);
    const titles = await releaseTitlesInText(releases, locale);
    throw new ActionFailure({ formError: t('inUseNamed', { count: result.articles, n: formatNumber(locale, result.articles), titles }) });
  }
  if (result.status === 'missing') throw new ActionFailure({ formError: t('missing') });
  return {
    audit: { action: 'topic.delete', entityType: 'topic', entityId: input.id, detail: { key: before!.key, ...facts(before!) } },
    tags: taxonomyTags([]),
    // The list names it (it can no longer read it): in the interface language, as the form showed it.
    redirectTo: `/${locale}/dashboard/topics?${deletedQuery(topicName(before!, locale))}`,
  };
});

/** What the log keeps of a topic: its names and addresses by language, as saved. */
function facts(topic: Pick<TopicEditRow, 'texts'>) {
  return { names: namesOf(topic.texts), slugs: Object.fromEntries(Object.entries(topic.texts).map(([l, v]) => [l, v.slug])) };
}
