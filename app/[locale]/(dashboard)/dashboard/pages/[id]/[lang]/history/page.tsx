import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RevisionHistory } from '@/components/dashboard/revision-history';
import { getPageTranslationForEdit, listPageRevisions } from '@/db/queries/dashboard-pages';
import { PAGE_REVISION_FIELDS, pageSnapshot } from '@/db/queries/page-writes';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale } from '@/i18n/routing';
import { requirePermission } from '@/lib/dal';
import { compareRange } from '@/lib/revisions/compare-range';
import { diffFields } from '@/lib/revisions/diff';
import { revisionNoteText } from '@/lib/revisions/note';
import { restorePageRevisionAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('Editor', 'historyTitle');

/** Revisions of one page translation: who and when, the difference between any two, restore. */
export default async function PageHistory({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  await requirePermission(locale, `/${locale}/dashboard/pages/${id}/${lang}/history`, 'page.edit');
  if (!isAppLocale(lang) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const translation = await getPageTranslationForEdit(id, lang);
  if (!translation) notFound();
  const [revisions, e, t, names, query] = await Promise.all([
    listPageRevisions(translation.id),
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    searchParams,
  ]);
  const { from, to } = compareRange(
    revisions.map((r) => r.version),
    query,
  );
  const a = revisions.find((r) => r.version === from);
  const b = revisions.find((r) => r.version === to);
  const note = (n: string | null) => revisionNoteText(locale, e, names, n);

  return (
    <RevisionHistory
      uiLocale={locale}
      contentLocale={lang}
      title={translation.title}
      editorHref={`/${locale}/dashboard/pages/${id}/${lang}`}
      revisions={revisions.map((r) => ({ id: r.id, version: r.version, authorName: r.authorName, createdAt: r.createdAt, note: note(r.note) }))}
      currentVersion={translation.version}
      from={from}
      to={to}
      diffs={a && b ? diffFields(PAGE_REVISION_FIELDS, pageSnapshot(a), pageSnapshot(b)) : []}
      fieldLabels={{ title: e('title'), slug: e('slug'), summary: t('summary'), body: e('body') }}
      restore={{ action: restorePageRevisionAction, translationId: translation.id, baseState: translation.status, live: translation.status === 'published' }}
    />
  );
}
