import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListScreen } from '@/components/dashboard/list-screen';
import { LocaleCoverage } from '@/components/dashboard/locale-coverage';
import { listTopics, topicName, topicNameLocale } from '@/db/queries/topics';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { isolateIn } from '@/lib/bidi';
import { requirePermission } from '@/lib/dal';
import { deletedNotice } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';

export const generateMetadata = titleMetadata('AdminTopics', 'title');

/** The topics releases are filed under, by name in the interface language; each opens its form. */
export default async function TopicsPage({ params, searchParams }: PageProps<'/[locale]/dashboard/topics'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/topics`, 'topic.edit');
  const [t, languages, rows, query] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminTopics' }),
    getTranslations({ locale, namespace: 'Languages' }),
    listTopics(),
    searchParams,
  ]);
  const collator = new Intl.Collator(locale);
  const topics = rows.map((r) => ({ ...r, name: topicName(r, locale), nameLocale: topicNameLocale(r, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  const saved = typeof query.saved === 'string' ? topics.find((r) => r.id === query.saved) : undefined;
  return (
    <ListScreen
      title={t('title')}
      intro={t('intro')}
      create={{ href: `/${locale}/dashboard/topics/new`, label: t('new') }}
      saved={saved ? t('saved', { name: isolateIn(saved.name, saved.nameLocale, locale) }) : null}
      deleted={deletedNotice(query.deleted, locale, { named: (name) => t('deletedNamed', { name }), unnamed: t('deleted') })}
    >
      {topics.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
              <div>
                <Link
                  href={`/${locale}/dashboard/topics/${topic.id}`}
                  {...langAttributes(topic.nameLocale, locale)}
                  // A whole line high on a phone, where it is tapped: a target of 24 px (its text alone is a pixel short).
                  className="font-semibold underline underline-offset-4 max-md:inline-block"
                >
                  {topic.name}
                </Link>{' '}
                {/* The space above, not only the margin: Arabic letters join across touching elements. */}
                <span className="ms-2 text-sm text-muted">{t('releases', { count: topic.articles, n: formatNumber(locale, topic.articles) })}</span>
              </div>
              <LocaleCoverage has={(l) => !!topic.texts[l]} label={(l, has) => t(has ? 'hasTranslation' : 'noTranslation', { language: languages(l) })} />
            </li>
          ))}
        </ul>
      )}
    </ListScreen>
  );
}
