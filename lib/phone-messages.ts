import 'server-only';
import { getTranslations } from 'next-intl/server';
import { phoneInText } from '@/lib/bidi';
import { formatNumber } from '@/lib/format';
import { PHONE_MESSAGES_NAMESPACE } from '@/lib/phone';
import type { Locale } from '@/lib/locales';
import type { OfficePhoneMessage } from '@/lib/validation/office-phones';

const NUMBER_VALUES = new Set(['number', 'raw', 'callingCode', 'officeCallingCode', 'suggestion', 'extension']);
const COUNTRY_VALUES = new Set(['country', 'officeCountry']);

/**
 * The values of a phone analysis message (keys and codes, lib/phone.ts) as a sentence in
 * `locale` shows them: country codes become country names in that language, numbers stay left
 * to right and on one line (lib/bidi.ts), a count is a number for plural rules (`count`) and
 * written with the site's digits (`n`).
 */
export function phoneMessageValues(message: OfficePhoneMessage, locale: Locale): Record<string, string | number> {
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(message.values)) {
    values[k] = COUNTRY_VALUES.has(k) ? (regions.of(v) ?? v) : NUMBER_VALUES.has(k) ? phoneInText(v) : v;
  }
  if (message.values.count !== undefined) {
    values.count = Number(message.values.count);
    values.n = formatNumber(locale, values.count);
  }
  // A calling code libphonenumber cannot tie to one country is named by itself.
  values.country ??= values.callingCode ?? '';
  return values;
}

/** Turns a phone analysis message into a sentence in `locale` (see phoneMessageValues). */
export async function phoneMessageTranslator(locale: Locale) {
  const t = await getTranslations({ locale, namespace: PHONE_MESSAGES_NAMESPACE });
  return (message: OfficePhoneMessage): string => t(message.key, phoneMessageValues(message, locale));
}
