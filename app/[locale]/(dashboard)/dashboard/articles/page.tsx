import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, rowClass } from '@/components/dashboard/data-table';
import { FilterBar, FilterSelect } from '@/components/dashboard/filter-bar';
import { Pager, redirectPastLastPage } from '@/components/dashboard/pager';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { StatusChip } from '@/components/dashboard/status-chip';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { TextField } from '@/components/ui/field';
import { articleTypeEnum } from '@/db/schema';
import {
  LIST_STATUSES,
  listArticleAuthors,
  listArticlesForDashboard,
  type ListStatus,
} from '@/db/queries/dashboard-articles';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { formatDate, formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import { firstParam as one, listHref, pageParam } from '@/lib/params';
import { can } from '@/lib/permissions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('ArticleList', 'title');

const pick = <T extends string>(v: string, allowed: readonly T[]): T | undefined => (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/** The article list: search, filters and each locale's state per article; rendered per request. */
export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const here = `/${locale}/dashboard/articles`;
  const user = await requirePermission(locale, here, 'dashboard.view');
  const sp = await searchParams;
  const filter = {
    q: one(sp.q).slice(0, 200),
    status: pick<ListStatus>(one(sp.status), LIST_STATUSES),
    locale: pick<Locale>(one(sp.lang), LOCALES),
    type: pick(one(sp.type), articleTypeEnum.enumValues),
    authorId: /^[0-9a-f-]{36}$/i.test(one(sp.author)) ? one(sp.author) : undefined,
    page: pageParam(sp.page),
  };
  const [list, authors, t, w, types, names] = await Promise.all([
    listArticlesForDashboard(user, filter),
    listArticleAuthors(user),
    getTranslations({ locale, namespace: 'ArticleList' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const query = (page: number) => listHref(here, { q: filter.q, status: filter.status, lang: filter.locale, type: filter.type, author: filter.authorId }, page);
  const filtered = !!(filter.q || filter.status || filter.locale || filter.type || filter.authorId);
  redirectPastLastPage(filter.page, list.pageCount, query);

  return (
    <div>
      <ScreenHeading title={t('title')}>
        {can(user.role, 'article.create') && (
          <Link href={`${here}/new`} className={buttonClass('primary')}>
            {t('new')}
          </Link>
        )}
      </ScreenHeading>
      {one(sp.deleted) === '1' && (
        <div className="mb-4">
          <Alert tone="success">{w('deleted')}</Alert>
        </div>
      )}

      <FilterBar
        action={here}
        label={t('filters')}
        apply={t('apply')}
        clear={filtered ? { href: here, label: t('reset') } : null}
        // Each choice as wide as its longest option ("Toutes les langues", "Communiqué de presse"):
        // equal columns cut them at 1280 px. Three columns below that.
        className="sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-[minmax(10rem,2fr)_repeat(4,minmax(max-content,1fr))_auto]"
      >
        <TextField name="q" type="search" label={t('search')} defaultValue={filter.q} />
        <FilterSelect name="status" label={t('status')} value={filter.status} any={t('any')} options={LIST_STATUSES.map((s) => ({ value: s, label: w(`status.${s}`) }))} />
        <FilterSelect name="lang" label={t('language')} value={filter.locale} any={t('anyLanguage')} options={LOCALES.map((l) => ({ value: l, label: names(l) }))} />
        <FilterSelect name="type" label={t('type')} value={filter.type} any={t('any')} options={articleTypeEnum.enumValues.map((ty) => ({ value: ty, label: types(ty) }))} />
        <FilterSelect name="author" label={t('author')} value={filter.authorId} any={t('anyone')} options={authors.map((a) => ({ value: a.id, label: a.name }))} />
      </FilterBar>

      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: list.total, n: formatNumber(locale, list.total) })}
      </p>

      {list.items.length > 0 && (
        <DataTable
          caption={t('caption')}
          columns={[
            t('colTitle'),
            t('type'),
            t('author'),
            t('colUpdated'),
            ...LOCALES.map((l) => (
              <abbr key={l} title={names(l)} className="no-underline">
                {l.toUpperCase()}
              </abbr>
            )),
          ]}
        >
          {list.items.map((a) => (
            <tr key={a.id} className={`${rowClass} hover:bg-surface/60`}>
              <th scope="row" className="max-w-md px-3 py-2 text-start font-normal">
                <Link href={`${here}/${a.id}/${a.titleLocale}`} {...(a.title ? langAttributes(a.titleLocale, locale) : {})} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                  {a.title || t('untitled')}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{types(a.type)}</td>
              <td className="px-3 py-2">{a.authorName ?? t('unknownAuthor')}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={a.updatedAt}>{formatDate(locale, a.updatedAt, { month: 'short' })}</time>
              </td>
              {LOCALES.map((l) => {
                const cell = a.cells[l];
                const stateLabel = w(`status.${cell.state}`);
                return (
                  <td key={l} className="px-2 py-2">
                    <Link
                      href={`${here}/${a.id}/${l}`}
                      aria-label={t('cellLabel', {
                        language: names(l),
                        status: [stateLabel, cell.returned && w('status.returned'), cell.outdated && w('status.outdated')].filter(Boolean).join(', '),
                      })}
                      className="inline-flex flex-col items-start gap-1 rounded focus-visible:outline-2"
                    >
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
        </DataTable>
      )}

      {list.items.length === 0 && <p className="rounded-md border border-line bg-white p-6 text-center text-muted">{filtered ? t('emptyFiltered') : t('empty')}</p>}

      <Pager
        page={filter.page}
        pageCount={list.pageCount}
        hrefOf={query}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: formatNumber(locale, filter.page), pages: formatNumber(locale, list.pageCount) }) }}
      />
    </div>
  );
}
