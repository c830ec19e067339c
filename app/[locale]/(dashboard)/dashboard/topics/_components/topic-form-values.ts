import type { TopicEditRow } from '@/db/queries/topics';
import { LOCALES } from '@/lib/locales';
import { flatten } from '@/lib/validation/nested-form';

/** A topic's names and addresses as its form's inputs hold them ("texts.fr.name"): what the page opens it with, and a colleague's version. */
export function topicFormValues(topic: Pick<TopicEditRow, 'texts'>): Record<string, string> {
  return flatten({ texts: Object.fromEntries(LOCALES.map((l) => [l, { name: topic.texts[l]?.name ?? '', slug: topic.texts[l]?.slug ?? '' }])) });
}
