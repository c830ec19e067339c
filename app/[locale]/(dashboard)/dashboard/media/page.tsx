import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListScreen } from '@/components/dashboard/list-screen';
import { LocaleCoverage } from '@/components/dashboard/locale-coverage';
import { listMedia } from '@/db/queries/media';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { storedImageProps } from '@/lib/media/image-props';
import { mediaFacts, mediaName } from './_components/media-facts';

export const generateMetadata = titleMetadata('AdminMedia', 'title');

/** The images releases can show, newest first, with the languages each is described in. */
export default async function MediaPage({ params, searchParams }: PageProps<'/[locale]/dashboard/media'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/media`, 'media.upload');
  const [t, languages, items, query] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminMedia' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listMedia(),
    searchParams,
  ]);
  return (
    <ListScreen
      title={t('title')}
      intro={t('intro')}
      create={{ href: `/${locale}/dashboard/media/new`, label: t('new') }}
      saved={null}
      deleted={query.deleted !== undefined ? t('deleted') : null}
    >
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.id} className="overflow-hidden rounded-lg border border-line bg-white">
              {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- a thumbnail (alt ""): the link below names it */}
              <img {...storedImageProps({ ...item, alt: '' }, { sizes: '(min-width: 64rem) 18rem, (min-width: 40rem) 50vw, 100vw' })} className="aspect-[3/2] w-full bg-paper object-cover" />
              <div className="space-y-1 p-3">
                <Link href={`/${locale}/dashboard/media/${item.id}`} className="line-clamp-2 font-semibold underline underline-offset-4">
                  {mediaName(item, locale)}
                </Link>
                <p className="text-sm text-muted">
                  {mediaFacts(item, locale, t)} · {t('releases', { count: item.articles })}
                </p>
                <LocaleCoverage has={(l) => !!item.alts[l]} label={(l, has) => t(has ? 'hasAlt' : 'noAlt', { language: languages(l) })} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </ListScreen>
  );
}
