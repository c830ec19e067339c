import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FilterBar, FilterSelect } from '@/components/dashboard/filter-bar';
import { ListScreen } from '@/components/dashboard/list-screen';
import { LocaleCoverage } from '@/components/dashboard/locale-coverage';
import { Pager, redirectPastLastPage } from '@/components/dashboard/pager';
import { TextField } from '@/components/ui/field';
import { listMedia, MEDIA_USAGES } from '@/db/queries/media';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { deletedNotice } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import { storedImageProps } from '@/lib/media/image-props';
import { firstParam as one, listHref, pageParam } from '@/lib/params';
import { mediaFacts, mediaName, mediaNameAttributes } from './_components/media-facts';

export const generateMetadata = titleMetadata('AdminMedia', 'title');

/** The images releases can show, newest first, found by their texts, with the languages each is described in. */
export default async function MediaPage({ params, searchParams }: PageProps<'/[locale]/dashboard/media'>) {
  const locale = await localeFrom(params);
  const here = `/${locale}/dashboard/media`;
  await requirePermission(locale, here, 'media.upload');
  const sp = await searchParams;
  const usage = MEDIA_USAGES.find((u) => u === one(sp.usage));
  const filter = { q: one(sp.q).slice(0, 200), usage, page: pageParam(sp.page) };
  const [t, languages, list] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminMedia' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listMedia(filter),
  ]);
  const filtered = !!(filter.q || filter.usage);
  const hrefOf = (page: number) => listHref(here, { q: filter.q, usage: filter.usage }, page);
  redirectPastLastPage(filter.page, list.pageCount, hrefOf);
  return (
    <ListScreen
      title={t('title')}
      intro={t('intro')}
      create={{ href: `${here}/new`, label: t('new') }}
      saved={null}
      deleted={deletedNotice(sp.deleted, locale, { named: (name) => t('deletedNamed', { name }), unnamed: t('deleted') })}
    >
      <FilterBar action={here} label={t('filters')} apply={t('apply')} clear={filtered ? { href: here, label: t('reset') } : null} className="sm:grid-cols-[2fr_1fr_auto]">
        <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={filter.q} />
        <FilterSelect name="usage" label={t('usage')} value={filter.usage} any={t('usageAny')} options={MEDIA_USAGES.map((u) => ({ value: u, label: t(`usages.${u}`) }))} />
      </FilterBar>
      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: list.total, n: formatNumber(locale, list.total) })}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-md border border-line bg-white p-6 text-center text-muted">{filtered ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {list.items.map((item) => (
            <li key={item.id} className="overflow-hidden rounded-lg border border-line bg-white">
              {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- a thumbnail (alt ""): the link below names it */}
              <img {...storedImageProps({ ...item, alt: '' }, { sizes: '(min-width: 64rem) 18rem, (min-width: 40rem) 50vw, 100vw' })} className="aspect-[3/2] w-full bg-paper object-cover" />
              <div className="space-y-1 p-3">
                <Link href={`${here}/${item.id}`} {...mediaNameAttributes(item, locale)} className="line-clamp-2 font-semibold underline underline-offset-4">
                  {mediaName(item, locale)}
                </Link>
                <p className="text-sm text-muted">
                  {mediaFacts(item, locale, t)} · {t('releases', { count: item.articles, n: formatNumber(locale, item.articles) })}
                  {item.pages > 0 && ` · ${t('inPages', { count: item.pages, n: formatNumber(locale, item.pages) })}`}
                </p>
                <LocaleCoverage has={(l) => !!item.alts[l]} label={(l, has) => t(has ? 'hasAlt' : 'noAlt', { language: languages(l) })} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={filter.page}
        pageCount={list.pageCount}
        hrefOf={hrefOf}
        labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page: formatNumber(locale, filter.page), pages: formatNumber(locale, list.pageCount) }) }}
      />
    </ListScreen>
  );
}
