import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, stackedCell, stackedLabel, stackedRowClass, stackedWide } from '@/components/dashboard/data-table';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { StatusChip } from '@/components/dashboard/status-chip';
import { TreeMarker, treeIndent } from '@/components/dashboard/tree-indent';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { isolateIn } from '@/lib/bidi';
import { deletedNotice } from '@/lib/deleted-name';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { LOCALES } from '@/lib/locales';
import { pageReachWords } from './_components/reach-words';

export const generateMetadata = titleMetadata('AdminPages', 'title');

/**
 * The page tree with each language's state; a chip opens that translation in the editor. A
 * published translation under a page not published in its language says it is offline, and why.
 */
export default async function PagesPage({ params, searchParams }: PageProps<'/[locale]/dashboard/pages'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/pages`, 'page.edit');
  const [t, w, languages, languageNames, tree, query, reach] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'LanguageNames' }),
    listPageTree(locale),
    searchParams,
    pageReachWords(locale),
  ]);
  const deleted = deletedNotice(query.deleted, locale, { named: (name) => t('deletedNamed', { name }), unnamed: t('deleted') });
  return (
    <section>
      <ScreenHeading title={t('title')}>
        <Link href={`/${locale}/dashboard/pages/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </ScreenHeading>
      <p className="mb-4 text-muted">{t('intro')}</p>
      {deleted && (
        <div className="mb-4">
          <Alert tone="success" announce="page">
            {deleted}
          </Alert>
        </div>
      )}
      {/* Stacked on a phone: the four languages' chips stay in sight, never scrolled away sideways. */}
      <DataTable
        stacked
        caption={t('title')}
        columns={[
          t('columns.page'),
          ...LOCALES.map((l) => (
            <span key={l} lang={l}>
              {languages(l)}
            </span>
          )),
        ]}
      >
        {tree.map((p) => (
          <tr key={p.id} role="row" className={stackedRowClass}>
            <th role="rowheader" scope="row" className={`${stackedCell} ${stackedWide} text-start font-normal`} style={treeIndent(p.depth)}>
              <TreeMarker depth={p.depth} />
              <Link href={`/${locale}/dashboard/pages/${p.id}`} {...langAttributes(p.titleLocale, locale)} className="font-semibold underline underline-offset-4">
                {p.title}
              </Link>
            </th>
            {LOCALES.map((l) => {
              const s = p.locales[l];
              const chip = reach.chip(tree, p, l);
              // Said with the link's name: offline (and why), the French changed since.
              const described = [s.outdated && w('status.outdated'), chip.why].filter(Boolean).join(' — ');
              return (
                <td key={l} role="cell" className={`${stackedCell} @max-3xl:flex @max-3xl:flex-wrap @max-3xl:items-center @max-3xl:gap-2`}>
                  <span aria-hidden="true" className={stackedLabel} lang={l}>
                    {languages(l)}
                  </span>
                  <Link
                    href={`/${locale}/dashboard/pages/${p.id}/${l}`}
                    aria-label={t(s.state === 'missing' ? 'writeIn' : 'editIn', { title: isolateIn(p.title, p.titleLocale, locale), language: languageNames(l) })}
                    aria-describedby={described ? `why-${p.id}-${l}` : undefined}
                    className="inline-flex min-h-6 flex-col items-start justify-center gap-1 rounded-full focus-visible:outline-offset-1 @max-3xl:flex-row @max-3xl:flex-wrap"
                  >
                    <StatusChip state={chip.state} label={chip.label} title={chip.why ?? undefined} />
                    {s.outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
                  </Link>
                  {described && (
                    <span id={`why-${p.id}-${l}`} className="sr-only">
                      {described}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
