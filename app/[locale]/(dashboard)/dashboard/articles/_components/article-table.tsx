import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocalDayAndTime } from '@/components/dashboard/local-time';
import { StatusChip } from '@/components/dashboard/status-chip';
import type { ArticleListRow } from '@/db/queries/dashboard-articles';
import { langAttributes } from '@/i18n/routing';
import { nextListSort, type ListSort, type ListSortKey } from '@/lib/articles/list-sort';
import { LOCALES, type Locale } from '@/lib/locales';

/**
 * The article list with each language's state. A table on a wide screen; under `xl` each article
 * is a card (title; type, author and dates; its four languages — two by two on a phone), so that every
 * language's state shows on a phone without a sideways scroll to discover, and the header row
 * becomes the bar of sort choices. The explicit roles keep it a table for screen readers once
 * CSS lays its rows out as cards (some browsers drop the semantics of a restyled table).
 */
export async function ArticleTable({
  locale,
  items,
  sort,
  hrefOf,
}: {
  locale: Locale;
  items: ArticleListRow[];
  sort: ListSort;
  /** The list's address in another order, the filters kept (back to its first page). */
  hrefOf: (sort: ListSort) => string;
}) {
  const [t, w, types, names] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticleList' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const here = `/${locale}/dashboard/articles`;
  const headerCell = 'px-3 py-2 text-start font-semibold';
  // A column only the wide table shows; on a card its cells say what they are.
  const plainHeader = `${headerCell} max-xl:sr-only`;
  // What a card's field is, said by the column header to screen readers.
  const cardLabel = (text: string) => (
    <span aria-hidden="true" className="block text-xs text-muted xl:hidden">
      {text}
    </span>
  );

  const sortable = (key: ListSortKey, label: string) => {
    const sorted = sort.key === key;
    const next = nextListSort(sort, key);
    const order = key === 'title' ? (next.dir === 'asc' ? 'az' : 'za') : next.dir === 'asc' ? 'oldest' : 'newest';
    return (
      <th role="columnheader" scope="col" aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={`${headerCell} max-xl:p-0`}>
        <Link
          href={hrefOf(next)}
          // Named by its column alone (the header names every cell of it); what choosing it does is
          // its description, and its tooltip.
          title={t('sortHint', { order })}
          className={`inline-flex items-center gap-1 rounded underline-offset-4 hover:underline focus-visible:outline-2 max-xl:rounded-full max-xl:border max-xl:px-2.5 max-xl:py-1 ${sorted ? 'text-brand-900 max-xl:border-brand-800 max-xl:bg-brand-50' : 'max-xl:border-line max-xl:bg-white'}`}
        >
          {label}
          {/* Vertical arrows: the same in both writing directions. */}
          <span aria-hidden="true" className={sorted ? '' : 'text-muted'}>
            {sorted ? (sort.dir === 'asc' ? '↑' : '↓') : '↕'}
          </span>
        </Link>
      </th>
    );
  };

  return (
    <div className="rounded-lg border border-line bg-white xl:relative xl:overflow-x-auto">
      <p aria-hidden="true" className="px-3 pt-2 text-xs text-muted xl:hidden">
        {t('sortBy')}
      </p>
      <table role="table" className="w-full text-sm max-xl:block">
        <caption className="sr-only">{t('caption')}</caption>
        <thead role="rowgroup" className="border-b border-line max-xl:block xl:bg-surface">
          <tr role="row" className="max-xl:flex max-xl:flex-wrap max-xl:gap-2 max-xl:px-3 max-xl:pt-1 max-xl:pb-3">
            {sortable('title', t('colTitle'))}
            <th role="columnheader" scope="col" className={plainHeader}>
              {t('type')}
            </th>
            <th role="columnheader" scope="col" className={plainHeader}>
              {t('author')}
            </th>
            {sortable('updated', t('colUpdated'))}
            {sortable('published', t('colPublished'))}
            {LOCALES.map((l) => (
              <th key={l} role="columnheader" scope="col" className={plainHeader}>
                <abbr title={names(l)} className="no-underline">
                  {l.toUpperCase()}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-xl:block">
          {items.map((a) => (
            <tr
              key={a.id}
              role="row"
              className="border-b border-line align-top last:border-0 hover:bg-surface/60 max-xl:grid max-xl:grid-cols-2 max-xl:gap-x-3 max-xl:gap-y-2 max-xl:p-3 md:max-xl:grid-cols-4"
            >
              <th role="rowheader" scope="row" className="max-w-md px-3 py-2 text-start font-normal max-xl:col-span-full max-xl:max-w-none max-xl:p-0">
                <Link href={`${here}/${a.id}/${a.titleLocale}`} {...(a.title ? langAttributes(a.titleLocale, locale) : {})} className="inline-block py-0.5 font-semibold text-brand-800 underline-offset-4 hover:underline">
                  {a.title || t('untitled')}
                </Link>
              </th>
              <td role="cell" className="px-3 py-2 max-xl:p-0">
                {cardLabel(t('type'))}
                {types(a.type)}
              </td>
              <td role="cell" className="px-3 py-2 max-xl:p-0">
                {cardLabel(t('author'))}
                {a.authorName ?? t('unknownAuthor')}
              </td>
              <td role="cell" className="px-3 py-2 max-xl:p-0">
                {cardLabel(t('colUpdated'))}
                <LocalDayAndTime iso={a.updatedAt} locale={locale} />
              </td>
              <td role="cell" className="px-3 py-2 max-xl:p-0">
                {cardLabel(t('colPublished'))}
                {a.publishedAt ? (
                  <LocalDayAndTime iso={a.publishedAt} locale={locale} />
                ) : (
                  <>
                    <span aria-hidden="true" className="text-muted">
                      —
                    </span>
                    <span className="sr-only">{t('notPublished')}</span>
                  </>
                )}
              </td>
              {LOCALES.map((l) => {
                const cell = a.cells[l];
                const stateLabel = w(`status.${cell.state}`);
                return (
                  <td key={l} role="cell" className="px-2 py-2 max-xl:p-0">
                    <Link
                      href={`${here}/${a.id}/${l}`}
                      aria-label={t('cellLabel', {
                        language: names(l),
                        status: [stateLabel, cell.returned && w('status.returned'), cell.outdated && w('status.outdated')].filter(Boolean).join(', '),
                      })}
                      className="inline-flex min-h-6 flex-col items-start gap-1 rounded focus-visible:outline-2 max-xl:flex-row max-xl:flex-wrap max-xl:items-center max-xl:py-1"
                    >
                      {/* A card has no column header to read the language from. */}
                      <span className="font-semibold xl:hidden">{names(l)}</span>
                      <StatusChip state={cell.state} label={stateLabel} />
                      {/* Sent back by an editor: the writer sees it in the list, not only once the text is open. */}
                      {cell.returned && <StatusChip state="returned" label={w('status.returned')} />}
                      {cell.outdated && <StatusChip state="outdated" label={w('status.outdated')} />}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
