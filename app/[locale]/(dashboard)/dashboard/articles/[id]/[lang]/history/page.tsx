import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RevisionHistory } from '@/components/dashboard/revision-history';
import { REVISION_FIELDS, snapshotOf } from '@/db/queries/article-writes';
import { getEditorTranslation, getRevisionsByVersion, listRevisions } from '@/db/queries/dashboard-articles';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale } from '@/i18n/routing';
import { canEditContent } from '@/lib/articles/workflow';
import { requirePermission } from '@/lib/dal';
import { compareRange } from '@/lib/revisions/compare-range';
import { diffFields } from '@/lib/revisions/diff';
import { revisionNoteText } from '@/lib/revisions/note';
import { restoreRevisionAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('Editor', 'historyTitle');

/** Revisions of one translation: who and when, a diff between any two, restore. */
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
  const note = (n: string | null) => revisionNoteText(t, names, n);

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
    />
  );
}
