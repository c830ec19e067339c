import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RevisionHistory } from '@/components/dashboard/revision-history';
import { listSharedChanges, type SharedChangeEntry } from '@/db/queries/article-shared';
import { REVISION_FIELDS, snapshotOf } from '@/db/queries/article-writes';
import { getEditorTranslation, getRevisionsByVersion, listEditorOptions, listRevisions } from '@/db/queries/dashboard-articles';
import type { PublicUser } from '@/db/queries/users';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale } from '@/i18n/routing';
import { canEditContent } from '@/lib/articles/workflow';
import { requirePermission } from '@/lib/dal';
import { compareRange } from '@/lib/revisions/compare-range';
import { diffFields } from '@/lib/revisions/diff';
import { revisionNoteText } from '@/lib/revisions/note';
import { intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { restoreRevisionAction } from '../../../actions';
import { sharedChangeLines, sharedFieldLabels, type SharedHistoryWords } from '../../../_components/shared-history';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('Editor', 'historyTitle');

/**
 * Revisions of one translation: who and when, a diff between any two, restore; and among them,
 * the changes of the settings every language shares made since it was begun, in words.
 */
export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  const user = await requirePermission(locale, `/${locale}/dashboard/articles/${id}/${lang}/history`, 'dashboard.view');
  if (!isAppLocale(lang) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const translation = await getEditorTranslation(user, id, lang);
  if (!translation) notFound();
  const [revisions, t, names, query] = await Promise.all([
    listRevisions(user, translation.id),
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    searchParams,
  ]);
  const { from, to } = compareRange(
    revisions.map((r) => r.version),
    query,
  );
  const [a, b] = await getRevisionsByVersion(user, translation.id, [from, to]).then((rows) => [
    rows.find((r) => r.version === from),
    rows.find((r) => r.version === to),
  ]);
  const note = (n: string | null) => revisionNoteText(locale, t, names, n);
  // Since its first version: the settings it was begun with are no change to it.
  const first = revisions.at(-1);
  const sharedChanges = first ? await listSharedChanges(user, id, new Date(first.createdAt)) : [];
  const events = sharedChanges.length > 0 ? await sharedEvents(user, sharedChanges, locale, lang) : [];

  return (
    <RevisionHistory
      uiLocale={locale}
      contentLocale={lang}
      title={translation.title}
      editorHref={`/${locale}/dashboard/articles/${id}/${lang}`}
      revisions={revisions.map((r) => ({ ...r, note: note(r.note) }))}
      currentVersion={translation.version}
      from={from}
      to={to}
      diffs={a && b ? diffFields(REVISION_FIELDS, snapshotOf(a), snapshotOf(b)) : []}
      fieldLabels={{ title: t('title'), slug: t('slug'), lede: t('lede'), dateline: t('dateline'), body: t('body') }}
      restore={canEditContent(user.role, translation.status) ? { action: restoreRevisionAction, translationId: translation.id, live: translation.status === 'published' } : null}
      events={events}
      caption={events.length > 0 ? t('revisionsWithSettingsCaption') : undefined}
    />
  );
}

/** The shared settings' changes as rows of the history, in the interface language, values by their names now. */
async function sharedEvents(user: PublicUser, changes: SharedChangeEntry[], locale: Locale, contentLocale: Locale) {
  const [t, s, types, options] = await Promise.all([
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'ArticleShared' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    listEditorOptions(user, locale, contentLocale),
  ]);
  const names: Record<string, Map<string, string>> = {
    contactOfficeId: new Map(options.offices.map((o) => [o.id, o.name])),
    topicIds: new Map(options.topics.map((o) => [o.id, o.name])),
    countryCodes: new Map(options.countries.map((o) => [o.code, o.name])),
    heroMediaId: new Map(options.media.map((o) => [o.id, o.label])),
  };
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
  const words: SharedHistoryWords = {
    field: sharedFieldLabels(t),
    name: (field, value) => (field === 'type' ? (types.has(value) ? types(value) : null) : (names[field]?.get(value) ?? null)),
    none: { contactOfficeId: t('noOffice'), heroMediaId: t('noHero') },
    deleted: s('historyDeleted'),
    replaced: (v) => s('historyReplaced', v),
    added: (v) => s('historyAdded', v),
    removed: (v) => s('historyRemoved', v),
    fieldsOnly: (v) => s('historyFields', v),
    list: (items) => list.format(items),
  };
  return changes.map((c, i) => ({ id: `shared-${i}-${c.at}`, label: s('historyRow'), authorName: c.byName, createdAt: c.at, lines: sharedChangeLines(c, words) }));
}
