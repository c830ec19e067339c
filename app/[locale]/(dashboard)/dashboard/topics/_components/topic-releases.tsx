import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TopicRelease } from '@/db/queries/topics';
import { langAttributes } from '@/i18n/routing';
import { isolateIn } from '@/lib/bidi';
import { formatNumber, intlLocale } from '@/lib/format';
import type { Locale } from '@/lib/locales';

type Named = { named: TopicRelease[]; more: number };

/**
 * Why a topic cannot be deleted, with the releases filed under it named: each a link to its
 * editor (in the language it is named in), the newest first, then how many more.
 */
export async function TopicReleasesBlocking({ locale, count, releases }: { locale: Locale; count: number; releases: Named }) {
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  return (
    <>
      <p>{t('inUse', { count, n: formatNumber(locale, count) })}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {releases.named.map((r) => (
          <li key={r.id}>
            <Link
              href={`/${locale}/dashboard/articles/${r.id}/${r.locale}`}
              {...(r.title ? langAttributes(r.locale, locale) : {})}
              className="text-brand-800 underline underline-offset-4"
            >
              {r.title || t('untitled')}
            </Link>
          </li>
        ))}
        {releases.more > 0 && <li>{t('moreReleases', { count: releases.more, n: formatNumber(locale, releases.more) })}</li>}
      </ul>
    </>
  );
}

/**
 * The same releases inside a sentence (a refusal's message, plain text): each title quoted and
 * kept in its own direction, then how many more — "« A », « B » et 3 autres".
 */
export async function releaseTitlesInText(releases: Named, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'AdminTopics' });
  const quoted = releases.named.map((r) => (r.title ? t('quotedTitle', { title: isolateIn(r.title, r.locale, locale) }) : t('untitled')));
  const items = releases.more > 0 ? [...quoted, t('moreTitles', { count: releases.more, n: formatNumber(locale, releases.more) })] : quoted;
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}
