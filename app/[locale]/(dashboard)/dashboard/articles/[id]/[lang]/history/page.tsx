import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocalTime } from '@/components/dashboard/local-time';
import { RevisionHistory, type HistoryEvent } from '@/components/dashboard/revision-history';
import { listHeroAltChanges, listScheduleChanges, type HeroAltChange, type ScheduleChange } from '@/db/queries/article-history';
import { listSharedChanges, type SharedChangeEntry } from '@/db/queries/article-shared';
import { REVISION_FIELDS, snapshotOf } from '@/db/queries/article-writes';
import { getEditorTranslation, getRevisionsByVersion, listRevisions } from '@/db/queries/dashboard-articles';
import type { PublicUser } from '@/db/queries/users';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale, langAttributes } from '@/i18n/routing';
import { heroAltLine, lineValues, scheduleLine, type HistoryLine } from '@/lib/articles/history-lines';
import { describeSharedChanges } from '@/lib/articles/shared-change-words';
import { canEditContent, displayStatus, workflowStamp } from '@/lib/articles/workflow';
import { requirePermission } from '@/lib/dal';
import { compareRange } from '@/lib/revisions/compare-range';
import { diffFields } from '@/lib/revisions/diff';
import { revisionNoteText } from '@/lib/revisions/note';
import type { Locale } from '@/lib/locales';
import { restoreRevisionAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('Editor', 'historyTitle');

/**
 * Revisions of one translation: who and when, a diff between any two, restore; and among them,
 * in words, the changes made since it was begun of the settings every language shares, of its
 * main image's description in its language, and of its schedule.
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
  const since = first ? new Date(first.createdAt) : null;
  const [shared, heroAlt, schedule] = since
    ? await Promise.all([listSharedChanges(user, id, since), listHeroAltChanges(user, id, lang, since), listScheduleChanges(user, translation.id)])
    : [[], [], []];
  const events = await historyEvents(user, locale, lang, { shared, heroAlt, schedule });
  // Readers see it now, or a scheduled one comes out with the text restored (not online yet).
  const state = { status: translation.status, publishAt: translation.publishAt ? new Date(translation.publishAt) : null };
  const shown = displayStatus(state);

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
      restore={canEditContent(user.role, translation.status) ? { action: restoreRevisionAction, translationId: translation.id, baseState: workflowStamp(state), live: shown === 'published', comesOutAt: shown === 'scheduled' ? translation.publishAt : null } : null}
      events={events}
      caption={events.length > 0 ? t('revisionsWithEventsCaption') : undefined}
    />
  );
}

/**
 * What the history lists among the versions (HistoryEvent), in the interface language, with who
 * and when: the shared settings' changes, values by their names (lib/articles/shared-change-words.ts);
 * this language's main image description typed in the editor, in the release's language; the
 * schedule set, moved or withdrawn, times in the reader's zone (LocalTime).
 */
async function historyEvents(
  user: PublicUser,
  locale: Locale,
  contentLocale: Locale,
  changes: { shared: SharedChangeEntry[]; heroAlt: HeroAltChange[]; schedule: ScheduleChange[] },
): Promise<HistoryEvent[]> {
  const [s, r, editor, sharedLines] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleShared' }),
    getTranslations({ locale, namespace: 'ReleaseHistory' }),
    getTranslations({ locale, namespace: 'Editor' }),
    describeSharedChanges(user, locale, changes.shared),
  ]);
  const content = langAttributes(contentLocale, locale);
  const say = (line: HistoryLine) =>
    r.rich(line.key, lineValues(line, (part) => ('time' in part ? <LocalTime iso={part.time} locale={locale} /> : <bdi {...content}>{part.text}</bdi>)));
  return [
    ...changes.shared.map((c, i) => ({ id: `shared-${i}-${c.at}`, label: s('historyRow'), authorName: c.byName, createdAt: c.at, lines: sharedLines[i]! })),
    ...changes.heroAlt.map((c, i) => ({ id: `hero-${i}-${c.at}`, label: editor('hero'), authorName: c.byName, createdAt: c.at, lines: [say(heroAltLine(c))] })),
    ...changes.schedule.map((c, i) => ({ id: `schedule-${i}-${c.at}`, label: r('scheduleRow'), authorName: c.byName, createdAt: c.at, lines: [say(scheduleLine(c))] })),
  ];
}
