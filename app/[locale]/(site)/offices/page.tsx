import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listOfficeDirectory } from '@/db/queries/public-offices';
import { getNavigation } from '@/db/queries/public-pages';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { OfficeList } from '@/components/site/office-list';
import { SiteShell, samePathEverywhere } from '@/components/site/site-shell';
import { localeFrom } from '@/i18n/params';
import { alternatesFor, openGraphFor } from '@/lib/seo';
import { currentYear } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/offices'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Offices' });
  const everywhere = samePathEverywhere('/offices');
  return {
    title: t('title'),
    description: t('intro'),
    alternates: alternatesFor(locale, everywhere),
    openGraph: await openGraphFor(locale, everywhere, { title: t('title'), description: t('intro') }),
  };
}

export default async function OfficesPage({ params }: PageProps<'/[locale]/offices'>) {
  const locale = await localeFrom(params);
  const [nav, year, offices, t, bc] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    listOfficeDirectory(locale),
    getTranslations({ locale, namespace: 'Offices' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={samePathEverywhere('/offices')} current="/offices">
      <Breadcrumb label={bc('label')} locale={locale} items={[{ title: bc('home'), href: '/' }, { title: t('title') }]} />
      <h1 className="mb-2 text-3xl sm:text-4xl">{t('title')}</h1>
      <p className="mb-8 max-w-[65ch] text-lg text-muted">{t('intro')}</p>
      <OfficeList offices={offices} locale={locale} empty={t('empty')} />
    </SiteShell>
  );
}
