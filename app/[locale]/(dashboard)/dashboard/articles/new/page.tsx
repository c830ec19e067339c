import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/i18n/params';
import { titleMetadata } from '@/i18n/title-metadata';
import { isAppLocale } from '@/i18n/routing';
import { isActionRender } from '@/lib/action-render';
import { requirePermission } from '@/lib/dal';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locales';
import { EditorScreen } from '../_components/editor-screen';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleMetadata('ArticleList', 'new');

/** A new article, written first in one language (French unless another is chosen). */
export default async function NewArticlePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requirePermission(locale, `/${locale}/dashboard/articles/new`, 'article.create');
  const { lang } = await searchParams;
  const contentLocale = isAppLocale(lang) ? lang : DEFAULT_LOCALE;
  const [t, names, answeringAction] = await Promise.all([
    getTranslations({ locale, namespace: 'Editor' }),
    getTranslations({ locale, namespace: 'Languages' }),
    isActionRender(),
  ]);
  // Each visit starts from an empty form; the page drawn again for an action (an image described
  // in the text expires the pages of the releases showing it) keeps the one being written.
  const visit = answeringAction ? null : randomUUID();
  return (
    <div className="space-y-4">
      <nav aria-label={t('writeIn')} className="flex flex-wrap items-center gap-2 text-sm">
        <span>{t('writeIn')}</span>
        {LOCALES.map((l) => (
          <Link
            key={l}
            href={`/${locale}/dashboard/articles/new?lang=${l}`}
            aria-current={l === contentLocale ? 'page' : undefined}
            className={`rounded-md border px-3 py-1 ${l === contentLocale ? 'border-brand-800 bg-brand-50 font-semibold' : 'border-line bg-white'}`}
          >
            {names(l)}
          </Link>
        ))}
      </nav>
      <EditorScreen visit={visit} user={user} uiLocale={locale} contentLocale={contentLocale} article={null} translation={null} />
    </div>
  );
}
