import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { permanentRedirect } from '@/i18n/redirect';
import { localeFrom } from '@/i18n/params';
import { alternatesFor, openGraphFor } from '@/lib/seo';
import { listPageVersions, sameListEverywhere } from '@/lib/news-filter';
import { NewsList } from '../../_components/news-list';

export const generateStaticParams = () => [{ page: '2' }];

type Props = PageProps<'/[locale]/news/page/[page]'>;

async function pageNumber(params: Props['params']): Promise<number> {
  const { page } = await params;
  if (!/^[1-9]\d{0,4}$/.test(page)) notFound();
  return Number(page);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const page = await pageNumber(params);
  const t = await getTranslations({ locale, namespace: 'News' });
  const title = t('pageTitle', { page: String(page) });
  const versions = listPageVersions(locale, page, sameListEverywhere('/news'));
  return {
    title,
    alternates: alternatesFor(locale, versions),
    openGraph: await openGraphFor(locale, versions, { title, description: t('description') }),
  };
}

export default async function NewsPageN({ params }: Props) {
  const locale = await localeFrom(params);
  const page = await pageNumber(params);
  if (page === 1) return permanentRedirect({ href: '/news', locale });
  return <NewsList locale={locale} page={page} />;
}
