import 'server-only';
/**
 * Changes of a release's shared settings (type, office, topics, countries, main image), recorded
 * by id in the audit entries of its saves, in words in the interface language: for a
 * translation's history and for the audit log (its page and its export) alike.
 */
import { getTranslations } from 'next-intl/server';
import type { SharedChangeEntry } from '@/db/queries/article-shared';
import { namesKeptAtDeletion } from '@/db/queries/audit-log';
import { listEditorOptions } from '@/db/queries/dashboard-articles';
import type { PublicUser } from '@/db/queries/users';
import { sharedChangeLines, sharedFieldLabels, sharedValueIds, type SharedHistoryWords } from '@/lib/articles/shared-history';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';

/**
 * Each entry's lines (lib/articles/shared-history.ts), each value by the name it has now, as the
 * editor's choices name it; an office or a topic deleted since by the name its deletion's entry
 * kept, said to be deleted; anything else gone by "(deleted since)".
 */
export async function describeSharedChanges(
  actor: Pick<PublicUser, 'id' | 'role'>,
  locale: Locale,
  entries: Pick<SharedChangeEntry, 'fields' | 'changes'>[],
): Promise<string[][]> {
  if (entries.length === 0) return [];
  const ids = sharedValueIds(entries);
  const [t, s, types, options] = await Promise.all([
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'ArticleShared' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    listEditorOptions(actor, locale),
  ]);
  const names: Record<string, Map<string, string>> = {
    contactOfficeId: new Map(options.offices.map((o) => [o.id, o.name])),
    topicIds: new Map(options.topics.map((o) => [o.id, o.name])),
    countryCodes: new Map(options.countries.map((o) => [o.code, o.name])),
    heroMediaId: new Map(options.media.map((o) => [o.id, o.label])),
  };
  const gone = [...ids.contactOfficeId].filter((id) => !names.contactOfficeId!.has(id)).concat([...ids.topicIds].filter((id) => !names.topicIds!.has(id)));
  const kept = await namesKeptAtDeletion(gone, locale);
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  const words: SharedHistoryWords = {
    field: sharedFieldLabels(t),
    name: (field, value) => {
      if (field === 'type') return types.has(value) ? types(value) : null;
      const now = names[field]?.get(value);
      if (now !== undefined) return now;
      const then = field === 'contactOfficeId' || field === 'topicIds' ? kept.get(value.toLowerCase()) : undefined;
      return then === undefined ? null : s('historyDeletedNamed', { name: then, field });
    },
    none: { contactOfficeId: t('noOffice'), heroMediaId: t('noHero') },
    deleted: (field) => s('historyDeleted', { field }),
    replaced: (v) => s('historyReplaced', v),
    added: (v) => s('historyAdded', v),
    removed: (v) => s('historyRemoved', v),
    fieldsOnly: (v) => s('historyFields', v),
    list: (items) => list.format(items),
  };
  return entries.map((e) => sharedChangeLines(e, words));
}
