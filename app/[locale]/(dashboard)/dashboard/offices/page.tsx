import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { Chip } from '@/components/ui/chip';
import { controlClass } from '@/components/ui/control-class';
import { listOffices, officeFilterOptions, type OfficeStatusFilter } from '@/db/queries/offices';
import { localeFrom } from '@/i18n/params';
import { requirePermission } from '@/lib/dal';
import { formatNumber } from '@/lib/format';
import { LOCALES } from '@/lib/locales';
import { domKey } from '@/lib/dom-key';
import { isM49Code } from '@/lib/regions';
import { formatPhoneInternational } from '@/lib/phone';

export async function generateMetadata({ params }: PageProps<'/[locale]/dashboard/offices'>): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'AdminOffices' });
  return { title: t('title') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const STATUSES: OfficeStatusFilter[] = ['active', 'archived', 'all'];

/** The office directory as administrators keep it: filter, search, and every office's state. */
export default async function OfficesPage({ params, searchParams }: PageProps<'/[locale]/dashboard/offices'>) {
  const locale = await localeFrom(params);
  await requirePermission(locale, `/${locale}/dashboard/offices`, 'office.manage');
  const query = await searchParams;
  const status = (STATUSES as string[]).includes(one(query.status) ?? '') ? (one(query.status) as OfficeStatusFilter) : 'active';
  const filter = { q: one(query.q)?.slice(0, 100), country: one(query.country)?.toUpperCase().slice(0, 2), region: isM49Code(one(query.region)) ? one(query.region) : undefined, status };
  const [t, contact, languages, options, rows] = await Promise.all([
    getTranslations({ locale, namespace: 'AdminOffices' }),
    getTranslations({ locale, namespace: 'Contact' }),
    getTranslations({ locale, namespace: 'Languages' }),
    officeFilterOptions(locale),
    listOffices(locale, filter),
  ]);
  const filtered = !!(filter.q || filter.country || filter.region || status !== 'active');
  // Ids scoped to this query: Next may keep the list, visited with other filters, mounted but hidden.
  const fid = `offices-${domKey(JSON.stringify(filter))}-`;

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t('title')}</h1>
        <Link href={`/${locale}/dashboard/offices/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </div>
      {query.deleted !== undefined && (
        <div className="mb-4">
          <Alert tone="success">{t('deleted')}</Alert>
        </div>
      )}
      <search className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-3">
          <div className="min-w-52 flex-1">
            <label htmlFor={`${fid}q`} className="block text-sm font-semibold">
              {t('search')}
            </label>
            <input id={`${fid}q`} name="q" type="search" defaultValue={filter.q ?? ''} className={controlClass} />
          </div>
          <div>
            <label htmlFor={`${fid}country`} className="block text-sm font-semibold">
              {t('country')}
            </label>
            <select id={`${fid}country`} name="country" defaultValue={filter.country ?? ''} className={controlClass}>
              <option value="">{t('allCountries')}</option>
              {options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {options.regions.length > 0 && (
            <div>
              <label htmlFor={`${fid}region`} className="block text-sm font-semibold">
                {t('region')}
              </label>
              <select id={`${fid}region`} name="region" defaultValue={filter.region ?? ''} className={controlClass}>
                <option value="">{t('allRegions')}</option>
                {options.regions.map((r) => (
                  <optgroup key={r.code} label={r.name}>
                    <option value={r.code}>{t('wholeRegion', { region: r.name })}</option>
                    {r.subregions.map((s) => (
                      <option key={s.code} value={s.code}>
                        {s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor={`${fid}status`} className="block text-sm font-semibold">
              {t('status')}
            </label>
            <select id={`${fid}status`} name="status" defaultValue={status} className={controlClass}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statusFilter.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('filter')}
          </button>
          {filtered && (
            <Link href={`/${locale}/dashboard/offices`} className="py-2 underline underline-offset-4">
              {t('clear')}
            </Link>
          )}
        </form>
      </search>

      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: rows.length, n: formatNumber(locale, rows.length) })}
      </p>
      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="border-b border-line bg-surface text-start">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.name')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.country')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.phones')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.email')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.languages')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.citations')}</th>
                <th scope="col" className="px-3 py-2 text-start">{t('columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} className="border-b border-line last:border-0 align-top">
                  <td className="px-3 py-2">
                    <Link href={`/${locale}/dashboard/offices/${o.id}`} className="font-semibold underline underline-offset-4">
                      {o.name}
                    </Link>
                    {o.city && <div className="text-muted">{o.city}</div>}
                  </td>
                  <td className="px-3 py-2">{o.countryName}</td>
                  <td className="px-3 py-2">
                    <ul>
                      {o.phones.map((p) => (
                        <li key={p.e164}>
                          <bdi dir="ltr">{formatPhoneInternational(p.e164)}</bdi> <span className="text-muted">({contact(p.label)})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">{o.email && <bdi dir="ltr">{o.email}</bdi>}</td>
                  <td className="px-3 py-2">
                    <ul className="flex gap-1">
                      {LOCALES.map((l) => (
                        <li key={l}>
                          <span
                            aria-hidden="true"
                            className={`inline-block rounded px-1 font-mono text-xs ${o.locales.includes(l) ? 'bg-brand-100 text-brand-950' : 'border border-dashed border-line text-muted line-through'}`}
                          >
                            {l.toUpperCase()}
                          </span>
                          <span className="sr-only">
                            {t(o.locales.includes(l) ? 'hasTranslation' : 'noTranslation', { language: languages(l) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-3 py-2">{formatNumber(locale, o.citations)}</td>
                  <td className="px-3 py-2">
                    <Chip tone={o.status === 'archived' ? 'warning' : 'success'}>{t(`statusValue.${o.status}`)}</Chip>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length === 0 && <p>{filtered ? t('noMatch') : t('empty')}</p>}
    </section>
  );
}
