import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/dashboard/back-link';
import { getEditorArticle, getEditorTranslation } from '@/db/queries/dashboard-articles';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale } from '@/i18n/routing';
import { requirePermission } from '@/lib/dal';
import { EditorScreen } from '../../_components/editor-screen';
import { TranslateForm } from '../../_components/translate-form';

type Props = { params: Promise<{ locale: string; id: string; lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const generateMetadata = titleMetadata('Editor', 'pageTitle');

/** One translation of an article: its editor, or — when it does not exist yet — "translate into …". */
export default async function ArticleTranslationPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id, lang } = await params;
  const user = await requirePermission(locale, `/${locale}/dashboard/articles/${id}/${lang}`, 'dashboard.view');
  if (!UUID.test(id) || !isAppLocale(lang)) notFound();
  const [article, translation] = await Promise.all([getEditorArticle(user, id), getEditorTranslation(user, id, lang)]);
  if (!article) notFound();
  const { blank, deleted } = await searchParams;

  if (!translation && blank !== '1') {
    const [t, names, languageNames] = await Promise.all([
      getTranslations({ locale, namespace: 'Editor' }),
      getTranslations({ locale, namespace: 'Languages' }),
      getTranslations({ locale, namespace: 'LanguageNames' }),
    ]);
    // Each with its state, which the form says at the clock the editor's tabs follow (a schedule comes out with the page open).
    const sources = article.translations.flatMap((x) => (x.state === 'missing' ? [] : [{ locale: x.locale, name: names(x.locale), status: x.state, publishAt: x.publishAt }]));
    return (
      <div className="space-y-5">
        <BackLink href={`/${locale}/dashboard/articles`}>{t('backToList')}</BackLink>
        <h1 className="text-2xl">{t('translateHeading', { language: languageNames(lang) })}</h1>
        <p className="max-w-prose text-muted">{t('translateIntro')}</p>
        {sources.length > 0 ? (
          <TranslateForm
            uiLocale={locale}
            articleId={id}
            contentLocale={lang}
            sources={sources}
            submitLabel={t('translateInto', { language: languageNames(lang) })}
          />
        ) : null}
        <p className="text-sm">
          <Link href={`/${locale}/dashboard/articles/${id}/${lang}?blank=1`} className="inline-block py-0.5 text-brand-800 underline underline-offset-4">
            {t('writeFromScratch')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <EditorScreen
      user={user}
      uiLocale={locale}
      contentLocale={lang}
      article={article}
      translation={translation}
      deleted={typeof deleted === 'string' && isAppLocale(deleted) ? deleted : undefined}
    />
  );
}
