import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DiffView } from '@/components/dashboard/diff-view';
import { LocalTime } from '@/components/dashboard/local-time';
import { buttonClass } from '@/components/ui/button-class';
import { REVISION_FIELDS, snapshotOf } from '@/db/queries/article-writes';
import { getEditorTranslation, getRevisionsByVersion, listRevisions } from '@/db/queries/dashboard-articles';
import { localeFrom } from '@/i18n/params';
import { directionOf, isAppLocale } from '@/i18n/routing';
import { canEditContent } from '@/lib/articles/workflow';
import { requirePermission } from '@/lib/dal';
import { diffFields } from '@/lib/revisions/diff';
import { RestoreButton } from '../../../_components/restore-button';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Editor' });
  return { title: t('historyTitle') };
}

const num = (v: string | string[] | undefined) => Number.parseInt(Array.isArray(v) ? (v[0] ?? '') : (v ?? ''), 10);

/** Revisions of one translation: who and when, a diff between any two, restore. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  const user = await requirePermission(locale, `/${locale}/dashboard/articles/${id}/${lang}/history`, 'dashboard.view');
  if (!isAppLocale(lang) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const translation = await getEditorTranslation(user, id, lang);
  if (!translation) notFound();
  const [revisions, t, names] = await Promise.all([
    listRevisions(user, translation.id),
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);
  const sp = await searchParams;
  const versions = revisions.map((r) => r.version);
  const latest = versions[0] ?? 1;
  const to = versions.includes(num(sp.to)) ? num(sp.to) : latest;
  const fromDefault = versions.find((v) => v < to) ?? to;
  const from = versions.includes(num(sp.from)) ? num(sp.from) : fromDefault;
  const [a, b] = await getRevisionsByVersion(user, translation.id, [from, to]).then((rows) => [
    rows.find((r) => r.version === from),
    rows.find((r) => r.version === to),
  ]);
  const diffs = a && b ? diffFields(REVISION_FIELDS, snapshotOf(a), snapshotOf(b)) : [];
  const editable = canEditContent(user.role, translation.status);
  const fieldLabels = { title: t('title'), slug: t('slug'), lede: t('lede'), dateline: t('dateline'), body: t('body') };
  const editor = `/${locale}/dashboard/articles/${id}/${lang}`;
  // Ids unique per translation: a history page visited before may stay mounted, hidden.
  const formId = `compare-${translation.id}`;
  const note = (n: string | null) => {
    if (!n) return '';
    const [kind, arg] = n.split(':');
    if (kind === 'restored') return t('noteRestored', { version: String(arg) });
    if (kind === 'translated' && arg && isAppLocale(arg)) return t('noteTranslated', { language: names(arg) });
    return n;
  };

  return (
    <div className="space-y-6">
      <p>
        <Link href={editor} className="text-sm text-brand-800 underline underline-offset-4">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t('backToEditor')}
        </Link>
      </p>
      <h1 className="text-2xl">
        {t('historyTitle')}
        <span lang={lang} dir={directionOf(lang)} className="mt-1 block text-lg font-normal">
          {translation.title}
        </span>
      </h1>

      <div className="space-y-3">
        <div className="overflow-x-auto rounded-md border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('revisionsCaption')}</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t('version')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('compareFrom')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('compareTo')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('savedBy')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('savedAt')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('note')}</th>
                <th scope="col" className="px-3 py-2 text-start">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className="border-b border-line last:border-0">
                  <th scope="row" className="px-3 py-2 text-start font-semibold">
                    {t('versionN', { version: String(r.version) })}
                    {r.version === translation.version && <span className="ms-2 text-xs font-normal text-muted">({t('current')})</span>}
                  </th>
                  <td className="px-3 py-2">
                    <input form={formId} type="radio" name="from" value={r.version} defaultChecked={r.version === from} aria-label={t('compareFromN', { version: String(r.version) })} className="size-4" />
                  </td>
                  <td className="px-3 py-2">
                    <input form={formId} type="radio" name="to" value={r.version} defaultChecked={r.version === to} aria-label={t('compareToN', { version: String(r.version) })} className="size-4" />
                  </td>
                  <td className="px-3 py-2">{r.authorName ?? t('someoneElse')}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <LocalTime iso={r.createdAt} locale={locale} />
                  </td>
                  <td className="px-3 py-2">{note(r.note)}</td>
                  <td className="px-3 py-2">
                    {editable && r.version !== translation.version && (
                      <RestoreButton uiLocale={locale} translationId={translation.id} baseVersion={translation.version} revisionId={r.id} version={r.version} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* The radios above belong to this form (form attribute): restore forms sit in the table. */}
        <form id={formId} method="get" action={`${editor}/history`}>
          <button type="submit" className={buttonClass('secondary')}>
            {t('compare')}
          </button>
        </form>
      </div>

      <section aria-labelledby={`${formId}-diff`} className="space-y-3">
        <h2 id={`${formId}-diff`} className="text-lg">
          {t("diffHeading", { from: String(from), to: String(to) })}
        </h2>
        <DiffView
          diffs={diffs}
          lang={lang}
          dir={directionOf(lang)}
          labels={{ added: t('diffAdded'), removed: t('diffRemoved'), unchanged: t('diffNone'), fields: fieldLabels }}
        />
      </section>
    </div>
  );
}
