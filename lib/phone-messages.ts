import 'server-only';
import { getTranslations } from 'next-intl/server';
import { PHONE_MESSAGES_NAMESPACE } from '@/lib/phone';
import type { Locale } from '@/lib/locales';
import type { OfficePhoneMessage } from '@/lib/validation/office-phones';

/** Left-to-right isolates: "+598 2916 8043" keeps its order inside an Arabic sentence. */
const ltr = (s: string) => `\u2066${s}\u2069`;

const NUMBER_VALUES = new Set(['number', 'raw', 'callingCode', 'officeCallingCode', 'suggestion']);
const COUNTRY_VALUES = new Set(['country', 'officeCountry']);

/**
 * Turns a phone analysis message (keys and codes, lib/phone.ts) into a sentence in `locale`:
 * country codes become country names in that language, numbers stay left-to-right.
 */
export async function phoneMessageTranslator(locale: Locale) {
  const t = await getTranslations({ locale, namespace: PHONE_MESSAGES_NAMESPACE });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return (message: OfficePhoneMessage): string => {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(message.values)) {
      values[k] = COUNTRY_VALUES.has(k) ? (regions.of(v) ?? v) : NUMBER_VALUES.has(k) ? ltr(v) : v;
    }
    // A calling code libphonenumber cannot tie to one country is named by itself.
    values.country ??= values.callingCode ?? '';
    return t(message.key, values);
  };
}
