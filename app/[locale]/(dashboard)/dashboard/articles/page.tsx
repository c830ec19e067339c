import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilterBar, FilterSelect } from '@/components/dashboard/filter-bar';
import { Pager, redirectPastLastPage } from '@/components/dashboard/pager';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
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
import { titleMetadata } from '@/i18n/title-metadata';
import { listSortParams, parseListSort, type ListSort } from '@/lib/articles/list-sort';
import { requirePermission } from '@/lib/dal';
import { deletedNotice } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import { firstParam as one, listHref, pageParam } from '@/lib/params';
import { can } from '@/lib/permissions';
import { ArticleTable } from './_components/article-table';
import { waitingWords } from '../waiting';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('ArticleList', 'title');

const pick = <T extends string>(v: string, allowed: readonly T[]): T | undefined => (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/** The article list: search, filters, order and each locale's state per article; rendered per request. */
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
    sort: parseListSort(one(sp.sort), one(sp.dir)),
    uiLocale: locale,
  };
  const [list, authors, waiting, t, w, types, names] = await Promise.all([
    listArticlesForDashboard(user, filter),
    listArticleAuthors(user),
    waitingWords(user, locale),
    getTranslations({ locale, namespace: 'ArticleList' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const filters = { q: filter.q, status: filter.status, lang: filter.locale, type: filter.type, author: filter.authorId };
  // The order goes with every address of the list: its pages, the filters applied or cleared.
  const sortParams = listSortParams(filter.sort);
  const query = (page: number) => listHref(here, { ...filters, ...sortParams }, page);
  const sortedBy = (sort: ListSort) => listHref(here, { ...filters, ...listSortParams(sort) });
  const filtered = !!(filter.q || filter.status || filter.locale || filter.type || filter.authorId);
  redirectPastLastPage(filter.page, list.pageCount, query);
  const deleted = deletedNotice(sp.deleted, locale, { named: (name) => w('deletedNamed', { name }), unnamed: w('deleted') });

  return (
    <div>
      <ScreenHeading title={t('title')}>
        {can(user.role, 'article.create') && (
          <Link href={`${here}/new`} className={buttonClass('primary')}>
            {t('new')}
          </Link>
        )}
      </ScreenHeading>
      {deleted && (
        <div className="mb-4">
          <Alert tone="success" announce="page">
            {deleted}
          </Alert>
        </div>
      )}

      {/* What waits for the person, each with the way to it (the navigation shows their sum);
          not on the list it leads to. */}
      {[
        { words: waiting.review, status: 'in_review', params: {}, link: t('showAwaiting') },
        { words: waiting.returned, status: 'returned', params: { author: user.id }, link: t('showReturned') },
      ]
        .filter((n) => n.words && filter.status !== n.status)
        .map((n) => (
          <div key={n.status} className="mb-4">
            <Alert tone="info" announce={false}>
              {n.words}
              {' · '}
              <Link href={listHref(here, { status: n.status, ...n.params, ...sortParams })} className="font-semibold underline underline-offset-4">
                {n.link}
              </Link>
            </Alert>
          </div>
        ))}

      <FilterBar
        action={here}
        label={t('filters')}
        apply={t('apply')}
        clear={filtered ? { href: listHref(here, sortParams), label: t('reset') } : null}
        // Each choice as wide as its longest option ("Toutes les langues", "Communiqué de presse"):
        // equal columns cut them at 1280 px. Three columns below that; on a phone two, the search
        // and the buttons on lines of their own, so the first releases are not pushed off the screen.
        className="grid-cols-2 max-sm:[&>:first-child]:col-span-2 max-sm:[&>:last-child]:col-span-2 lg:grid-cols-3 xl:grid-cols-[minmax(10rem,2fr)_repeat(4,minmax(max-content,1fr))_auto]"
      >
        <TextField name="q" type="search" label={t('search')} defaultValue={filter.q} />
        <FilterSelect name="status" label={t('status')} value={filter.status} any={t('any')} options={LIST_STATUSES.map((s) => ({ value: s, label: w(`status.${s}`) }))} />
        <FilterSelect name="lang" label={t('language')} value={filter.locale} any={t('anyLanguage')} options={LOCALES.map((l) => ({ value: l, label: names(l) }))} />
        <FilterSelect name="type" label={t('type')} value={filter.type} any={t('any')} options={articleTypeEnum.enumValues.map((ty) => ({ value: ty, label: types(ty) }))} />
        <FilterSelect name="author" label={t('author')} value={filter.authorId} any={t('anyone')} options={authors.map((a) => ({ value: a.id, label: a.name }))} />
        {Object.entries(sortParams).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
      </FilterBar>

      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: list.total, n: formatNumber(locale, list.total) })}
      </p>

      {list.items.length > 0 && <ArticleTable locale={locale} items={list.items} sort={filter.sort} hrefOf={sortedBy} />}

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
