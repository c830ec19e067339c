import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, placeholderLocaleParams } from '@/i18n/params';
import { directionOf } from '@/i18n/routing';
import { notoSans, notoSansArabic } from '@/lib/fonts';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export const generateStaticParams = placeholderLocaleParams;

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('siteName'), template: t('titleTemplate', { title: '%s' }) },
    description: t('siteDescription'),
    applicationName: t('siteName'),
  };
}

export const viewport: Viewport = {
  themeColor: '#0b3d7a',
  width: 'device-width',
  initialScale: 1,
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeFrom(params);
  // The Arabic font is only referenced on Arabic pages (and preloaded nowhere: lib/fonts.ts).
  const fonts = locale === 'ar' ? `${notoSans.variable} ${notoSansArabic.variable}` : notoSans.variable;
  return (
    <html lang={locale} dir={directionOf(locale)} className={fonts}>
      <body className="min-h-screen bg-white antialiased">{children}</body>
    </html>
  );
}
