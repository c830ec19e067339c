import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listOfficeDirectory } from '@/db/queries/public-offices';
import { getNavigation, getOrgChart, getPublicPage, type PageLookup, type PublicPage } from '@/db/queries/public-pages';
import { AvailabilityNotice } from '@/components/site/availability-notice';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { OfficeList } from '@/components/site/office-list';
import { OrgChart } from '@/components/site/org-chart';
import { RichText } from '@/components/site/rich-text';
import { SiteShell } from '@/components/site/site-shell';
import { Link } from '@/i18n/link';
import { permanentRedirect } from '@/i18n/redirect';
import { BUILD_PLACEHOLDER, localeFrom } from '@/i18n/params';
import { LOCALES, type Locale } from '@/lib/locales';
import { PAGE_KEY } from '@/lib/page-keys';
import { decodeSegment } from '@/lib/params';
import { SLUG_MAX_LENGTH } from '@/lib/slug';
import { alternatesFor, openGraphFor } from '@/lib/seo';
import { currentYear } from '@/lib/site';
import { typeset } from '@/lib/typography';

export const generateStaticParams = () => [{ path: [BUILD_PLACEHOLDER] }];

type Props = PageProps<'/[locale]/[...path]'>;

async function load(props: Props) {
  const locale = await localeFrom(props.params);
  const { path } = await props.params;
  const decoded = path.map(decodeSegment);
  // A segment longer than any slug (lib/slug.ts) names no page: not found without a read.
  const segments = decoded.filter((s): s is string => s !== null && s.length <= SLUG_MAX_LENGTH);
  const lookup: PageLookup = segments.length === decoded.length ? await getPublicPage(locale, segments) : { kind: 'missing' };
  return { locale, segments, lookup };
}

const hrefsOf = (page: Pick<PublicPage, 'alternates'>) =>
  Object.fromEntries(page.alternates.map((a) => [a.locale, `/${a.locale}/${a.path.join('/')}`])) as Partial<Record<Locale, string>>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, lookup } = await load(props);
  if (lookup.kind === 'elsewhere' || lookup.kind === 'withdrawn') {
    const t = await getTranslations({ locale, namespace: 'Availability' });
    return { title: t(lookup.kind === 'withdrawn' ? 'pageWithdrawnTitle' : 'pageTitle'), robots: { index: false } };
  }
  if (lookup.kind !== 'found') return {};
  const { title, summary } = lookup.page;
  const hrefs = hrefsOf(lookup.page);
  return {
    title,
    description: summary ?? undefined,
    alternates: alternatesFor(locale, hrefs),
    openGraph: await openGraphFor(locale, hrefs, { title, description: summary }),
  };
}

/** Pages of the organization profile: breadcrumb, title, body, and the blocks some carry. */
export default async function ProfilePage(props: Props) {
  const { locale, segments, lookup } = await load(props);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') return permanentRedirect({ href: `/${lookup.path.join('/')}`, locale });

  const [nav, year, names] = await Promise.all([
    getNavigation(locale),
    currentYear(),
    getTranslations({ locale, namespace: 'LanguageNames' }),
  ]);
  const here = `/${segments.join('/')}`;
  const switcherFor = (existing: Partial<Record<Locale, string>>) =>
    Object.fromEntries(LOCALES.map((l) => [l, existing[l] ?? `/${l}/${segments.join('/')}`])) as Record<Locale, string>;

  // Also for this language's own translation, withdrawn: nothing of it is shown, not its title.
  if (lookup.kind === 'elsewhere' || lookup.kind === 'withdrawn') {
    const a = await getTranslations({ locale, namespace: 'Availability' });
    return (
      <SiteShell locale={locale} nav={nav} year={year} alternates={switcherFor(hrefsOf(lookup))} current={here}>
        <AvailabilityNotice
          title={a(lookup.kind === 'withdrawn' ? 'pageWithdrawnTitle' : 'pageTitle')}
          body={a('pageBody')}
          links={lookup.alternates.map((alt) => ({
            locale: alt.locale,
            href: `/${alt.path.join('/')}`,
            label: a('read', { language: names(alt.locale) }),
            title: alt.title,
          }))}
        />
      </SiteShell>
    );
  }

  const { page } = lookup;
  const [t, bc] = await Promise.all([
    getTranslations({ locale, namespace: 'Profile' }),
    getTranslations({ locale, namespace: 'Breadcrumb' }),
  ]);
  const [units, offices] = await Promise.all([
    page.key === PAGE_KEY.structure ? getOrgChart(locale) : Promise.resolve([]),
    page.key === PAGE_KEY.whereWeWork ? listOfficeDirectory(locale) : Promise.resolve([]),
  ]);
  const emptyOffices = (await getTranslations({ locale, namespace: 'Offices' }))('empty');

  return (
    <SiteShell locale={locale} nav={nav} year={year} alternates={switcherFor(hrefsOf(page))} current={here}>
      <Breadcrumb
        label={bc('label')}
        locale={locale}
        items={[
          { title: bc('home'), href: '/' },
          ...page.trail.map((c, i) => (i === page.trail.length - 1 ? { title: c.title } : { title: c.title, href: `/${c.path.join('/')}` })),
        ]}
      />
      <article>
        <h1 className="mb-4 text-3xl sm:text-4xl">{typeset(page.title, locale)}</h1>
        <RichText doc={page.body} locale={locale} />
        {page.key === PAGE_KEY.structure && <OrgChart units={units} heading={t('structureHeading')} locale={locale} />}
        {page.key === PAGE_KEY.whereWeWork && (
          <section aria-labelledby="offices" className="mt-10">
            <h2 id="offices" className="mb-4 text-2xl">
              {t('officesHeading')}
            </h2>
            <OfficeList offices={offices} locale={locale} empty={emptyOffices} />
          </section>
        )}
      </article>
      {page.children.length > 0 && (
        <section aria-labelledby="in-section" className="mt-12">
          <h2 id="in-section" className="mb-4 text-2xl">
            {t('inThisSection')}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.children.map((c) => (
              <li key={c.pageId}>
                <Link
                  href={`/${c.path.join('/')}`}
                  className="block h-full rounded-lg border border-line p-5 text-ink no-underline hover:border-brand-800 hover:bg-brand-50"
                >
                  <span className="mb-1 block text-lg font-bold text-brand-800">{typeset(c.title, locale)}</span>
                  {c.summary && <span className="block text-muted">{typeset(c.summary, locale)}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SiteShell>
  );
}
