import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { uploadMediaAction } from '../actions';
import { MediaUploadForm } from '../_components/media-forms';

export const generateMetadata = titleMetadata('AdminMedia', 'newTitle');

export default async function NewMediaPage({ params, searchParams }: PageProps<'/[locale]/dashboard/media/new'>) {
  const locale = await localeFrom(params);
  // Sent back by proxy.ts: a file too large for the server to read, posted without the form's check.
  const tooBig = (await searchParams).tooBig === '1';
  await requirePermission(locale, `/${locale}/dashboard/media/new`, 'media.upload');
  const t = await getTranslations({ locale, namespace: 'AdminMedia' });
  return (
    <section className="max-w-4xl">
      <BackLink href={`/${locale}/dashboard/media`}>{t('backToList')}</BackLink>
      <h1 className="mb-4 text-2xl">{t('newTitle')}</h1>
      <MediaUploadForm action={uploadMediaAction} locale={locale} tooBig={tooBig} />
    </section>
  );
}
