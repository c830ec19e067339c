import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { samePathEverywhere } from '@/components/site/site-shell';
import { localeFrom } from '@/i18n/params';
import { alternatesFor, feedLinks, openGraphFor } from '@/lib/seo';
import { NewsList } from './_components/news-list';

export async function generateMetadata({ params }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'News' });
  const everywhere = samePathEverywhere('/news');
  return {
    title: t('title'),
    description: t('description'),
    alternates: { ...alternatesFor(locale, everywhere), types: await feedLinks(locale) },
    openGraph: await openGraphFor(locale, everywhere, { title: t('title'), description: t('description') }),
  };
}

export default async function NewsPage({ params }: PageProps<'/[locale]/news'>) {
  const locale = await localeFrom(params);
  return <NewsList locale={locale} page={1} />;
}
