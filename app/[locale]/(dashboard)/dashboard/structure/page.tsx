import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { flattenTree, listOrgUnits, orgUnitTree } from '@/db/queries/org-units';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { LOCALES } from '@/lib/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/structure'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminStructure' });
  return { title: t('title') };
}

/** The structure as a tree; each unit opens its form. The public Structure page follows every save. */
export default async function StructurePage({ params, searchParams }: PageProps<'/[locale]/dashboard/structure'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/structure`, 'orgUnit.edit');
  const [t, languages, rows, query] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminStructure' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listOrgUnits(),
    searchParams,
  ]);
  const units = flattenTree(orgUnitTree(rows, locale));
  const saved = typeof query.saved === 'string' ? units.find((u) => u.id === query.saved) : undefined;
  return (
    <section className="max-w-4xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        <Link href={`/${locale}/dashboard/structure/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </div>
      <p className="mb-4 text-muted">{t('intro')}</p>
      {saved && (
        <div className="mb-4">
          <Alert tone="success">{t('saved', { name: saved.name })}</Alert>
        </div>
      )}
      {query.deleted !== undefined && (
        <div className="mb-4">
          <Alert tone="success">{t('deleted')}</Alert>
        </div>
      )}
      {units.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-white">
          {units.map((u) => (
            <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2" style={{ paddingInlineStart: `${0.75 + u.depth * 1.5}rem` }}>
              <div>
                {u.depth > 0 && (
                  <span aria-hidden="true" className="me-1 inline-block text-muted rtl:-scale-x-100">
                    └
                  </span>
                )}
                <Link href={`/${locale}/dashboard/structure/${u.id}`} className="font-semibold underline underline-offset-4">
                  {u.name}
                </Link>
                {(u.headTitle || u.headName) && <span className="ms-3 text-sm text-muted">{[u.headTitle, u.headName].filter(Boolean).join(' — ')}</span>}
              </div>
              <ul className="flex gap-1 text-xs">
                {LOCALES.map((l) => (
                  <li key={l}>
                    <span aria-hidden="true" className={`rounded px-1 font-mono ${u.texts[l] ? 'bg-brand-100 text-brand-950' : 'border border-dashed border-line text-muted line-through'}`}>
                      {l.toUpperCase()}
                    </span>
                    <span className="sr-only">{t(u.texts[l] ? 'hasTranslation' : 'noTranslation', { language: languages(l) })}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
