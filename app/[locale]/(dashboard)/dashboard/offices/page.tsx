import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable, PhoneField, phoneRowClass, phoneRowHeader } from '@/components/dashboard/data-table';
import { FilterBar, FilterSelect } from '@/components/dashboard/filter-bar';
import { LocaleCoverage } from '@/components/dashboard/locale-coverage';
import { ScreenHeading } from '@/components/dashboard/screen-heading';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button-class';
import { Chip } from '@/components/ui/chip';
import { EmailAddress } from '@/components/ui/email-address';
import { SelectField, TextField } from '@/components/ui/field';
import { listOffices, officeFilterOptions, type OfficeStatusFilter } from '@/db/queries/offices';
import { localeFrom } from '@/i18n/params';
import { langAttributes } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { requirePermission } from '@/lib/dal';
import { deletedNotice } from '@/lib/deleted-name';
import { formatNumber } from '@/lib/format';
import { isM49Code } from '@/lib/regions';
import { formatPhoneInternational } from '@/lib/phone';

export const generateMetadata = titleMetadata('AdminOffices', 'title');

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
  const here = `/${locale}/dashboard/offices`;
  const deleted = deletedNotice(query.deleted, locale, { named: (name) => t('deletedNamed', { name }), unnamed: t('deleted') });
  const columns = ['name', 'country', 'phones', 'email', 'languages', 'citations', 'status'] as const;

  return (
    <section>
      <ScreenHeading title={t('title')}>
        <Link href={`${here}/new`} className={buttonClass('primary')}>
          {t('new')}
        </Link>
      </ScreenHeading>
      {deleted && (
        <div className="mb-4">
          <Alert tone="success" announce="page">
            {deleted}
          </Alert>
        </div>
      )}
      <FilterBar action={here} apply={t('filter')} clear={filtered ? { href: here, label: t('clear') } : null} className="sm:grid-cols-2 lg:grid-cols-[2fr_repeat(3,1fr)_auto]">
        <TextField name="q" type="search" label={t('search')} defaultValue={filter.q ?? ''} />
        <FilterSelect name="country" label={t('country')} value={filter.country} any={t('allCountries')} options={options.countries.map((c) => ({ value: c.code, label: c.name }))} />
        {options.regions.length > 0 && (
          <SelectField name="region" label={t('region')} defaultValue={filter.region ?? ''}>
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
          </SelectField>
        )}
        <SelectField name="status" label={t('status')} defaultValue={status}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusFilter.${s}`)}
            </option>
          ))}
        </SelectField>
      </FilterBar>

      <p className="mb-2 text-sm text-muted" role="status">
        {t('count', { count: rows.length, n: formatNumber(locale, rows.length) })}
      </p>
      {rows.length > 0 && (
        // A block of lines per office on a phone: its e-mail, languages and state in sight, not scrolled away.
        <DataTable stacked="phone" caption={t('title')} columns={columns.map((c) => t(`columns.${c}`))}>
          {rows.map((o) => (
            <tr key={o.id} role="row" className={phoneRowClass}>
              <td role="cell" className={phoneRowHeader}>
                <Link href={`${here}/${o.id}`} {...langAttributes(o.textLocale, locale)} className="font-semibold underline underline-offset-4">
                  {o.name}
                </Link>
                {o.city && (
                  <div {...langAttributes(o.textLocale, locale)} className="text-muted">
                    {o.city}
                  </div>
                )}
              </td>
              <PhoneField label={t('columns.country')}>{o.countryName}</PhoneField>
              <PhoneField label={t('columns.phones')}>
                {o.phones.length > 0 && (
                  <ul>
                    {o.phones.map((p) => (
                      <li key={p.e164}>
                        <bdi dir="ltr" className="whitespace-nowrap">{formatPhoneInternational(p.e164)}</bdi> <span className="text-muted">({contact(p.label)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </PhoneField>
              <PhoneField label={t('columns.email')}>{o.email && <EmailAddress email={o.email} />}</PhoneField>
              <PhoneField label={t('columns.languages')}>
                <LocaleCoverage has={(l) => o.locales.includes(l)} label={(l, has) => t(has ? 'hasTranslation' : 'noTranslation', { language: languages(l) })} />
              </PhoneField>
              <PhoneField label={t('columns.citations')}>{formatNumber(locale, o.citations)}</PhoneField>
              <PhoneField label={t('columns.status')}>
                <Chip tone={o.status === 'archived' ? 'warning' : 'success'}>{t(`statusValue.${o.status}`)}</Chip>
              </PhoneField>
            </tr>
          ))}
        </DataTable>
      )}
      {rows.length === 0 && <p>{filtered ? t('noMatch') : t('empty')}</p>}
    </section>
  );
}

