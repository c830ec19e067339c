import { getTranslations } from 'next-intl/server';
import type { OfficeContact } from '@/db/queries/public-offices';
import { langAttributes } from '@/i18n/routing';
import { mailtoHref, shownEmail } from '@/lib/email';
import { formatPhoneInternational, phoneHref } from '@/lib/phone';
import type { Locale } from '@/lib/locales';

/**
 * An office's contact details, rendered from the office record (so correcting an office
 * corrects every release that cites it). Phones are tap-to-call links in international
 * format, kept left-to-right inside Arabic text. Name and address in French standing in for the
 * reader's language are marked as French, laid out left to right.
 */
export async function ContactCard({
  office,
  locale,
  heading,
  headingLevel = 2,
}: {
  office: OfficeContact;
  locale: Locale;
  heading?: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: 'Contact' });
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const headingId = `contact-${office.id}`;
  const textLang = langAttributes(office.textLocale, locale);
  const name = (
    <>
      <span {...textLang}>{office.name}</span>
      {office.isSample && <> <span className="sample-badge ms-1">{t('sample')}</span></>}
    </>
  );
  return (
    <section className="rounded-lg border border-line bg-surface p-5" aria-labelledby={headingId}>
      {heading ? (
        <>
          <Heading id={headingId} className="mb-3 text-lg">
            {heading}
          </Heading>
          <p className="font-bold">{name}</p>
        </>
      ) : (
        // In a list of offices, each name is a heading: a screen reader goes from one to the next.
        <Heading id={headingId} className="leading-[inherit]">
          {name}
        </Heading>
      )}
      {office.address && (
        <p {...langAttributes(office.addressLocale, locale)} className="whitespace-pre-line text-muted">
          {office.address}
        </p>
      )}
      <dl className="mt-2 space-y-1">
        {office.phones.length > 0 && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-semibold">{t('phone')}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3">
                {office.phones.map((p) => (
                  <li key={p.e164}>
                    <a href={phoneHref(p.e164)} dir="ltr" className="whitespace-nowrap underline underline-offset-4" aria-label={t('call', { number: formatPhoneInternational(p.e164) })}>
                      {formatPhoneInternational(p.e164)}
                    </a>
                    {office.phones.length > 1 && p.label !== 'switchboard' && <span className="text-muted"> ({t(p.label)})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {office.email && (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <a href={mailtoHref(office.email)} dir="ltr" className="break-all underline underline-offset-4">
                {shownEmail(office.email)}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
