import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ConfirmAction } from '@/components/dashboard/confirm-action';
import { DiffView } from '@/components/dashboard/diff-view';
import { LocalTime } from '@/components/dashboard/local-time';
import { buttonClass } from '@/components/ui/button-class';
import { getPageTranslationForEdit, listPageRevisions } from '@/db/queries/dashboard-pages';
import { PAGE_REVISION_FIELDS, pageSnapshot } from '@/db/queries/page-writes';
import { localeFrom } from '@/i18n/params';
import { directionOf, isAppLocale } from '@/i18n/routing';
import { requirePermission } from '@/lib/dal';
import { diffFields } from '@/lib/revisions/diff';
import { restorePageRevisionAction } from '../../../actions';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Editor' });
  return { title: t('historyTitle') };
}

const num = (v: string | string[] | undefined) => Number.parseInt(Array.isArray(v) ? (v[0] ?? '') : (v ?? ''), 10);

/** Revisions of one page translation: who and when, the difference between any two, restore. */
export default async function PageHistory({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  await requirePermission(locale, `/${locale}/dashboard/pages/${id}/${lang}/history`, 'page.edit');
  if (!isAppLocale(lang) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const translation = await getPageTranslationForEdit(id, lang);
  if (!translation) notFound();
  const [revisions, e, t, sp] = await Promise.all([
    listPageRevisions(translation.id),
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'AdminPages' }),
    searchParams,
  ]);
  const versions = revisions.map((r) => r.version);
  const latest = versions[0] ?? 1;
  const to = versions.includes(num(sp.to)) ? num(sp.to) : latest;
  const from = versions.includes(num(sp.from)) ? num(sp.from) : (versions.find((v) => v < to) ?? to);
  const a = revisions.find((r) => r.version === from);
  const b = revisions.find((r) => r.version === to);
  const diffs = a && b ? diffFields(PAGE_REVISION_FIELDS, pageSnapshot(a), pageSnapshot(b)) : [];
  const fieldLabels = { title: e('title'), slug: e('slug'), summary: t('summary'), body: e('body') };
  const editor = `/${locale}/dashboard/pages/${id}/${lang}`;
  const hid = `${translation.id}-`;
  const note = (n: string | null) => {
    const m = n ? /^restored:(\d+)$/.exec(n) : null;
    return m ? e('noteRestored', { version: m[1]! }) : (n ?? '');
  };

  return (
    <div className="space-y-6">
      <p>
        <Link href={editor} className="text-sm underline underline-offset-4">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{' '}
          {e('backToEditor')}
        </Link>
      </p>
      <h1 className="text-2xl">
        {e('historyTitle')}
        <span lang={lang} dir={directionOf(lang)} className="mt-1 block text-lg font-normal">
          {translation.title}
        </span>
      </h1>
      <div className="space-y-3">
        <div className="overflow-x-auto rounded-md border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{e('revisionsCaption')}</caption>
            <thead className="border-b border-line bg-surface">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{e('version')}</th>
                <th scope="col" className="px-3 py-2 text-start">{e('compareFrom')}</th>
                <th scope="col" className="px-3 py-2 text-start">{e('compareTo')}</th>
                <th scope="col" className="px-3 py-2 text-start">{e('savedBy')}</th>
                <th scope="col" className="px-3 py-2 text-start">{e('savedAt')}</th>
                <th scope="col" className="px-3 py-2 text-start">{e('note')}</th>
                <th scope="col" className="px-3 py-2 text-start">
                  <span className="sr-only">{e('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className="border-b border-line last:border-0">
                  <th scope="row" className="px-3 py-2 text-start font-semibold">
                    {e('versionN', { version: String(r.version) })}
                    {r.version === translation.version && <span className="ms-2 text-xs font-normal text-muted">({e('current')})</span>}
                  </th>
                  <td className="px-3 py-2">
                    <input form={`${hid}compare-form`} type="radio" name="from" value={r.version} defaultChecked={r.version === from} aria-label={e('compareFromN', { version: String(r.version) })} className="size-4" />
                  </td>
                  <td className="px-3 py-2">
                    <input form={`${hid}compare-form`} type="radio" name="to" value={r.version} defaultChecked={r.version === to} aria-label={e('compareToN', { version: String(r.version) })} className="size-4" />
                  </td>
                  <td className="px-3 py-2">{r.authorName ?? e('someoneElse')}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <LocalTime iso={r.createdAt} locale={locale} />
                  </td>
                  <td className="px-3 py-2">{note(r.note)}</td>
                  <td className="px-3 py-2">
                    {r.version !== translation.version && (
                      <ConfirmAction
                        action={restorePageRevisionAction}
                        locale={locale}
                        fields={{ translationId: translation.id, baseVersion: String(translation.version), revisionId: r.id }}
                        labels={{ trigger: e('restoreVersion', { version: String(r.version) }), pending: e('saving') }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form id={`${hid}compare-form`} method="get" action={`${editor}/history`}>
          <button type="submit" className={buttonClass('secondary')}>
            {e('compare')}
          </button>
        </form>
      </div>
      <section aria-labelledby={`${hid}diff-heading`} className="space-y-3">
        <h2 id={`${hid}diff-heading`} className="text-lg">
          {e('diffHeading', { from: String(from), to: String(to) })}
        </h2>
        <DiffView diffs={diffs} lang={lang} dir={directionOf(lang)} labels={{ added: e('diffAdded'), removed: e('diffRemoved'), unchanged: e('diffNone'), fields: fieldLabels }} />
      </section>
    </div>
  );
}
