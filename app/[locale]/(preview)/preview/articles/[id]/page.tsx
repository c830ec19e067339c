import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/site/article-view';
import { SiteShell } from '@/components/site/site-shell';
import { getArticlePreview, listArticleLocales } from '@/db/queries/dashboard-articles';
import { getNavigation } from '@/db/queries/public-pages';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { isAppLocale, langAttributes } from '@/i18n/routing';
import { isolateIn } from '@/lib/bidi';
import { getCurrentUser, requirePermission } from '@/lib/dal';
import { can } from '@/lib/permissions';
import { withQuery } from '@/lib/params';
import { currentYear, siteUrl } from '@/lib/site';
import { PreviewMissing } from './_components/preview-missing';

export const generateStaticParams = () => [{ id: BUILD_PLACEHOLDER }];

const UUID = /^[0-9a-f-]{36}$/i;

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The translation previewed, read once for the page and its title. */
const previewOf = cache(getArticlePreview);

/**
 * The tab's title says what is previewed ("Aperçu : <the release's title> — OIM"), in the
 * interface language of the bar above the page, like the editor the person came from; the title
 * of the release, in its own language, isolated in it. Signed out: the page sends to sign-in.
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { id } = await params;
  const { ui } = await searchParams;
  const user = await getCurrentUser();
  const uiLocale = isAppLocale(ui) ? ui : (user?.preferredLocale ?? locale);
  const [t, site] = await Promise.all([getTranslations({ locale: uiLocale, namespace: 'Preview' }), getTranslations({ locale: uiLocale, namespace: 'Metadata' })]);
  const allowed = !!user && can(user.role, 'dashboard.view');
  const article = allowed && UUID.test(id) ? await previewOf(user, id, locale) : null;
  const title = article ? t('titleOf', { title: isolateIn(article.title, locale, uiLocale) }) : allowed ? t('missingTitle') : t('title');
  return { title: { absolute: site('titleTemplate', { title }) }, robots: { index: false, follow: false } };
}

/**
 * A translation in any state (draft, in review, scheduled…) rendered with the real public
 * template, in its own locale (the URL's), for signed-in people only; never cached, never indexed.
 */
export default async function ArticlePreviewPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const query = await searchParams;
  const { ui } = query;
  // Signed out (a shared link), the person signs in in the interface language the link names
  // and comes back to this very address, `?ui=` included.
  const here = withQuery(`/${locale}/preview/articles/${id}`, query);
  const user = await requirePermission(isAppLocale(ui) ? ui : locale, here, 'dashboard.view');
  // The bar above the page is the dashboard's: in the interface language the person came from,
  // like the editor it leads back to; the page below is in the translation's own.
  const uiLocale = isAppLocale(ui) ? ui : (user.preferredLocale ?? locale);
  const article = UUID.test(id) ? await previewOf(user, id, locale) : null;
  // Nothing to preview: said in the interface language, with the way back, rather than the public
  // "not found" (notFound()). Its status stays 200 either way: with Cache Components the shell
  // (the layout's Suspense) is sent before the session is read, and a status cannot change after
  // (node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/loading.md, "Status
  // codes"); only proxy.ts could answer 404, by reading the session and the database there.
  if (!article) {
    const has = UUID.test(id) ? await listArticleLocales(user, id) : [];
    return <PreviewMissing id={id} locale={locale} uiLocale={uiLocale} locales={has} ui={isAppLocale(ui) ? ui : undefined} />;
  }
  const [nav, year, t, locales] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale: uiLocale, namespace: 'Preview' }),
    listArticleLocales(user, id),
  ]);
  // The header's languages: the previews of the languages the release has (whatever their state),
  // the bar above in the same interface language; one it lacks would lead to the public "not found".
  const alternates = Object.fromEntries(locales.map((l) => [l, withQuery(`/${l}/preview/articles/${id}`, isAppLocale(ui) ? { ui } : {})]));
  const editor = `/${uiLocale}/dashboard/articles/${id}/${locale}`;
  return (
    <>
      <div
        role="note"
        {...langAttributes(uiLocale, locale)}
        // Over the page from 768 px, where it holds on one line (globals.css, .preview-bar); on a
        // phone its two or three lines scroll away with the page rather than cover a fifth of it.
        className="preview-bar z-40 flex flex-wrap items-center justify-between gap-2 bg-accent-100 px-4 py-2 text-sm text-ink shadow md:sticky md:top-0"
      >
        <strong>{t('banner')}</strong>
        <a href={editor} className="font-semibold text-brand-900 underline underline-offset-4">
          {t('backToEditor')}
        </a>
      </div>
      {/* Marked in the menu as the release will be once published: under "Actualités". */}
      <SiteShell locale={locale} nav={nav} year={year} alternates={alternates} current={`/news/${article.slug}`}>
        <ArticleView locale={locale} article={article} url={`${siteUrl()}/${locale}/news/${article.slug}`} />
      </SiteShell>
    </>
  );
}
