import type { OfficeForEdit } from '@/db/queries/offices';
import { shownEmail } from '@/lib/email';
import { LOCALES } from '@/lib/locales';
import { formatPhoneInternational } from '@/lib/phone';
import { flatten } from '@/lib/validation/nested-form';

/**
 * A stored office as the edit form's inputs hold it (named by path, nested-form.ts): what the
 * page opens with, and what a colleague saved when a save meets a conflict (the same shape, so
 * the form can compare the two and load theirs).
 */
export function officeFormValues(office: Pick<OfficeForEdit, 'countryCode' | 'email' | 'texts' | 'phones'>): Record<string, string> {
  return flatten({
    countryCode: office.countryCode,
    email: office.email ? shownEmail(office.email) : '',
    texts: Object.fromEntries(LOCALES.map((l) => [l, { name: office.texts[l]?.name ?? '', city: office.texts[l]?.city ?? '', address: office.texts[l]?.address ?? '' }])),
    // Shown as the reader sees them, stored again as E.164 on save. A stored number was accepted
    // once (warning confirmed, if any): it is not questioned again while it stays unchanged.
    phones: office.phones.map((p) => ({ label: p.label, number: formatPhoneInternational(p.e164), confirm: p.e164 })),
  });
}
