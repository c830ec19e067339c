import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusChip } from '@/components/dashboard/status-chip';
import { buttonClass } from '@/components/ui/button-class';
import { articleTypeEnum } from '@/db/schema';
import {
  LIST_STATUSES,
  listArticleAuthors,
  listArticlesForDashboard,
  type ListStatus,
} from '@/db/queries/dashboard-articles';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { domKey } from '@/lib/dom-key';
import { formatDate, formatNumber } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/locales';
import { can } from '@/lib/permissions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'ArticleList' });
  return { title: t('title') };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
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
    page: Math.max(1, Math.min(10_000, Number.parseInt(one(sp.page), 10) || 1)),
  };
  const [list, authors, t, w, types, names] = await Promise.all([
    listArticlesForDashboard(user, filter),
    listArticleAuthors(user),
    getTranslations({ locale, namespace: 'ArticleList' }),
    getTranslations({ locale, namespace: 'Workflow' }),
    getTranslations({ locale, namespace: 'ArticleType' }),
    getTranslations({ locale, namespace: 'Languages' }),
  ]);
  const query = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: filter.q, status: filter.status, lang: filter.locale, type: filter.type, author: filter.authorId })) {
      if (v) q.set(k, v);
    }
    if (page > 1) q.set('page', String(page));
    const s = q.toString();
    return s ? `${here}?${s}` : here;
  };
  const filtered = !!(filter.q || filter.status || filter.locale || filter.type || filter.authorId);
  // Ids scoped to this query: Next may keep the list, visited with other filters, mounted but hidden.
  const fid = `articles-${domKey(JSON.stringify(filter))}-`;
  const selectClass = 'block w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm';

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        {can(user.role, 'article.create') && (
          <Link href={`${here}/new`} className={buttonClass('primary')}>
            {t('new')}
          </Link>
        )}
      </div>

      <form method="get" action={here} role="search" aria-label={t('filters')} className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-[2fr_repeat(4,1fr)_auto]">
        <div>
          <label htmlFor={`${fid}q`} className="mb-1 block text-sm font-semibold">
            {t('search')}
          </label>
          <input id={`${fid}q`} name="q" type="search" defaultValue={filter.q} className={selectClass} />
        </div>
        <div>
          <label htmlFor={`${fid}status`} className="mb-1 block text-sm font-semibold">
            {t('status')}
          </label>
          <select id={`${fid}status`} name="status" defaultValue={filter.status ?? ''} className={selectClass}>
            <option value="">{t('any')}</option>
            {LIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {w(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${fid}lang`} className="mb-1 block text-sm font-semibold">
            {t('language')}
          </label>
          <select id={`${fid}lang`} name="lang" defaultValue={filter.locale ?? ''} className={selectClass}>
            <option value="">{t('anyLanguage')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {names(l)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${fid}type`} className="mb-1 block text-sm font-semibold">
            {t('type')}
          </label>
          <select id={`${fid}type`} name="type" defaultValue={filter.type ?? ''} className={selectClass}>
            <option value="">{t('any')}</option>
            {articleTypeEnum.enumValues.map((ty) => (
              <option key={ty} value={ty}>
                {types(ty)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${fid}author`} className="mb-1 block text-sm font-semibold">
            {t('author')}
          </label>
          <select id={`${fid}author`} name="author" defaultValue={filter.authorId ?? ''} className={selectClass}>
            <option value="">{t('anyone')}</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass('secondary')}>
            {t('apply')}
          </button>
          {filtered && (
            <Link href={here} className="py-2 text-sm text-brand-800 underline underline-offset-4">
              {t('reset')}
            </Link>
          )}
        </div>
      </form>

      <p className="text-sm text-muted" role="status">
        {t('count', { count: list.total, n: formatNumber(locale, list.total) })}
      </p>

      {list.items.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead className="border-b border-line bg-surface text-start">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t('colTitle')}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t('type')}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t('author')}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-semibold">
                  {t('colUpdated')}
                </th>
                {LOCALES.map((l) => (
                  <th key={l} scope="col" className="px-2 py-2 text-start font-semibold">
                    <abbr title={names(l)} className="no-underline">
                      {l.toUpperCase()}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((a) => (
                <tr key={a.id} className="border-b border-line last:border-0 hover:bg-surface/60">
                  <th scope="row" className="max-w-md px-3 py-2 text-start font-normal">
                    <Link href={`${here}/${a.id}/${a.titleLocale}`} lang={a.titleLocale} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
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
                      <td key={l} className="px-2 py-2 align-top">
                        <Link
                          href={`${here}/${a.id}/${l}`}
                          aria-label={t('cellLabel', { language: names(l), status: cell.outdated ? `${stateLabel}, ${w('status.outdated')}` : stateLabel })}
                          className="inline-flex flex-col items-start gap-1 rounded focus-visible:outline-2"
                        >
                          <StatusChip state={cell.state} label={stateLabel} />
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
      )}

      {list.items.length === 0 && <p className="rounded-md border border-line bg-white p-6 text-center text-muted">{filtered ? t('emptyFiltered') : t('empty')}</p>}

      {list.pageCount > 1 && (
        <nav aria-label={t('pagination')} className="flex items-center justify-between gap-3 text-sm">
          {filter.page > 1 ? (
            <Link href={query(filter.page - 1)} rel="prev" className={buttonClass('secondary')}>
              <span aria-hidden="true" className="rtl:-scale-x-100">←</span> {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('pageOf', { page: formatNumber(locale, filter.page), pages: formatNumber(locale, list.pageCount) })}</span>
          {filter.page < list.pageCount ? (
            <Link href={query(filter.page + 1)} rel="next" className={buttonClass('secondary')}>
              {t('next')} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
