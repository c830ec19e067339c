import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListScreen } from '@/components/dashboard/list-screen';
import { LocaleCoverage } from '@/components/dashboard/locale-coverage';
import { TreeMarker, treeIndent } from '@/components/dashboard/tree-indent';
import { flattenTree, listOrgUnits, orgUnitTree } from '@/db/queries/org-units';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolateIn } from '@/lib/bidi';
import { deletedNotice } from '@/lib/deleted-name';
import { requirePermission } from '@/lib/dal';

export const generateMetadata = titleMetadata('AdminStructure', 'title');

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
    <ListScreen
      title={t('title')}
      intro={t('intro')}
      create={{ href: `/${locale}/dashboard/structure/new`, label: t('new') }}
      saved={saved ? t('saved', { name: isolateIn(saved.name, saved.textLocale, locale) }) : null}
      deleted={deletedNotice(query.deleted, locale, { named: (name) => t('deletedNamed', { name }), unnamed: t('deleted') })}
    >
      {units.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-white">
          {units.map((u) => (
            <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2" style={treeIndent(u.depth)}>
              <div>
                <TreeMarker depth={u.depth} />
                <Link href={`/${locale}/dashboard/structure/${u.id}`} {...langAttributes(u.textLocale, locale)} className="font-semibold underline underline-offset-4">
                  {u.name}
                </Link>
                {/* A space between the name and its head, not only a margin: without one they are one
                    word to the text (read aloud, copied), and Arabic letters join across them. */}
                {(u.headTitle || u.headName) && (
                  <>
                    {' '}
                    <span className="ms-2 text-sm text-muted">
                      {u.headTitle && <span {...langAttributes(u.textLocale, locale)}>{u.headTitle}</span>}
                      {u.headTitle && u.headName && ' — '}
                      {u.headName && <bdi>{u.headName}</bdi>}
                    </span>
                  </>
                )}
              </div>
              {/* Translated: named in the language, and the head's title too when French gives one (else French stands in for it). */}
              <LocaleCoverage
                has={(l) => !!u.texts[l] && (!!u.texts[l].headTitle || !u.texts.fr?.headTitle)}
                label={(l, has) => t(has ? 'hasTranslation' : 'noTranslation', { language: languages(l) })}
              />
            </li>
          ))}
        </ol>
      )}
    </ListScreen>
  );
}
