import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusChip } from '@/components/dashboard/status-chip';
import { buttonClass } from '@/components/ui/button-class';
import { listPageTree } from '@/db/queries/dashboard-pages';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { LOCALES } from '@/lib/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/pages'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminPages' });
  return { title: t('title') };
}

/** The page tree with each language's state; a chip opens that translation in the editor. */
export default async function PagesPage({ params }: PageProps<'/[locale]/dashboard/pages'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/pages`, 'page.edit');
  const [t, languages, tree] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminPages' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listPageTree(locale),
  ]);
  return (
    <section>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        <Link href={`/${locale}/dashboard/pages/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </div>
      <p className="mb-4 text-muted">{t('intro')}</p>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="border-b border-line bg-surface">
            <tr>
              <th scope="col" className="px-3 py-2 text-start">{t('columns.page')}</th>
              {LOCALES.map((l) => (
                <th key={l} scope="col" className="px-3 py-2 text-start">
                  <span lang={l}>{languages(l)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tree.map((p) => (
              <tr key={p.id} className="border-b border-line last:border-0">
                <th scope="row" className="px-3 py-2 text-start font-normal" style={{ paddingInlineStart: `${0.75 + p.depth * 1.5}rem` }}>
                  {p.depth > 0 && (
                    <span aria-hidden="true" className="me-1 inline-block text-muted rtl:-scale-x-100">
                      └
                    </span>
                  )}
                  <Link href={`/${locale}/dashboard/pages/${p.id}`} className="font-semibold underline underline-offset-4">
                    {p.title}
                  </Link>
                </th>
                {LOCALES.map((l) => {
                  const s = p.locales[l];
                  return (
                    <td key={l} className="px-3 py-2">
                      <Link
                        href={`/${locale}/dashboard/pages/${p.id}/${l}`}
                        aria-label={t(s.state === 'missing' ? 'writeIn' : 'editIn', { title: p.title, language: languages(l) })}
                        className="inline-block rounded-full focus-visible:outline-offset-1"
                      >
                        <StatusChip state={s.state} label={t(`state.${s.state}`)} />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
