import type { OfficeContact } from '@/db/queries/public-offices';
import { langAttributes } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { ContactCard } from './contact-card';

export function OfficeList({ offices, locale, empty }: { offices: OfficeContact[]; locale: Locale; empty: string }) {
  if (offices.length === 0) return <p>{empty}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {offices.map((o) => (
        <li key={o.id}>
          <p className="mb-1 text-sm font-semibold text-muted">
            {o.countryName}
            {o.city && o.city !== o.countryName && (
              <>
                {' · '}
                <span {...langAttributes(o.textLocale, locale)}>{o.city}</span>
              </>
            )}
          </p>
          <ContactCard office={o} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
