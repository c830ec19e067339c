import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { DeletePanel } from '@/components/dashboard/delete-panel';
import { Alert } from '@/components/ui/alert';
import { getMedia, listLiveReleases, listMediaUses } from '@/db/queries/media';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolate } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { formatDate, formatNumber, intlLocale } from '@/lib/format';
import { storedImageProps } from '@/lib/media/image-props';
import { can } from '@/lib/permissions';
import { deleteMediaAction, updateMediaAction } from '../actions';
import { MediaEditForm } from '../_components/media-forms';
import { mediaFacts, mediaFormValues, mediaName, mediaNameAttributes, mediaNameInText } from '../_components/media-facts';

export const generateMetadata = titleMetadata('AdminMedia', 'editTitle');

/** One image: how it looks, what it is, its texts, and its deletion while no release shows it. */
export default async function MediaItemPage({ params, searchParams }: PageProps<'/[locale]/dashboard/media/[id]'>) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const user = await requirePermission(locale, `/${locale}/dashboard/media/${id}`, 'media.upload');
  const [t, item, query] = await Promise.all([getTranslations({ locale, namespace: 'AdminMedia' }), getMedia(id), searchParams]);
  if (!item) notFound();
  const uses = item.articles > 0 || item.pages > 0 ? await listMediaUses(item.id, item.src, locale) : [];
  // Texts readers see under a live release's main image: only those who may change a live release
  // change them (the server refuses anyone else, updateMediaTexts); the others are told why here.
  const live = item.articles > 0 && !can(user.role, 'article.editPublished') ? await listLiveReleases(item.id, locale) : [];
  const name = mediaName(item, locale);
  // What shows it, as one list in the interface language ("2 releases and 1 organization page").
  const parts = [item.articles > 0 ? t('releasesPart', { count: item.articles, n: formatNumber(locale, item.articles) }) : null, item.pages > 0 ? t('pagesPart', { count: item.pages, n: formatNumber(locale, item.pages) }) : null].filter((p) => p !== null);
  const shownBy = parts.length > 0 ? new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(parts) : null;
  const notice =
    query.uploaded !== undefined
      ? t('uploaded')
      : query.existing !== undefined
        ? t('existing')
        : query.completed !== undefined
          ? t('completed')
          : query.saved !== undefined
            ? t('saved')
            : null;
  const initial = { id: item.id, version: item.version, ...mediaFormValues(item) };
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/media`}>{t('backToList')}</BackLink>
      <h1 className="mb-4 text-2xl break-words" {...mediaNameAttributes(item, locale)}>
        {name}
      </h1>
      {notice && (
        <div className="mb-4">
          <Alert key={item.version} tone={query.existing !== undefined || query.completed !== undefined ? 'info' : 'success'} announce="page">
            {notice}
          </Alert>
        </div>
      )}
      <figure className="mb-6">
        {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt "": its texts are the form below */}
        <img {...storedImageProps({ ...item, alt: '' }, { sizes: '(min-width: 56rem) 42rem, 100vw', eager: true })} className="h-auto max-h-96 w-auto max-w-full rounded-md border border-line bg-paper" />
        <figcaption className="mt-2 space-y-1 text-sm text-muted">
          <span className="block">{mediaFacts(item, locale, t)}</span>
          <span className="block">
            {/* A file's name runs its own way ("2024-réunion.jpg" in Arabic, an Arabic name in French): isolated, as its first letter says. */}
            {item.fileName ? t('addedFile', { file: isolate(item.fileName), date: formatDate(locale, item.createdAt) }) : t('addedPath', { date: formatDate(locale, item.createdAt) })}
          </span>
          <span className="block">
            <code dir="ltr">{item.src}</code>
          </span>
        </figcaption>
      </figure>
      <p className={`${uses.length > 0 ? 'mb-2' : 'mb-4'} text-muted`}>{shownBy ? t('shownBy', { list: shownBy }) : t('unused')}</p>
      {uses.length > 0 && (
        <ul className="mb-4 list-disc space-y-1 ps-5">
          {uses.map((use) => (
            <li key={`${use.kind}:${use.id}`}>
              {t.rich(use.kind === 'article' ? 'releaseUse' : 'pageUse', {
                title: use.title,
                link: (chunks) => (
                  <Link
                    href={`/${locale}/dashboard/${use.kind === 'article' ? 'articles' : 'pages'}/${use.id}/${use.locale}`}
                    className="text-brand-800 underline underline-offset-4"
                    {...langAttributes(use.locale, locale)}
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </li>
          ))}
        </ul>
      )}
      {live.length > 0 && (
        <div className="mb-4">
          <Alert tone="info" announce={false}>
            <p>{t('liveLocked', { count: live.length, n: formatNumber(locale, live.length) })}</p>
            <ul className="mt-2 list-disc space-y-1 ps-5">
              {live.map((release) => (
                <li key={release.id}>
                  <Link
                    href={`/${locale}/dashboard/articles/${release.id}/${release.locale}`}
                    className="text-brand-800 underline underline-offset-4"
                    {...langAttributes(release.locale, locale)}
                  >
                    {release.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      <MediaEditForm action={updateMediaAction} locale={locale} initial={initial} readOnly={live.length > 0} />
      {can(user.role, 'media.delete') && (
        <DeletePanel
          action={deleteMediaAction}
          locale={locale}
          id={item.id}
          blockedBy={shownBy ? t('inUse', { list: shownBy }) : null}
          labels={{ heading: t('deleteHeading'), delete: t('delete'), question: t('deleteQuestion', { name: mediaNameInText(item, locale) }), confirm: t('deleteConfirm'), cancel: t('cancel'), pending: t('working') }}
          className="mt-8"
        />
      )}
    </section>
  );
}
